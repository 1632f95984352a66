// Only an unsettled document: a step given up late never fails a document another attempt completed.
MATCH (d:Document {id: $document_id})
WHERE d.tenant_id = $tenant_id AND d.ocr_status IN ['pending', 'processing']
SET d.ocr_status = $ocr_status, d.ocr_error = $ocr_error, d.page_count = coalesce($page_count, d.page_count), d.metadata = $metadata,
    d.sha256 = coalesce($sha256, d.sha256),
    d.processed_at = $now, d.updated_at = $now, d.pages_done = null,
    d.lease_owner = null, d.lease_until = null, d.lease_step = null, d.step_starts = 0
WITH d
OPTIONAL MATCH (pd:PatientDocument {document_id: d.id})
WHERE pd.classification_status = 'pending'
SET pd.classification_status = CASE WHEN $ocr_status = 'failed' THEN 'failed' ELSE 'skipped' END,
    pd.updated_at = $now
RETURN d.ocr_status AS ocr_status
