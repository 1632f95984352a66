// An operator's resend. A delivery still pending (its message lost or far off) is due again now, one
// that settled no longer holds its URL in clear, so the caller issues a new URL instead (and refuses
// to revoke one that was delivered unless asked).
MATCH (t:Tenant)-[:HAS_DELIVERY]->(c:CallbackDelivery {id: $delivery_id})
WHERE $tenant_id IS NULL OR t.id = $tenant_id
WITH c, c.status = 'pending' AND c.access_url IS NOT NULL AS again
SET c.next_attempt_at = CASE WHEN again THEN $now ELSE c.next_attempt_at END, c.updated_at = $now
RETURN c.id AS delivery_id, again AS requeued, c.status AS status, c.kind AS kind, c.tenant_id AS tenant_id,
       c.patient_id AS patient_id
