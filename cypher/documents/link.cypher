MATCH (p:Patient {id: $patient_id})
WHERE p.tenant_id = $tenant_id
MATCH (d:Document {id: $document_id})
WHERE d.tenant_id = p.tenant_id
MERGE (pd:PatientDocument {patient_id: p.id, document_id: d.id})
ON CREATE SET pd.id = $link_id, pd.tenant_id = p.tenant_id, pd.title = $title, pd.notes = $notes,
              pd.uploaded_by = $uploaded_by, pd.created_at = $now,
              pd.document_type = coalesce($document_type, d.classified_type, 'other'),
              pd.classification_status = CASE
                  WHEN $document_type IS NOT NULL OR d.ocr_status = 'skipped' THEN 'skipped'
                  WHEN d.ocr_status = 'completed' THEN 'completed'
                  WHEN d.ocr_status = 'failed' THEN 'failed'
                  ELSE 'pending' END
SET pd.is_active = true, pd.updated_at = $now
MERGE (p)-[:HAS_DOCUMENT]->(pd)
MERGE (pd)-[:OF]->(d)
RETURN pd {.*} AS link, d {.*} AS document
