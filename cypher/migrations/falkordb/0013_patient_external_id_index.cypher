CREATE INDEX FOR (p:Patient) ON (p.external_id)
