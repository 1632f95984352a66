MATCH (p:Patient {token: $token})
WHERE p.tenant_id = $tenant_id
RETURN p {.*} AS patient
