// Pairs of conditions the same patient has (affirmed, not negated, family or hypothetical, in active
// documents), with how many patients have both, optionally only pairs including ICD-10 code $code
// (a prefix: E11 matches E11.9).
MATCH (p:Patient)
WHERE p.tenant_id = $tenant_id
MATCH (p)-[:HAS_DOCUMENT]->(pd:PatientDocument)-[:OF]->(:Document)-[:HAS_FACT]->(f:Fact)
WHERE pd.is_active AND f.kind = 'condition' AND f.status IN ['present', 'historical']
WITH DISTINCT p.id AS patient_id, f.concept_key AS concept
WITH patient_id, collect(concept) AS concepts
UNWIND concepts AS first
UNWIND concepts AS second
WITH first, second, patient_id
WHERE first < second
WITH first, second, count(patient_id) AS patients
WHERE patients >= $min_patients
MATCH (a:Concept {key: first}), (b:Concept {key: second})
WHERE $code IS NULL OR a.code STARTS WITH $code OR b.code STARTS WITH $code
RETURN a.code AS first_code, a.name AS first_condition, b.code AS second_code, b.name AS second_condition, patients
ORDER BY patients DESC, first_code, second_code
LIMIT $limit
