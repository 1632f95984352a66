CREATE INDEX FOR (c:Chunk) ON (c.document_id)
