// The passages hybrid search chose ($ids, best first), with their documents and the facts they mention,
// scoped to the patient again, so an id can only ever return that patient's own passage.
UNWIND range(0, size($ids) - 1) AS position
WITH position, $ids[position] AS chunk_id
MATCH (c:Chunk {id: chunk_id})
WHERE c.tenant_id = $tenant_id
MATCH (pd:PatientDocument {patient_id: $patient_id})-[:OF]->(d:Document)-[:HAS_CHUNK]->(c)
WHERE pd.tenant_id = $tenant_id AND pd.is_active
OPTIONAL MATCH (c)-[:MENTIONS]->(f)
WITH position, c, d, pd, f
ORDER BY position, f.start
WITH position, c, d, pd, collect(f) AS facts
RETURN c {.id, .page, .start, .end, .section, .text} AS chunk, d.id AS document_id, pd.id AS patient_document_id,
       position, [x IN facts | x {.id, .kind, .name, .text, .status, .code_system, .code, .printed_name}] AS facts
ORDER BY position
