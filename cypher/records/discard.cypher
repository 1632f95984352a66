// A record that could not be queued is taken back whole (the partner is told to retry), so a retry
// never leaves a second copy behind.
MATCH (pd:PatientDocument {document_id: $record_id})-[:OF]->(d:Document {id: $record_id})
WHERE pd.tenant_id = $tenant_id AND d.ocr_status = 'pending'
DETACH DELETE pd, d
RETURN count(*) AS discarded
