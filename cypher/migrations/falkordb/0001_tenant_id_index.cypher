CREATE INDEX FOR (t:Tenant) ON (t.id)
