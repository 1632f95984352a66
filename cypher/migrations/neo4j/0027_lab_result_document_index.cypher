CREATE INDEX lab_result_document IF NOT EXISTS FOR (r:LabResult) ON (r.document_id)
