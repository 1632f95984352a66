MATCH (d:Document {id: $document_id})
WHERE d.tenant_id = $tenant_id AND d.ocr_status IN ['processing', 'completed'] AND d.classified_at IS NOT NULL
OPTIONAL MATCH (pd:PatientDocument {document_id: d.id})
WITH d, collect(pd.document_type) AS link_types
OPTIONAL MATCH (d)-[:HAS_CHUNK]->(c:Chunk)
WITH d, link_types, c
ORDER BY c.seq
RETURN d.page_count AS page_count, d.classified_type AS classified_type, link_types, d.storage_key AS storage_key,
       d.data_key AS data_key, d.data_format AS data_format, d.data_type AS data_type,
       collect(c {.seq, .page, .start, .end, .text, .section}) AS chunks
