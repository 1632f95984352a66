MATCH (d:Document {id: $document_id})-[:HAS_CHUNK]->(c:Chunk)
WHERE d.tenant_id = $tenant_id AND d.ocr_status IN ['processing', 'completed'] AND d.extracted_at IS NOT NULL
RETURN c.text AS text
ORDER BY c.seq
LIMIT $max_chunks
