CREATE INDEX patient_access_url_status IF NOT EXISTS FOR (p:Patient) ON (p.access_url_status)
