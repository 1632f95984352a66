CREATE CONSTRAINT patient_document_id_unique IF NOT EXISTS FOR (pd:PatientDocument) REQUIRE pd.id IS UNIQUE
