MATCH (t:Tenant {id: $tenant_id})
MERGE (p:Patient {tenant_id: $tenant_id, external_id: $external_id})
ON CREATE SET p.id = $id, p.token = $token,
              p.birth_date = date($birth_date), p.sex = $sex, p.created_at = $now, p.updated_at = $now,
              p.access_url_status = CASE WHEN t.callback_url IS NULL THEN 'not_configured' ELSE 'pending' END
MERGE (t)-[:HAS_PATIENT]->(p)
RETURN p {.*} AS patient, p.id = $id AS created
