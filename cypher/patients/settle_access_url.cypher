MATCH (p:Patient {id: $patient_id})
WHERE p.tenant_id = $tenant_id AND p.access_url_status = 'sending'
SET p.access_url_status = $status, p.access_url_error = $error, p.updated_at = $now,
    p.access_url_sent_at = CASE WHEN $status = 'sent' THEN $now ELSE p.access_url_sent_at END
RETURN p.access_url_status AS status
