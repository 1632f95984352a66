CREATE INDEX FOR (r:LabResult) ON (r.id)
