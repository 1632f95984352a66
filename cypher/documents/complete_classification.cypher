MATCH (d:Document {id: $document_id})
WHERE d.tenant_id = $tenant_id AND d.ocr_status IN ['processing', 'completed'] AND d.extracted_at IS NOT NULL
SET d.ocr_status = 'completed', d.classified_type = $document_type, d.classification_confidence = $confidence,
    d.processed_at = coalesce(d.processed_at, $now), d.updated_at = $now
WITH d
OPTIONAL MATCH (pd:PatientDocument {document_id: d.id})
WHERE pd.classification_status = 'pending'
SET pd.classification_status = 'completed', pd.document_type = $document_type, pd.updated_at = $now
RETURN d.id AS document_id
