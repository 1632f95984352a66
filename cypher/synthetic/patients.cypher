// Bench only: synthetic patients with processed documents, lab results and facts, in the shape the
// pipeline writes (bench/read_surface.py builds its 10,000-patient graph with it, a batch at a time).
UNWIND $patients AS patient
CREATE (p:Patient {id: patient.id, tenant_id: $tenant_id, token: patient.token,
                   access_token_hash: patient.access_token_hash,
                   birth_date: date(patient.birth_date), sex: patient.sex, access_url_status: 'not_configured',
                   created_at: $now, updated_at: $now})
WITH p, patient
UNWIND patient.documents AS doc
CREATE (p)-[:HAS_DOCUMENT]->(pd:PatientDocument {id: doc.link_id, tenant_id: p.tenant_id, patient_id: p.id,
          document_id: doc.id, document_type: doc.type, classification_status: 'completed', is_active: true,
          created_at: doc.at, updated_at: doc.at})
       -[:OF]->(d:Document {id: doc.id, tenant_id: p.tenant_id, ocr_status: 'completed', classified_type: doc.type,
          storage_key: doc.id, language: 'pt', version: 1, page_count: 1, created_at: doc.at, updated_at: doc.at,
          extracted_at: doc.at, classified_at: doc.at, processed_at: doc.at, enriched_at: doc.at})
WITH d, doc
CALL {
  WITH d, doc
  UNWIND doc.labs AS lab
  MATCH (m:LabMarker {key: lab.marker_key})
  CREATE (d)-[:HAS_FACT]->(r:LabResult {id: lab.id, tenant_id: d.tenant_id, document_id: d.id, version: 1,
      kind: 'lab_result', marker_key: m.key, loinc: m.loinc, printed_name: m.name_pt, value: lab.value,
      value_text: lab.value_text, unit: m.unit, canonical_value: lab.value, canonical_unit: m.unit,
      ref_low: lab.low, ref_high: lab.high, ref_text: lab.ref_text, canonical_low: lab.low, canonical_high: lab.high,
      computed_flag: lab.flag, flag: lab.flag, page: 1, start: 0, end: 1, confidence: 1.0, needs_review: false,
      extractor: 'synthetic', observed_at: doc.at})-[:OF_MARKER]->(m)
  RETURN count(r) AS labs
}
CALL {
  WITH d, doc
  UNWIND doc.facts AS fact
  MATCH (c:Concept {key: fact.concept_key})
  CREATE (d)-[:HAS_FACT]->(f:Fact {id: fact.id, tenant_id: d.tenant_id, document_id: d.id, version: 1,
      kind: c.kind, text: c.name, name: c.name, concept_key: c.key, code_system: c.code_system, code: c.code,
      page: 1, start: 0, end: 1, extractor: 'synthetic', confidence: 1.0, status: fact.status,
      negated: fact.status = 'negated', historical: fact.status = 'historical', hypothetical: false, family: false,
      uncertain: false, dose: fact.dose, frequency: fact.frequency, value: fact.value, unit: fact.unit,
      observed_at: doc.at})-[:OF_CONCEPT]->(c)
  RETURN count(f) AS facts
}
RETURN sum(labs) AS labs, sum(facts) AS facts
