// One summary per patient and language, replaced when the graph version it was built from changes.
MATCH (p:Patient {id: $patient_id})
WHERE p.tenant_id = $tenant_id
MERGE (p)-[:HAS_SUMMARY]->(s:Summary {patient_id: p.id, language: $language})
SET s.tenant_id = p.tenant_id, s.text = $text, s.graph_version = $graph_version, s.generated_at = $now,
    s.generation_time_ms = $generation_time_ms, s.generator = $generator
RETURN s.generated_at AS generated_at
