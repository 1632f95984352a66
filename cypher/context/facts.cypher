// What a patient's context is built from, in one traversal: the clinical facts of the patient's active
// documents that are not negated, and their abnormal lab results observed since $since (epoch ms).
MATCH (pd:PatientDocument {patient_id: $patient_id})
WHERE pd.tenant_id = $tenant_id AND pd.is_active
MATCH (pd)-[:OF]->(d:Document)-[:HAS_FACT]->(f)
WHERE (f.kind <> 'lab_result' AND NOT f.negated)
   OR (f.kind = 'lab_result' AND f.observed_at >= $since AND f.flag <> 'N')
RETURN f {.*} AS fact, d.id AS document_id, d.language AS language
ORDER BY fact.observed_at, fact.id
