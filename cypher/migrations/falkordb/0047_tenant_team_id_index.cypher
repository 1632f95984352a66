CREATE INDEX FOR (t:Tenant) ON (t.team_id)
