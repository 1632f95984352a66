// A new upload: document and link created with their properties inline. FalkorDB's cost of SET on a node
// created in the same statement (MERGE ... ON CREATE SET) grows with the graph's size, an inline CREATE's does
// not. A retry of an upload that already landed returns no row, and the caller reads the stored one.
MATCH (p:Patient {id: $patient_id})
WHERE p.tenant_id = $tenant_id
OPTIONAL MATCH (existing:Document {id: $document_id})
WITH p, existing
WHERE existing IS NULL
CREATE (p)-[:HAS_DOCUMENT]->(pd:PatientDocument {
          id: $link_id, tenant_id: p.tenant_id, patient_id: p.id, document_id: $document_id,
          document_type: $document_type, title: $title, notes: $notes, uploaded_by: $uploaded_by, is_active: true,
          classification_status: $classification_status, created_at: $now, updated_at: $now
       })-[:OF]->(d:Document {
          id: $document_id, tenant_id: p.tenant_id, original_filename: $original_filename, mime_type: $mime_type,
          file_size_bytes: $file_size_bytes, storage_key: $storage_key, ocr_status: 'pending',
          created_at: $now, updated_at: $now
       })
RETURN pd {.*} AS link, d {.*} AS document
