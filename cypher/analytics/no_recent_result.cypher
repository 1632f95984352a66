// Patients with no result for a lab marker since $since (in active documents), optionally only those
// with a condition (ICD-10 code prefix: diabetics without an HbA1c), the longest overdue first.
MATCH (p:Patient)
WHERE p.tenant_id = $tenant_id
OPTIONAL MATCH (p)-[:HAS_DOCUMENT]->(cpd:PatientDocument)-[:OF]->(:Document)-[:HAS_FACT]->(c:Fact)
WHERE cpd.is_active AND c.kind = 'condition' AND c.status IN ['present', 'historical']
  AND c.code STARTS WITH $condition
WITH p, count(c) AS with_condition
WHERE $condition IS NULL OR with_condition > 0
OPTIONAL MATCH (p)-[:HAS_DOCUMENT]->(pd:PatientDocument)-[:OF]->(:Document)-[:HAS_FACT]->(r:LabResult)
WHERE pd.is_active AND r.marker_key = $marker_key
WITH p, max(r.observed_at) AS last_result_at
WHERE last_result_at IS NULL OR last_result_at < $since
RETURN p.id AS patient_id, p.token AS patient_token, last_result_at
ORDER BY coalesce(last_result_at, 0), patient_id
LIMIT $limit
