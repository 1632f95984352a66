// The patient's graph version (each active document with the version of its derived graph: a processed,
// reprocessed or deleted document changes it) and the summary stored for $language, if any.
MATCH (p:Patient {id: $patient_id})
WHERE p.tenant_id = $tenant_id
OPTIONAL MATCH (p)-[:HAS_DOCUMENT]->(pd:PatientDocument)-[:OF]->(d:Document)
WHERE pd.is_active
WITH p, d
ORDER BY d.id
WITH p, collect(d.id + ':' + toString(coalesce(d.version, 0))) AS versions
OPTIONAL MATCH (p)-[:HAS_SUMMARY]->(s:Summary {language: $language})
RETURN versions, s {.text, .graph_version, .generated_at, .generation_time_ms, .generator} AS summary
