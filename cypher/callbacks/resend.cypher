// An operator's resend: a failed (or still pending) delivery that holds its URL is due again now. One
// already delivered or cancelled no longer holds it: the caller issues a new URL instead.
MATCH (t:Tenant)-[:HAS_DELIVERY]->(c:CallbackDelivery {id: $delivery_id})
WHERE $tenant_id IS NULL OR t.id = $tenant_id
WITH c, c.access_url IS NOT NULL AND c.status IN ['failed', 'pending'] AS again
SET c.status = CASE WHEN again THEN 'pending' ELSE c.status END,
    c.next_attempt_at = CASE WHEN again THEN $now ELSE c.next_attempt_at END, c.updated_at = $now
RETURN c.id AS delivery_id, again AS requeued, c.kind AS kind, c.tenant_id AS tenant_id, c.patient_id AS patient_id
