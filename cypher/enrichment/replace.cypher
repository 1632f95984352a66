// One document version: everything derived from the document's text (passages with embeddings,
// clinical facts, lab results) replaced in one statement, so readers never see a mix of versions.
// The first version settles the pipeline: OCR reads `completed` and the link takes the classified type.
// A partner's record becomes its `document_id`'s current version here, in the same statement, unless a
// later version already is: the earlier versions' links are superseded (kept for audit, read by no
// clinical view), so readers never see both versions' facts, nor neither. A later version not yet
// processed is left alone (if it fails, this one stays current). Setting the patient's `last_record_at`
// first takes its write lock, so two versions settling at once see each other (Neo4j, and FalkorDB
// runs writes one at a time).
MATCH (d:Document {id: $document_id})
WHERE d.tenant_id = $tenant_id AND d.ocr_status IN ['processing', 'completed'] AND d.classified_at IS NOT NULL
SET d.ocr_status = 'completed', d.processed_at = coalesce(d.processed_at, $now), d.enrichment_error = null,
    d.language = $language, d.enriched_at = $now, d.updated_at = $now, d.version = coalesce(d.version, 0) + 1,
    d.collected_on = $collected_on, d.reported_on = $reported_on, d.clinical_at = coalesce($observed_at, d.created_at),
    d.title = $title, d.lease_owner = null, d.lease_until = null, d.lease_step = null, d.step_starts = 0
WITH d
OPTIONAL MATCH (pd:PatientDocument {document_id: d.id})
WHERE pd.classification_status = 'pending'
SET pd.classification_status = 'completed', pd.document_type = d.classified_type, pd.updated_at = $now
WITH DISTINCT d
CALL {
  WITH d
  MATCH (own:PatientDocument {document_id: d.id})
  WHERE own.version IS NOT NULL
  MATCH (p:Patient {id: own.patient_id})
  SET p.last_record_at = $now
  WITH own, p
  OPTIONAL MATCH (p)-[:HAS_DOCUMENT]->(sibling:PatientDocument)
  WHERE sibling.partner_document_id = own.partner_document_id AND sibling.id <> own.id
  WITH own, collect(sibling) AS siblings
  WITH own, siblings, any(s IN siblings WHERE s.is_current AND s.version > own.version) AS stale
  SET own.is_current = NOT stale, own.is_active = NOT stale AND own.deleted_at IS NULL, own.superseded = stale,
      own.superseded_at = CASE WHEN stale THEN coalesce(own.superseded_at, $now) END, own.updated_at = $now
  WITH own, siblings, stale
  UNWIND CASE WHEN stale THEN [] ELSE [s IN siblings WHERE s.version < own.version] END AS s
  SET s.is_current = false, s.is_active = false, s.superseded = true,
      s.superseded_at = coalesce(s.superseded_at, $now), s.updated_at = $now
  RETURN count(s) AS superseded
}
WITH DISTINCT d
OPTIONAL MATCH (d)-[:HAS_CHUNK]->(old_chunk:Chunk)
DETACH DELETE old_chunk
WITH DISTINCT d
OPTIONAL MATCH (d)-[:HAS_FACT]->(old_fact)
DETACH DELETE old_fact
WITH DISTINCT d
CALL {
  WITH d
  UNWIND $chunks AS chunk
  CREATE (d)-[:HAS_CHUNK]->(c:Chunk {id: chunk.id, tenant_id: d.tenant_id, document_id: d.id, seq: chunk.seq,
                                     page: chunk.page, start: chunk.start, end: chunk.end, section: chunk.section,
                                     text: chunk.text, terms: chunk.terms, embedding: chunk.embedding})
  RETURN count(c) AS chunks
}
CALL {
  WITH d
  UNWIND $facts AS fact
  MERGE (concept:Concept {key: fact.concept_key})
    ON CREATE SET concept.kind = fact.concept_kind, concept.name = fact.concept_name,
                  concept.code_system = fact.code_system, concept.code = fact.code
  CREATE (d)-[:HAS_FACT]->(f:Fact {id: fact.id, tenant_id: d.tenant_id, document_id: d.id, version: d.version,
      kind: fact.kind, text: fact.text, name: fact.name, concept_key: fact.concept_key, code_system: fact.code_system,
      code: fact.code, page: fact.page, start: fact.start, end: fact.end, extractor: fact.extractor,
      confidence: fact.confidence, status: fact.status, negated: fact.negated, historical: fact.historical,
      hypothetical: fact.hypothetical, family: fact.family, uncertain: fact.uncertain, dose: fact.dose,
      route: fact.route, frequency: fact.frequency, medication_status: fact.medication_status,
      started: fact.started, stopped: fact.stopped, reaction: fact.reaction, severity: fact.severity,
      value: fact.value, value_text: fact.value_text, unit: fact.unit, systolic: fact.systolic,
      diastolic: fact.diastolic, specialty: fact.specialty, encounter_type: fact.encounter_type,
      encounter_date: fact.encounter_date, professional: fact.professional,
      observed_at: coalesce(fact.observed_at, $observed_at, d.created_at)})-[:OF_CONCEPT]->(concept)
  WITH d, f, fact
  MATCH (d)-[:HAS_CHUNK]->(c:Chunk {id: fact.chunk_id})
  CREATE (c)-[:MENTIONS]->(f)
  RETURN count(f) AS facts
}
CALL {
  WITH d
  UNWIND $labs AS lab
  MERGE (marker:LabMarker {key: lab.marker_key})
    ON CREATE SET marker.loinc = lab.marker_loinc, marker.name_en = lab.marker_name_en, marker.name_pt = lab.marker_name_pt,
                  marker.unit = lab.canonical_unit
  CREATE (d)-[:HAS_FACT]->(r:LabResult {id: lab.id, tenant_id: d.tenant_id, document_id: d.id, version: d.version,
      kind: 'lab_result', marker_key: lab.marker_key, loinc: lab.loinc, printed_name: lab.printed_name,
      value: lab.value, value_text: lab.value_text, qualitative: lab.qualitative, unit: lab.unit,
      canonical_value: lab.canonical_value, canonical_unit: lab.canonical_unit, ref_low: lab.ref_low,
      ref_high: lab.ref_high, ref_text: lab.ref_text, canonical_low: lab.canonical_low,
      canonical_high: lab.canonical_high, printed_flag: lab.printed_flag, printed_flag_raw: lab.printed_flag_raw,
      computed_flag: lab.computed_flag, flag: lab.flag, flag_corrected: lab.flag_corrected,
      comparator: lab.comparator, unconverted: lab.unconverted, page: lab.page, start: lab.start, end: lab.end,
      confidence: lab.confidence, needs_review: lab.needs_review, extractor: 'lab-parser',
      observed_at: coalesce(lab.observed_at, $observed_at, d.created_at)})-[:OF_MARKER]->(marker)
  WITH d, r, lab
  MATCH (d)-[:HAS_CHUNK]->(c:Chunk {id: lab.chunk_id})
  CREATE (c)-[:MENTIONS]->(r)
  RETURN count(r) AS labs
}
RETURN d.version AS version, chunks, facts, labs
