// Which of the patient's active documents a fact or lab result comes from (an interpretation's citation
// opened in the source viewer).
MATCH (p:Patient {id: $patient_id})-[:HAS_DOCUMENT]->(pd:PatientDocument)-[:OF]->(d:Document)-[:HAS_FACT]->(f)
WHERE p.tenant_id = $tenant_id AND pd.is_active AND f.id = $fact_id
RETURN d.id AS document_id
LIMIT 1
