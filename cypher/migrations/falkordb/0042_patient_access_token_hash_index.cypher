CREATE INDEX FOR (p:Patient) ON (p.access_token_hash)
