MATCH (p:Patient {id: $patient_id})
WHERE p.tenant_id = $tenant_id
MERGE (d:Document {id: $document_id})
ON CREATE SET d.tenant_id = p.tenant_id, d.original_filename = $original_filename, d.mime_type = $mime_type,
              d.file_size_bytes = $file_size_bytes, d.sha256 = $sha256, d.storage_key = $storage_key,
              d.ocr_status = 'pending', d.attempts = 0, d.created_at = $now, d.updated_at = $now
MERGE (pd:PatientDocument {id: $link_id})
ON CREATE SET pd.tenant_id = p.tenant_id, pd.patient_id = p.id, pd.document_id = d.id,
              pd.document_type = $document_type, pd.title = $title, pd.notes = $notes,
              pd.uploaded_by = $uploaded_by, pd.is_active = true,
              pd.classification_status = $classification_status, pd.created_at = $now, pd.updated_at = $now
MERGE (p)-[:HAS_DOCUMENT]->(pd)
MERGE (pd)-[:OF]->(d)
RETURN pd {.*} AS link, d {.*} AS document
