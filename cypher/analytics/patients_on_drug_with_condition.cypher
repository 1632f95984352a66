// Patients currently taking a drug (by DrugBank/ATC code, normalised name or the name as written, not
// stopped, not negated or planned) who also have a condition (ICD-10 code prefix or name), from active
// documents.
MATCH (p:Patient)
WHERE p.tenant_id = $tenant_id
MATCH (p)-[:HAS_DOCUMENT]->(pd:PatientDocument)-[:OF]->(:Document)-[:HAS_FACT]->(m:Fact)
WHERE pd.is_active AND m.kind = 'medication' AND m.status = 'present'
  AND coalesce(m.medication_status, '') <> 'stopped'
  AND (m.code = $drug OR toLower(m.name) = toLower($drug) OR toLower(m.text) = toLower($drug))
WITH DISTINCT p, m.name AS drug
MATCH (p)-[:HAS_DOCUMENT]->(other:PatientDocument)-[:OF]->(:Document)-[:HAS_FACT]->(c:Fact)
WHERE other.is_active AND c.kind = 'condition' AND c.status IN ['present', 'historical']
  AND (c.code STARTS WITH $condition OR toLower(c.name) = toLower($condition))
RETURN p.id AS patient_id, p.token AS patient_token, drug, collect(DISTINCT c.name) AS conditions,
       max(c.observed_at) AS condition_seen_at
ORDER BY patient_id
LIMIT $limit
