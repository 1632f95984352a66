// A worker takes one pipeline step of a document under a lease: nobody else runs that step until the
// lease is released (the step's write) or lapses (its worker died). The owner is the Dramatiq message,
// so a retried or redelivered message takes its own lease back. Every start is counted, to bound the
// attempts of a step whose worker keeps dying on this document.
MATCH (d:Document {id: $document_id})
WHERE d.tenant_id = $tenant_id
  AND CASE $step
        WHEN 'extract' THEN d.ocr_status IN ['pending', 'processing'] AND d.extracted_at IS NULL
        WHEN 'classify' THEN d.ocr_status IN ['processing', 'completed'] AND d.extracted_at IS NOT NULL
        ELSE d.ocr_status IN ['processing', 'completed'] AND d.classified_at IS NOT NULL
      END
  AND (d.lease_until IS NULL OR d.lease_until < $now OR d.lease_owner = $owner)
SET d.step_starts = CASE WHEN d.lease_step = $step THEN coalesce(d.step_starts, 0) + 1 ELSE 1 END,
    d.lease_step = $step, d.lease_owner = $owner, d.lease_until = $now + $lease_ms,
    d.ocr_status = CASE d.ocr_status WHEN 'pending' THEN 'processing' ELSE d.ocr_status END,
    d.claimed_at = $now, d.updated_at = $now
RETURN d {.id, .tenant_id, .mime_type, .storage_key, .step_starts, .pages_done, .data_key, .data_format,
          .data_type} AS document
