MATCH (d:Document {id: $document_id})
WHERE d.tenant_id = $tenant_id AND d.ocr_status IN ['pending', 'processing']
SET d.ocr_status = 'processing', d.claimed_at = $now, d.updated_at = $now, d.attempts = coalesce(d.attempts, 0) + 1
RETURN d {.id, .tenant_id, .mime_type, .storage_key, .attempts, .data_key, .data_format, .data_type} AS document
