// Documents a step was lost for: still pending after the grace period (the broker was down at
// upload), between steps with no message taken for a grace period, or held under a lease that
// lapsed (its worker died). The step to resume is the first one not yet recorded. Only unsettled
// statuses are read (index-backed), never the settled bulk of the documents.
MATCH (d:Document)
WHERE d.ocr_status IN ['pending', 'processing']
  AND CASE WHEN d.lease_until IS NULL THEN d.updated_at <= $idle_before ELSE d.lease_until < $now END
RETURN d.tenant_id AS tenant_id, d.id AS document_id,
       CASE WHEN d.extracted_at IS NULL THEN 'extract'
            WHEN d.classified_at IS NULL THEN 'classify'
            ELSE 'enrich' END AS step
LIMIT $limit
