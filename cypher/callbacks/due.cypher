// Deliveries whose message was lost: pending past their due time by the grace period, or claimed by a
// worker that died. Only unsettled statuses are read (index-backed).
MATCH (c:CallbackDelivery)
WHERE (c.status = 'pending' AND c.next_attempt_at < $due_before)
   OR (c.status = 'sending' AND c.claimed_at < $stale_before)
RETURN c.id AS delivery_id
LIMIT $limit
