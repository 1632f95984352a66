MATCH (pd:PatientDocument {document_id: $document_id})
WHERE pd.tenant_id = $tenant_id AND pd.patient_id = $patient_id AND pd.is_active
SET pd.is_active = false, pd.deleted_at = $now, pd.updated_at = $now
RETURN pd.id AS id
