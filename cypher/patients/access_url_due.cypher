// Patients whose first access URL was never issued: still `pending` after the grace period (the broker
// was down when they were created).
MATCH (p:Patient)
WHERE p.access_url_status = 'pending' AND p.created_at <= $created_before
RETURN p.tenant_id AS tenant_id, p.id AS patient_id
LIMIT $limit
