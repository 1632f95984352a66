CREATE INDEX FOR (p:Patient) ON (p.tenant_id)
