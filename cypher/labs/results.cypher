// A patient's lab results observed since $since (epoch ms), from active documents only, optionally
// limited to some markers, oldest first within each marker. Flat columns: a row of scalars decodes
// several times faster than a map on the client.
MATCH (pd:PatientDocument {patient_id: $patient_id})
WHERE pd.tenant_id = $tenant_id AND pd.is_active
MATCH (pd)-[:OF]->(d:Document)-[:HAS_FACT]->(r:LabResult)
WHERE r.observed_at >= $since AND ($marker_keys IS NULL OR r.marker_key IN $marker_keys)
RETURN r.id AS id, r.marker_key AS marker_key, r.loinc AS loinc, r.value_text AS value_text, r.unit AS unit,
       r.canonical_value AS canonical_value, r.canonical_unit AS canonical_unit, r.canonical_low AS canonical_low,
       r.canonical_high AS canonical_high, r.ref_text AS ref_text, r.flag AS flag, r.computed_flag AS computed_flag,
       r.needs_review AS needs_review, r.flag_corrected AS flag_corrected, r.unconverted AS unconverted,
       r.comparator AS comparator, r.observed_at AS observed_at, d.id AS document_id, d.language AS language
ORDER BY marker_key, observed_at, id
