// Patients whose latest result for a lab marker (in the marker's canonical unit) is above or below a
// threshold, from active documents: highest first for `above`, lowest first for `below`.
MATCH (m:LabMarker {key: $marker_key})<-[:OF_MARKER]-(r:LabResult)
WHERE r.tenant_id = $tenant_id AND r.canonical_value IS NOT NULL
MATCH (pd:PatientDocument {document_id: r.document_id})
WHERE pd.is_active
WITH pd.patient_id AS patient_id, r
ORDER BY r.observed_at DESC, r.id
WITH patient_id, collect(r)[0] AS latest
WHERE ($direction = 'above' AND latest.canonical_value > $threshold)
   OR ($direction = 'below' AND latest.canonical_value < $threshold)
MATCH (p:Patient {id: patient_id})
RETURN p.id AS patient_id, p.token AS patient_token, latest.canonical_value AS value,
       latest.canonical_unit AS unit, latest.flag AS flag, latest.observed_at AS observed_at,
       latest.document_id AS document_id
ORDER BY CASE WHEN $direction = 'above' THEN -value ELSE value END, patient_id
LIMIT $limit
