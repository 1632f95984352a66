MATCH (p:Patient {access_token_hash: $token_hash})
WHERE p.tenant_id = $tenant_id
RETURN p {.*} AS patient, p.access_token_expires_at AS expires_at
