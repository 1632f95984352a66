CREATE CONSTRAINT patient_token_unique IF NOT EXISTS FOR (p:Patient) REQUIRE p.token IS UNIQUE
