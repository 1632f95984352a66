CREATE CONSTRAINT patient_access_token_hash_unique IF NOT EXISTS FOR (p:Patient) REQUIRE p.access_token_hash IS UNIQUE
