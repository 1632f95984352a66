// A batch of a long document's pages is read and staged: the lease is released and the count of
// starts begins again, so each batch has the whole step's attempts and time limit to itself.
MATCH (d:Document {id: $document_id})
WHERE d.tenant_id = $tenant_id AND d.ocr_status = 'processing' AND d.extracted_at IS NULL AND d.lease_owner = $owner
SET d.pages_done = $pages_done, d.page_count = $page_count, d.lease_owner = null, d.lease_until = null,
    d.lease_step = null, d.step_starts = 0, d.updated_at = $now
RETURN d.pages_done AS pages_done
