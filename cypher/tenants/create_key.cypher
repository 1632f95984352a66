// One more API key for the tenant, beside its others (say, an analyst's key beside the EMR's).
MATCH (t:Tenant {name: $name})
CREATE (t)-[:HAS_KEY]->(:ApiKey {id: $key_id, tenant_id: t.id, hash: $key_hash, prefix: $key_prefix, scope: $scope,
                                 name: $key_name, created_at: $now})
RETURN t {.id, .team_id, .name, .allow_ips, .callback_url, .timezone, .language, .created_at,
     .allow_private_callback, .access_url_days, .callback_disabled_at, .rate_limit} AS tenant
