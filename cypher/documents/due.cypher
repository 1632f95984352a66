// Documents a step was lost for: still pending after the grace period (the broker was down at
// upload), or stalled mid-pipeline. The step to resume is the first one not yet recorded.
MATCH (d:Document)
WHERE (d.ocr_status = 'pending' AND d.updated_at <= $pending_before)
   OR (d.ocr_status = 'processing' AND d.updated_at <= $stalled_before)
   OR (d.ocr_status = 'completed' AND d.enriched_at IS NULL AND d.updated_at <= $stalled_before)
RETURN d.tenant_id AS tenant_id, d.id AS document_id,
       CASE WHEN d.extracted_at IS NULL THEN 'extract'
            WHEN d.classified_at IS NULL THEN 'classify'
            ELSE 'enrich' END AS step
LIMIT $limit
