MATCH (t:Tenant {id: $tenant_id})
MERGE (p:Patient {id: $id})
ON CREATE SET p.tenant_id = t.id, p.token = $token,
              p.birth_date = date($birth_date), p.sex = $sex, p.created_at = $now, p.updated_at = $now,
              p.access_url_status = CASE WHEN t.callback_url IS NULL THEN 'not_configured' ELSE 'pending' END
MERGE (t)-[:HAS_PATIENT]->(p)
RETURN p {.*} AS patient, true AS created
