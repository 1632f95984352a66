MATCH (t:Tenant)-[:HAS_KEY]->(k:ApiKey {hash: $key_hash})
WHERE k.revoked_at IS NULL
RETURN t {.id, .team_id, .name, .allow_ips, .callback_url, .timezone, .language, .created_at,
     .allow_private_callback, .access_url_days, .callback_disabled_at, .rate_limit} AS tenant, k.id AS key_id,
       coalesce(k.scope, 'emr') AS scope
