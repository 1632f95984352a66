// The reconciler handed these patients' automatic interpretations to the workers now.
UNWIND $patient_ids AS patient_id
MATCH (p:Patient {id: patient_id})
SET p.auto_queued_at = $now
RETURN count(p) AS marked
