// What a patient's context is built from, in one traversal: the clinical facts of the patient's active
// documents that are not negated (a denied habit is kept: "never smoked" is a fact), and their abnormal
// lab results observed since $since (epoch ms).
// Flat columns: a row of scalars decodes several times faster than a map on the client.
MATCH (pd:PatientDocument {patient_id: $patient_id})
WHERE pd.tenant_id = $tenant_id AND pd.is_active
MATCH (pd)-[:OF]->(d:Document)-[:HAS_FACT]->(f)
WHERE (f.kind <> 'lab_result' AND (NOT f.negated OR f.kind = 'lifestyle'))
   OR (f.kind = 'lab_result' AND f.observed_at >= $since AND f.flag <> 'N')
RETURN f.id AS id, f.kind AS kind, f.name AS name, f.text AS text, f.page AS page, f.status AS status,
       f.concept_key AS concept_key, f.code_system AS code_system, f.code AS code, f.observed_at AS observed_at,
       f.dose AS dose, f.route AS route, f.frequency AS frequency, f.started AS started,
       f.medication_status AS medication_status, f.reaction AS reaction, f.severity AS severity, f.value AS value,
       f.unit AS unit, f.systolic AS systolic, f.diastolic AS diastolic, f.specialty AS specialty,
       f.encounter_type AS encounter_type, f.encounter_date AS encounter_date, f.professional AS professional,
       f.marker_key AS marker_key, f.loinc AS loinc, f.flag AS flag, f.value_text AS value_text,
       f.canonical_value AS canonical_value, f.canonical_unit AS canonical_unit, f.canonical_low AS canonical_low,
       f.canonical_high AS canonical_high, f.ref_text AS ref_text, d.id AS document_id, d.language AS language
ORDER BY observed_at, id
