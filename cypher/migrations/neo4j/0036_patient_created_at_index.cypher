CREATE INDEX patient_created_at IF NOT EXISTS FOR (p:Patient) ON (p.created_at)
