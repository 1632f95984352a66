CREATE CONSTRAINT lab_result_id_unique IF NOT EXISTS FOR (r:LabResult) REQUIRE r.id IS UNIQUE
