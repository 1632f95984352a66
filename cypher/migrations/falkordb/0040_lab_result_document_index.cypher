CREATE INDEX FOR (r:LabResult) ON (r.document_id)
