// The text and type are good but the clinical analysis could not run on it: the document settles
// with the reason, rather than being retried forever, and its text stays searchable: the staged
// passages become its chunks (without embeddings) when given, else the chunks it has are kept.
MATCH (d:Document {id: $document_id})
WHERE d.tenant_id = $tenant_id AND d.ocr_status IN ['processing', 'completed'] AND d.classified_at IS NOT NULL
SET d.ocr_status = 'completed', d.enrichment_error = $error, d.enriched_at = $now,
    d.processed_at = coalesce(d.processed_at, $now), d.updated_at = $now,
    d.lease_owner = null, d.lease_until = null, d.lease_step = null, d.step_starts = 0
WITH d
OPTIONAL MATCH (pd:PatientDocument {document_id: d.id})
WHERE pd.classification_status = 'pending'
SET pd.classification_status = 'completed', pd.document_type = d.classified_type, pd.updated_at = $now
WITH DISTINCT d
OPTIONAL MATCH (d)-[:HAS_CHUNK]->(old:Chunk)
WHERE size($chunks) > 0
DETACH DELETE old
WITH DISTINCT d
CALL {
  WITH d
  UNWIND $chunks AS chunk
  CREATE (d)-[:HAS_CHUNK]->(c:Chunk {id: chunk.id, tenant_id: d.tenant_id, document_id: d.id, seq: chunk.seq,
                                     page: chunk.page, start: chunk.start, end: chunk.end, section: chunk.section,
                                     text: chunk.text})
  RETURN count(c) AS chunks
}
RETURN d.id AS document_id, chunks
