CREATE INDEX fact_document IF NOT EXISTS FOR (f:Fact) ON (f.document_id)
