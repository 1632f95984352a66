// A new signing secret: the previous one keeps signing beside it until $previous_until, so partners can
// switch without missing a callback.
MATCH (t:Tenant {name: $name})
SET t.previous_webhook_secret = t.webhook_secret, t.previous_secret_until = $previous_until,
    t.webhook_secret = $secret, t.updated_at = $now
RETURN t {.id, .team_id, .name, .allow_ips, .callback_url, .timezone, .language, .created_at,
     .allow_private_callback, .access_url_days, .callback_disabled_at, .rate_limit} AS tenant
