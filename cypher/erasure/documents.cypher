// The patient's own documents, with their passages, facts and lab results (shared concept and marker
// nodes stay: they name a concept, no patient's data).
MATCH (d:Document)
WHERE d.tenant_id = $tenant_id AND d.id IN $document_ids
OPTIONAL MATCH (d)-[:HAS_CHUNK|HAS_FACT]->(derived)
WITH collect(DISTINCT d) AS documents, collect(derived) AS derived
FOREACH (node IN derived | DETACH DELETE node)
FOREACH (node IN documents | DETACH DELETE node)
RETURN size(documents) AS documents
