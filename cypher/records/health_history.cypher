// A patient's Health History page: every record (a partner's submissions and uploaded documents alike),
// newest first by clinical date (the document's own date when found, else when it was received), each
// with the facts it added, and, for the concepts on the page, when the patient's current records first
// mention them (what makes a condition "new"). Deleted records never, superseded ones only on request.
// A date found in the document is a calendar day (midnight UTC), one received is a moment: date
// bounds apply as days to the first ($from_day, $to_day) and in the center's time zone to the second.
MATCH (pd:PatientDocument {patient_id: $patient_id})
WHERE pd.tenant_id = $tenant_id AND pd.deleted_at IS NULL
  AND ($include_superseded OR NOT coalesce(pd.superseded, false))
  AND ($data_type IS NULL OR pd.data_type = $data_type OR pd.document_type = $data_type)
MATCH (pd)-[:OF]->(d:Document)
WITH pd, d, coalesce(d.clinical_at, d.created_at) AS clinical_at
WITH pd, d, clinical_at, clinical_at <> d.created_at AS dated
WHERE ($from_day IS NULL OR clinical_at >= CASE WHEN dated THEN $from_day ELSE $from_local END)
  AND ($to_day IS NULL OR clinical_at < CASE WHEN dated THEN $to_day ELSE $to_local END)
WITH pd, d, clinical_at
ORDER BY clinical_at DESC, pd.created_at DESC, pd.id
WITH collect({link: pd {.*}, document: d {.id, .source, .ocr_status, .ocr_error, .enrichment_error, .title,
              .original_filename, .language, .created_at, .processed_at}, clinical_at: clinical_at}) AS rows
WITH size(rows) AS total, rows[$offset..($offset + $limit)] AS page
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS row
OPTIONAL MATCH (:Document {id: row.document.id})-[:HAS_FACT]->(f)
WITH total, row, collect(f {.kind, .name, .concept_key, .negated, .family, .hypothetical, .historical, .uncertain,
                            .dose, .frequency, .medication_status, .flag, .value_text, .unit, .marker_key,
                            .printed_name, .page, .start}) AS facts
WITH total, collect(CASE WHEN row IS NULL THEN null ELSE {record: row, facts: facts} END) AS records
WITH total, records, reduce(keys = [], r IN records | keys + [f IN r.facts WHERE f.kind <> 'lab_result' | f.concept_key])
     AS keys
OPTIONAL MATCH (apd:PatientDocument {patient_id: $patient_id})-[:OF]->(ad:Document)-[:HAS_FACT]->(af:Fact)
WHERE apd.tenant_id = $tenant_id AND apd.is_active AND af.concept_key IN keys AND NOT af.negated
WITH total, records, af.concept_key AS key, min(coalesce(ad.clinical_at, ad.created_at)) AS first
RETURN total, records, collect({key: key, first: first}) AS first_seen
