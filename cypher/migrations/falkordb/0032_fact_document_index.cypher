CREATE INDEX FOR (f:Fact) ON (f.document_id)
