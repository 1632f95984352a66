// One record of the caller's tenant, with its patient's ids, for the partner's status poll.
MATCH (p:Patient)-[:HAS_DOCUMENT]->(pd:PatientDocument {document_id: $record_id})-[:OF]->(d:Document)
WHERE pd.tenant_id = $tenant_id AND d.source = 'medical_data'
RETURN pd {.*} AS link, d {.*} AS document, p.external_id AS external_id, p.token AS patient_token
