// Documents a step was lost for: still pending after the grace period (the broker was down at
// upload), or stalled mid-pipeline. The step to resume is the first one not yet recorded. Only
// unsettled statuses are read (index-backed), never the settled bulk of the documents.
MATCH (d:Document)
WHERE d.ocr_status IN ['pending', 'processing']
  AND d.updated_at <= CASE d.ocr_status WHEN 'pending' THEN $pending_before ELSE $stalled_before END
RETURN d.tenant_id AS tenant_id, d.id AS document_id,
       CASE WHEN d.extracted_at IS NULL THEN 'extract'
            WHEN d.classified_at IS NULL THEN 'classify'
            ELSE 'enrich' END AS step
LIMIT $limit
