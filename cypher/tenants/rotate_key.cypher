MATCH (t:Tenant {name: $name})
OPTIONAL MATCH (t)-[:HAS_KEY]->(old:ApiKey)
WHERE old.revoked_at IS NULL AND old.id <> $key_id
SET old.revoked_at = $now
WITH DISTINCT t
MERGE (t)-[:HAS_KEY]->(k:ApiKey {id: $key_id})
ON CREATE SET k.tenant_id = t.id, k.hash = $key_hash, k.prefix = $key_prefix, k.scope = $scope, k.name = $key_name,
              k.created_at = $now
RETURN t {.id, .team_id, .name, .allow_ips, .callback_url, .timezone, .language, .created_at,
     .allow_private_callback, .access_url_days, .callback_disabled_at, .rate_limit} AS tenant
