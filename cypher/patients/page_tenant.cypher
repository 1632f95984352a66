// A tenant's page policy by its team id: what decides who may open its patient pages, read before any
// token is looked up.
MATCH (t:Tenant {team_id: $team_id})
RETURN t.id AS id, t.name AS name, t.allow_ips AS allow_ips, t.timezone AS timezone, t.language AS language,
       t.frame_ancestors AS frame_ancestors
