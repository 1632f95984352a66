// A patient's lab results observed since $since (epoch ms), from active documents only, optionally
// limited to some markers, oldest first within each marker.
MATCH (pd:PatientDocument {patient_id: $patient_id})
WHERE pd.tenant_id = $tenant_id AND pd.is_active
MATCH (pd)-[:OF]->(d:Document)-[:HAS_FACT]->(r:LabResult)
WHERE r.observed_at >= $since AND ($marker_keys IS NULL OR r.marker_key IN $marker_keys)
RETURN r {.marker_key, .loinc, .value, .value_text, .unit, .canonical_value, .canonical_unit, .canonical_low,
          .canonical_high, .ref_low, .ref_high, .ref_text, .flag, .computed_flag,
          .needs_review, .observed_at, .id} AS result,
       d.id AS document_id, d.language AS language
ORDER BY result.marker_key, result.observed_at, result.id
