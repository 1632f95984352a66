CREATE INDEX FOR (p:Patient) ON (p.id)
