MATCH (pd:PatientDocument {patient_id: $patient_id})
WHERE pd.tenant_id = $tenant_id AND pd.is_active
  AND ($document_type IS NULL OR pd.document_type = $document_type)
  AND ($date_from IS NULL OR pd.created_at >= $date_from)
  AND ($date_to IS NULL OR pd.created_at <= $date_to)
MATCH (pd)-[:OF]->(d:Document)
WITH pd, d
ORDER BY pd.created_at DESC, pd.id
WITH collect({link: pd {.*}, document: d {.*}}) AS rows
RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS page
