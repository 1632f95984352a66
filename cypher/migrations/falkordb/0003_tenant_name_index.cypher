CREATE INDEX FOR (t:Tenant) ON (t.name)
