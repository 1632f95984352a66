MATCH (p:Patient {id: $id})
WHERE p.tenant_id = $tenant_id
RETURN p {.*} AS patient
