// The text is read: what it is and where it came from. Its passages wait in the worker's staging for
// classification and enrichment, which writes them as chunks once, with their embeddings. OCR stays
// `processing` until enrichment settles it.
MATCH (d:Document {id: $document_id})
WHERE d.tenant_id = $tenant_id
SET d.extracted_at = $now, d.ocr_error = null, d.page_count = $page_count, d.ocr_engine = $engine, d.sha256 = $sha256,
    d.text_chars = $text_chars, d.structured_rejected = $rejected, d.updated_at = $now,
    d.pages_done = null, d.lease_owner = null, d.lease_until = null, d.lease_step = null, d.step_starts = 0
RETURN d.id AS document_id
