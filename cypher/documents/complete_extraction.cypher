MATCH (d:Document {id: $document_id})
WHERE d.tenant_id = $tenant_id
SET d.extracted_at = $now, d.ocr_error = null, d.page_count = $page_count, d.ocr_engine = $engine, d.sha256 = $sha256,
    d.text_chars = $text_chars, d.structured_rejected = $rejected, d.updated_at = $now,
    d.pages_done = null, d.lease_owner = null, d.lease_until = null, d.lease_step = null, d.step_starts = 0
WITH d
OPTIONAL MATCH (d)-[:HAS_CHUNK]->(old:Chunk)
DETACH DELETE old
WITH DISTINCT d
UNWIND $chunks AS chunk
CREATE (d)-[:HAS_CHUNK]->(:Chunk {id: chunk.id, tenant_id: d.tenant_id, document_id: d.id, seq: chunk.seq,
                                  page: chunk.page, start: chunk.start, end: chunk.end, section: chunk.section,
                                  text: chunk.text})
RETURN count(*) AS chunks
