// The patient itself (its access URL's token hash with it), its links to documents, summaries,
// interpretations, callback deliveries with their attempts and page openings, then an erasure entry
// that names no one: ids, counts and when.
MATCH (p:Patient {id: $patient_id})
WHERE p.tenant_id = $tenant_id
OPTIONAL MATCH (p)-[:HAS_DOCUMENT|HAS_SUMMARY|HAS_INTERPRETATION]->(owned)
WITH p, collect(owned) AS owned
OPTIONAL MATCH (:Tenant {id: $tenant_id})-[:HAS_DELIVERY]->(c:CallbackDelivery {patient_id: $patient_id})
OPTIONAL MATCH (c)-[:HAS_ATTEMPT]->(attempt:CallbackAttempt)
WITH p, owned, collect(DISTINCT c) AS deliveries, collect(attempt) AS attempts
OPTIONAL MATCH (opened:PageOpen {patient_id: $patient_id})
WHERE opened.tenant_id = $tenant_id
WITH p, owned, deliveries, attempts, collect(opened) AS opens
FOREACH (node IN owned + deliveries + attempts + opens | DETACH DELETE node)
DETACH DELETE p
CREATE (e:Erasure {id: $erasure_id, tenant_id: $tenant_id, patient_id: $patient_id, key_id: $key_id, at: $now,
                   documents: $documents, files: $files})
RETURN e {.*} AS erasure
