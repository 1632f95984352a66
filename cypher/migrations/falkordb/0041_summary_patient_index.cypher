CREATE INDEX FOR (s:Summary) ON (s.patient_id)
