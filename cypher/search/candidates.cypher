// Every active passage of one patient with the signals hybrid search fuses: cosine similarity to the
// question's vector, whether the passage holds a fact of a kind the question asks about ($kinds, e.g.
// medication for "which drugs…") and the question's terms ($terms, nlp.terms) found among its stored terms.
// Patient-scoped, so another patient's text can never crowd out or leak into the results.
MATCH (pd:PatientDocument {patient_id: $patient_id})
WHERE pd.tenant_id = $tenant_id AND pd.is_active
MATCH (pd)-[:OF]->(:Document)-[:HAS_CHUNK]->(c:Chunk)
WHERE c.embedding IS NOT NULL
OPTIONAL MATCH (c)-[:MENTIONS]->(f)
WITH c, vector.similarity.cosine(c.embedding, $vector) AS similarity, collect(DISTINCT f.kind) AS kinds
RETURN c.id AS id, similarity, size([kind IN kinds WHERE kind IN $kinds]) > 0 AS asked,
       [term IN $terms WHERE coalesce(c.terms, '') CONTAINS (' ' + term + ' ')] AS matched
