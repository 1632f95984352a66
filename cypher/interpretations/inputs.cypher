// Everything an interpretation is computed from, in one read: the patient and its center's settings, the
// facts and lab results of its active documents, and those documents' versions (what the
// interpretation covers: a record added or replaced later changes them).
MATCH (p:Patient {id: $patient_id})
WHERE p.tenant_id = $tenant_id
MATCH (t:Tenant {id: p.tenant_id})
OPTIONAL MATCH (p)-[:HAS_DOCUMENT]->(pd:PatientDocument)-[:OF]->(d:Document)
WHERE pd.is_active
WITH t, p, collect(d.id + ':' + toString(coalesce(d.version, 0))) AS covered
OPTIONAL MATCH (p)-[:HAS_DOCUMENT]->(fpd:PatientDocument)-[:OF]->(:Document)-[:HAS_FACT]->(f:Fact)
WHERE fpd.is_active
WITH t, p, covered, collect(f {.id, .kind, .name, .concept_key, .code_system, .code, .status, .observed_at,
                                .dose, .frequency, .reaction, .medication_status}) AS facts
OPTIONAL MATCH (p)-[:HAS_DOCUMENT]->(lpd:PatientDocument)-[:OF]->(:Document)-[:HAS_FACT]->(r:LabResult)
WHERE lpd.is_active
WITH t, p, covered, facts, collect(r {.id, .marker_key, .canonical_value, .canonical_unit, .value_text, .flag,
                                      .canonical_low, .canonical_high, .observed_at}) AS labs
RETURN p {.sex, .birth_date, .created_at} AS patient, t.timezone AS timezone, t.language AS language, covered,
       facts, labs, coalesce(t.llm_interpretations, false) AS llm_interpretations
