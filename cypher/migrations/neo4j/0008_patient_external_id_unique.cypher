CREATE CONSTRAINT patient_external_id_unique IF NOT EXISTS FOR (p:Patient) REQUIRE (p.tenant_id, p.external_id) IS UNIQUE
