// A tenant's callback deliveries (or every tenant's, for the operator), newest first, each with its
// attempts in order: `failed_only` keeps the failed ones.
MATCH (t:Tenant)-[:HAS_DELIVERY]->(c:CallbackDelivery)
WHERE ($tenant_id IS NULL OR t.id = $tenant_id) AND (NOT $failed_only OR c.status = 'failed')
WITH t, c
ORDER BY c.created_at DESC, c.id
WITH collect({tenant: t.name, delivery: c {.id, .tenant_id, .patient_id, .kind, .status, .attempts, .created_at,
              .updated_at, .delivered_at, .next_attempt_at, .last_status_code, .last_error, .partner_patient_id}})
     AS rows
WITH size(rows) AS total, rows[$offset..($offset + $limit)] AS page
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS row
OPTIONAL MATCH (:CallbackDelivery {id: row.delivery.id})-[:HAS_ATTEMPT]->(a:CallbackAttempt)
WITH total, row, a
ORDER BY a.number
WITH total, row, collect(a {.number, .at, .url, .status_code, .latency_ms, .error}) AS attempts
RETURN total, collect(CASE WHEN row IS NULL THEN null ELSE {row: row, attempts: attempts} END) AS deliveries
