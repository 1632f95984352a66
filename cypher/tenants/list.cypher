MATCH (t:Tenant)
OPTIONAL MATCH (t)-[:HAS_KEY]->(k:ApiKey)
WHERE k.revoked_at IS NULL
WITH t, collect(k.prefix) AS key_prefixes
OPTIONAL MATCH (t)-[:HAS_PATIENT]->(p:Patient)
RETURN t {.id, .team_id, .name, .allow_ips, .callback_url, .timezone, .language, .created_at,
     .allow_private_callback, .access_url_days, .callback_disabled_at, .rate_limit} AS tenant,
       key_prefixes, count(p) AS patients
ORDER BY tenant.name
