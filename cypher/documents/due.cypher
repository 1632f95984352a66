MATCH (d:Document)
WHERE (d.processed_at IS NULL
       AND ((d.ocr_status = 'pending' AND d.updated_at <= $pending_before)
            OR (d.ocr_status IN ['processing', 'completed'] AND d.updated_at <= $stalled_before)))
   OR (d.ocr_status = 'completed' AND d.processed_at IS NOT NULL AND d.enriched_at IS NULL
       AND d.updated_at <= $stalled_before)
RETURN d.tenant_id AS tenant_id, d.id AS document_id,
       CASE WHEN d.extracted_at IS NULL THEN 'extract'
            WHEN d.processed_at IS NULL THEN 'classify'
            ELSE 'enrich' END AS step
LIMIT $limit
