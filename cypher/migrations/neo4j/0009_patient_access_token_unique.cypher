CREATE CONSTRAINT patient_access_token_unique IF NOT EXISTS FOR (p:Patient) REQUIRE p.access_token IS UNIQUE
