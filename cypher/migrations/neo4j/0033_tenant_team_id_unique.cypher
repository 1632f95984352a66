CREATE CONSTRAINT tenant_team_id_unique IF NOT EXISTS FOR (t:Tenant) REQUIRE t.team_id IS UNIQUE
