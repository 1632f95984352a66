// Issue a patient's access URL and queue its delivery, in one statement: the new token's hash replaces the
// old one (the old URL stops working at once), deliveries of older URLs still waiting are cancelled, and
// the new URL is kept in clear only on its delivery, until the partner has it. A first issue happens
// once (`pending` patients only), a rotation always.
MATCH (t:Tenant {id: $tenant_id})-[:HAS_PATIENT]->(p:Patient {id: $patient_id})
WHERE t.callback_url IS NOT NULL AND ($rotate OR p.access_url_status = 'pending')
SET p.access_token_hash = $token_hash, p.access_token = null, p.access_url_issued_at = $now,
    p.access_token_expires_at = CASE WHEN t.access_url_days IS NULL THEN null
                                     ELSE $now + t.access_url_days * 86400000 END,
    p.access_url_status = 'sending', p.updated_at = $now
WITH t, p
CALL {
  WITH t, p
  MATCH (t)-[:HAS_DELIVERY]->(old:CallbackDelivery {patient_id: p.id})
  WHERE old.status IN ['pending', 'sending', 'failed']
  SET old.status = 'cancelled', old.access_url = null, old.updated_at = $now
  RETURN count(old) AS cancelled
}
CREATE (t)-[:HAS_DELIVERY]->(c:CallbackDelivery {
          id: $delivery_id, tenant_id: t.id, patient_id: p.id, kind: 'access_url', status: 'pending', attempts: 0,
          partner_patient_id: coalesce(p.external_id, p.token),
          access_url: $public_url + '/p/' + t.team_id + '/' + $token,
          created_at: $now, updated_at: $now, next_attempt_at: $now
       })
RETURN c.id AS delivery_id
