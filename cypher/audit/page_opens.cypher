// A tenant's patient-page openings, newest first.
MATCH (o:PageOpen {tenant_id: $tenant_id})
RETURN o {.*} AS open
ORDER BY open.at DESC
LIMIT $limit
