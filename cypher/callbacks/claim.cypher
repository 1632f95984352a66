// Take a delivery for one attempt: due and not being sent by another worker (a claim left by a worker
// that died goes stale). Returns what the attempt needs: the tenant's current endpoint, its signing
// secrets (the previous one while its grace period lasts) and whether private addresses are allowed.
MATCH (t:Tenant)-[:HAS_DELIVERY]->(c:CallbackDelivery {id: $delivery_id})
WHERE (c.status = 'pending' AND c.next_attempt_at <= $now) OR (c.status = 'sending' AND c.claimed_at < $stale_before)
SET c.status = 'sending', c.claimed_at = $now, c.attempts = c.attempts + 1, c.updated_at = $now
RETURN c {.id, .tenant_id, .patient_id, .kind, .partner_patient_id, .access_url, .attempts, .created_at} AS delivery,
       t.callback_url AS url, t.callback_key AS callback_key, t.webhook_secret AS secret,
       CASE WHEN t.previous_secret_until > $now THEN t.previous_webhook_secret END AS previous_secret,
       coalesce(t.allow_private_callback, false) AS allow_private, t.callback_disabled_at AS disabled_at
