// One interpretation of the tenant's patient, with the records the patient has now.
MATCH (p:Patient {id: $patient_id})-[:HAS_INTERPRETATION]->(i:Interpretation {id: $interpretation_id})
WHERE p.tenant_id = $tenant_id
OPTIONAL MATCH (p)-[:HAS_DOCUMENT]->(pd:PatientDocument)-[:OF]->(d:Document)
WHERE pd.is_active
RETURN i {.*} AS interpretation, collect(d.id + ':' + toString(coalesce(d.version, 0))) AS covered
