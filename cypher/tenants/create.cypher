MERGE (t:Tenant {name: $name})
ON CREATE SET t.id = $id, t.team_id = $team_id, t.allow_ips = $allow_ips, t.callback_url = $callback_url,
              t.callback_key = $callback_key, t.timezone = $timezone, t.language = $language, t.created_at = $now,
              t.webhook_secret = $webhook_secret, t.allow_private_callback = $allow_private_callback,
              t.access_url_days = $access_url_days, t.frame_ancestors = $frame_ancestors,
              t.llm_interpretations = $llm_interpretations, t.rate_limit = $rate_limit
WITH t
WHERE t.id = $id
MERGE (t)-[:HAS_KEY]->(k:ApiKey {id: $key_id})
ON CREATE SET k.tenant_id = t.id, k.hash = $key_hash, k.prefix = $key_prefix, k.scope = $scope, k.name = $key_name,
              k.created_at = $now
RETURN t {.id, .team_id, .name, .allow_ips, .callback_url, .timezone, .language, .created_at,
     .allow_private_callback, .access_url_days, .callback_disabled_at, .rate_limit} AS tenant
