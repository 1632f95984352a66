MATCH (d:Document {id: $document_id})-[:HAS_FACT]->(f)
WHERE d.tenant_id = $tenant_id
OPTIONAL MATCH (c:Chunk)-[:MENTIONS]->(f)
RETURN f {.*, chunk_id: c.id, chunk_seq: c.seq} AS fact
ORDER BY f.page, f.start
