CREATE INDEX FOR (p:Patient) ON (p.created_at)
