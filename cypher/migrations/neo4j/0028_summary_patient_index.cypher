CREATE INDEX summary_patient IF NOT EXISTS FOR (s:Summary) ON (s.patient_id)
