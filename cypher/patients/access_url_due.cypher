MATCH (p:Patient)
WHERE (p.access_url_status = 'pending' AND p.access_url_attempts IS NULL AND p.created_at <= $created_before)
   OR (p.access_url_status = 'sending' AND p.access_url_claimed_at < $stale_before)
RETURN p.tenant_id AS tenant_id, p.id AS patient_id
LIMIT $limit
