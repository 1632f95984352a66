MATCH (d:Document {id: $document_id})
WHERE d.tenant_id = $tenant_id
RETURN d.version AS version
