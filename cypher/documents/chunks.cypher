MATCH (d:Document {id: $document_id})-[:HAS_CHUNK]->(c:Chunk)
WHERE d.tenant_id = $tenant_id
RETURN c {.seq, .page, .start, .end, .text, .section} AS chunk
ORDER BY c.seq
