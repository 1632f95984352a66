// A partner's record, in one statement: the patient found by the center's own id or created on its first
// record, and the record (document + link) under it with the next version of its `document_id`. Setting
// `last_record_at` first takes the patient's write lock, so concurrent records of one patient read each
// other's versions (Neo4j), and FalkorDB runs writes one at a time. The link stays inactive until the
// record's facts are written: a new version replaces the old one's in that same statement.
MATCH (t:Tenant {id: $tenant_id})
MERGE (p:Patient {tenant_id: $tenant_id, external_id: $external_id})
ON CREATE SET p.id = $patient_id, p.token = $token, p.created_at = $now,
              p.access_url_status = CASE WHEN t.callback_url IS NULL THEN 'not_configured' ELSE 'pending' END
MERGE (t)-[:HAS_PATIENT]->(p)
SET p.last_record_at = $now, p.updated_at = $now
WITH p, p.id = $patient_id AS created
OPTIONAL MATCH (p)-[:HAS_DOCUMENT]->(earlier:PatientDocument)
WHERE $partner_document_id IS NOT NULL AND earlier.partner_document_id = $partner_document_id
WITH p, created, max(earlier.version) AS last
CREATE (p)-[:HAS_DOCUMENT]->(pd:PatientDocument {
          id: $link_id, tenant_id: p.tenant_id, patient_id: p.id, document_id: $record_id,
          document_type: $document_type, title: $title, notes: null, uploaded_by: $uploaded_by, is_active: false,
          is_current: false, superseded: false, classification_status: $classification_status,
          data_type: $data_type, partner_document_id: $partner_document_id, version: coalesce(last, 0) + 1,
          created_at: $now, updated_at: $now
       })-[:OF]->(d:Document {
          id: $record_id, tenant_id: p.tenant_id, source: 'medical_data', original_filename: $original_filename,
          mime_type: $mime_type, declared_mime_type: $declared_mime_type, file_size_bytes: $file_size_bytes,
          storage_key: $storage_key, data_key: $data_key, data_format: $data_format, data_type: $data_type, ocr_status: 'pending',
          created_at: $now, updated_at: $now
       })
RETURN p {.*} AS patient, created, pd {.*} AS link, d {.*} AS document
