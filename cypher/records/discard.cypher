// A record that could not be queued is taken back whole (the partner is told to retry), so a retry
// never leaves a second copy behind, nor a patient this record alone created (unless another record
// of it arrived meanwhile). The other records are counted before anything is deleted.
MATCH (p:Patient {id: $patient_id})-[:HAS_DOCUMENT]->(pd:PatientDocument {document_id: $record_id})
      -[:OF]->(d:Document {id: $record_id})
WHERE pd.tenant_id = $tenant_id AND d.ocr_status = 'pending'
OPTIONAL MATCH (p)-[:HAS_DOCUMENT]->(other:PatientDocument)
WHERE other.id <> pd.id
WITH p, pd, d, count(other) AS others
DETACH DELETE pd, d
WITH p, others
WHERE $patient_created AND others = 0
DETACH DELETE p
RETURN count(*) AS patients_removed
