MATCH (d:Document)
WHERE d.processed_at IS NULL
  AND ((d.ocr_status = 'pending' AND d.updated_at <= $pending_before)
       OR (d.ocr_status IN ['processing', 'completed'] AND d.updated_at <= $stalled_before))
RETURN d.tenant_id AS tenant_id, d.id AS document_id, d.ocr_status AS ocr_status
LIMIT $limit
