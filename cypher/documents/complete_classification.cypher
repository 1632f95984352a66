// The type is recorded here. OCR reads `completed` only once enrichment has written the document's
// graph (enrichment/replace), so a client that sees it settle can read the facts and lab trends.
MATCH (d:Document {id: $document_id})
WHERE d.tenant_id = $tenant_id AND d.ocr_status IN ['processing', 'completed'] AND d.extracted_at IS NOT NULL
SET d.classified_type = $document_type, d.classification_confidence = $confidence,
    d.classified_at = coalesce(d.classified_at, $now), d.updated_at = $now,
    d.lease_owner = null, d.lease_until = null, d.lease_step = null, d.step_starts = 0
RETURN d.id AS document_id
