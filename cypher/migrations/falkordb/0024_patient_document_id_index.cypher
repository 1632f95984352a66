CREATE INDEX FOR (pd:PatientDocument) ON (pd.id)
