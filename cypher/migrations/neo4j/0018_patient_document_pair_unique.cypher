CREATE CONSTRAINT patient_document_pair_unique IF NOT EXISTS FOR (pd:PatientDocument) REQUIRE (pd.patient_id, pd.document_id) IS UNIQUE
