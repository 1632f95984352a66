MATCH (p:Patient {tenant_id: $tenant_id})
WHERE $external_id IS NULL OR p.external_id = $external_id
WITH p
ORDER BY p.created_at DESC, p.id
WITH collect(p {.*}) AS patients
RETURN size(patients) AS total, patients[$offset..($offset + $limit)] AS page
