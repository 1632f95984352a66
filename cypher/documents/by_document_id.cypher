MATCH (pd:PatientDocument {document_id: $document_id})-[:OF]->(d:Document)
WHERE pd.tenant_id = $tenant_id AND pd.patient_id = $patient_id AND pd.is_active
RETURN pd {.*} AS link, d {.*} AS document
