CREATE INDEX FOR (pd:PatientDocument) ON (pd.patient_id)
