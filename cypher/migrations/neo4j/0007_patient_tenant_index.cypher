CREATE INDEX patient_tenant IF NOT EXISTS FOR (p:Patient) ON (p.tenant_id)
