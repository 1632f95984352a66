// Patient-scoped ranking: the patient's own active passages are scored (cosine similarity), so another
// patient's text can never crowd out or leak into the results. A passage holding a fact of a kind the
// question asks about ($kinds, e.g. medication for "which drugs…") gets $boost added, capped at 1.
MATCH (pd:PatientDocument {patient_id: $patient_id})
WHERE pd.tenant_id = $tenant_id AND pd.is_active
MATCH (pd)-[:OF]->(d:Document)-[:HAS_CHUNK]->(c:Chunk)
WHERE c.embedding IS NOT NULL
WITH pd, d, c, vector.similarity.cosine(c.embedding, $vector) AS similarity
OPTIONAL MATCH (c)-[:MENTIONS]->(f)
WITH pd, d, c, similarity, f
ORDER BY f.start
WITH pd, d, c, similarity, collect(f) AS facts
WITH pd, d, c, facts,
     similarity + CASE WHEN size([x IN facts WHERE x.kind IN $kinds]) > 0 THEN $boost ELSE 0.0 END AS ranked
WITH pd, d, c, facts, CASE WHEN ranked > 1.0 THEN 1.0 ELSE ranked END AS score
ORDER BY score DESC, c.id
LIMIT $k
RETURN c {.id, .page, .start, .end, .section, .text} AS chunk, d.id AS document_id, pd.id AS patient_document_id,
       score, [x IN facts | x {.id, .kind, .name, .text, .status, .code_system, .code, .printed_name}] AS facts
