CREATE INDEX FOR (pd:PatientDocument) ON (pd.document_id)
