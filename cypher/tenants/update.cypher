// Change a tenant's settings: a parameter left null keeps the current value. Setting the callback URL
// again re-enables an endpoint a 410 had disabled.
MATCH (t:Tenant {name: $name})
SET t.callback_url = coalesce($callback_url, t.callback_url), t.callback_key = coalesce($callback_key, t.callback_key),
    t.allow_private_callback = coalesce($allow_private_callback, t.allow_private_callback),
    t.allow_ips = coalesce($allow_ips, t.allow_ips), t.access_url_days = coalesce($access_url_days, t.access_url_days),
    t.language = coalesce($language, t.language), t.frame_ancestors = coalesce($frame_ancestors, t.frame_ancestors),
    t.llm_interpretations = coalesce($llm_interpretations, t.llm_interpretations),
    t.rate_limit = coalesce($rate_limit, t.rate_limit),
    t.callback_disabled_at = CASE WHEN $callback_url IS NULL THEN t.callback_disabled_at END, t.updated_at = $now
RETURN t {.id, .team_id, .name, .allow_ips, .callback_url, .timezone, .language, .created_at,
     .allow_private_callback, .access_url_days, .callback_disabled_at, .rate_limit} AS tenant
