MATCH (t:Tenant {id: $tenant_id})-[:HAS_PATIENT]->(p:Patient {access_token_hash: $token_hash})
RETURN p {.*} AS patient, p.access_token_expires_at AS expires_at
