MATCH (t:Tenant {id: $tenant_id})-[:HAS_PATIENT]->(p:Patient {id: $patient_id})
WHERE t.callback_url IS NOT NULL
  AND (p.access_url_status = 'pending'
       OR (p.access_url_status = 'sending' AND p.access_url_claimed_at < $stale_before))
SET p.access_url_status = 'sending', p.access_url_claimed_at = $now,
    p.access_url_attempts = coalesce(p.access_url_attempts, 0) + 1
RETURN p.token AS token, p.external_id AS external_id, p.access_token AS access_token,
       t.callback_url AS callback_url, t.callback_key AS callback_key
