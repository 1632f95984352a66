CREATE INDEX FOR (p:Patient) ON (p.token)
