// Record one attempt and its outcome: delivered, pending again for `next_attempt_at`, or failed (a 410
// also disables the tenant's endpoint). A settled delivery drops the URL's clear text. A delivery
// cancelled by a rotation while its attempt was under way keeps that attempt in its log and stays
// cancelled. The patient's access-URL status follows its live delivery.
MATCH (t:Tenant)-[:HAS_DELIVERY]->(c:CallbackDelivery {id: $delivery_id})
WHERE c.status IN ['sending', 'cancelled']
CREATE (c)-[:HAS_ATTEMPT]->(:CallbackAttempt {delivery_id: c.id, number: c.attempts, at: $now, url: $url,
                                              status_code: $status_code, latency_ms: $latency_ms, error: $error})
WITH t, c, c.status = 'cancelled' AS cancelled
SET c.status = CASE WHEN cancelled THEN c.status ELSE $status END, c.updated_at = $now,
    c.last_status_code = $status_code, c.last_error = $error, c.next_attempt_at = $next_attempt_at,
    c.delivered_at = CASE WHEN $status = 'delivered' THEN $now ELSE c.delivered_at END,
    c.access_url = CASE WHEN $status IN ['delivered', 'failed'] THEN null ELSE c.access_url END,
    t.callback_disabled_at = CASE WHEN $disable THEN $now ELSE t.callback_disabled_at END
WITH c, cancelled
CALL {
  WITH c, cancelled
  MATCH (p:Patient {id: c.patient_id})
  WHERE c.kind = 'access_url' AND p.tenant_id = c.tenant_id AND NOT cancelled
  SET p.access_url_status = CASE c.status WHEN 'delivered' THEN 'sent' WHEN 'failed' THEN 'failed' ELSE 'sending' END,
      p.access_url_error = c.last_error, p.updated_at = c.updated_at,
      p.access_url_sent_at = CASE WHEN c.status = 'delivered' THEN c.updated_at ELSE p.access_url_sent_at END
  RETURN count(p) AS patients
}
RETURN c.status AS status
