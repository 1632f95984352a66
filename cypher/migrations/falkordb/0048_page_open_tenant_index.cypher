CREATE INDEX FOR (o:PageOpen) ON (o.tenant_id)
