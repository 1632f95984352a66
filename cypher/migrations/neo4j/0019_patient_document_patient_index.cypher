CREATE INDEX patient_document_patient IF NOT EXISTS FOR (pd:PatientDocument) ON (pd.patient_id)
