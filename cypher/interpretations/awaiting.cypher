// Patients still waiting for their first (automatic) interpretation, created before $created_before and
// not handed to a worker in the last while (a message already queued is not sent again), oldest first:
// the caller computes each one's 12:00 in its center's time zone and generates the overdue ones.
MATCH (t:Tenant)-[:HAS_PATIENT]->(p:Patient)
WHERE p.interpreted_at IS NULL AND p.created_at <= $created_before
  AND coalesce(p.auto_queued_at, 0) < $queued_before
RETURN t.id AS tenant_id, p.id AS patient_id, p.created_at AS created_at, t.timezone AS timezone
ORDER BY created_at
LIMIT $limit
