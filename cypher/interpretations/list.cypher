// A patient's interpretations (without their sections) and the records it has now.
MATCH (p:Patient {id: $patient_id})
WHERE p.tenant_id = $tenant_id
OPTIONAL MATCH (p)-[:HAS_DOCUMENT]->(pd:PatientDocument)-[:OF]->(d:Document)
WHERE pd.is_active
WITH p, collect(d.id + ':' + toString(coalesce(d.version, 0))) AS covered
OPTIONAL MATCH (p)-[:HAS_INTERPRETATION]->(i:Interpretation)
RETURN covered, collect(i {.id, .created_at, .trigger, .requested_by, .generator, .generation_time_ms, .language,
                           .covered_key, .records, .findings}) AS interpretations
