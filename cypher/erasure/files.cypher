// What the patient's erasure removes from disk, read before the graph forgets it: the stored file and
// data of each document only this patient is linked to (a document linked to another patient stays
// theirs), with the document ids the erasure then deletes.
MATCH (p:Patient {id: $patient_id})-[:HAS_DOCUMENT]->(:PatientDocument)-[:OF]->(d:Document)
WHERE p.tenant_id = $tenant_id AND d.tenant_id = $tenant_id
OPTIONAL MATCH (d)<-[:OF]-(other:PatientDocument)
WHERE other.patient_id <> p.id
WITH d, count(other) AS shared
WHERE shared = 0
RETURN DISTINCT d.id AS document_id, d.storage_key AS storage_key, d.data_key AS data_key
