CREATE INDEX page_open_tenant IF NOT EXISTS FOR (o:PageOpen) ON (o.tenant_id)
