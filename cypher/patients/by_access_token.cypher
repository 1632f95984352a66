MATCH (t:Tenant)-[:HAS_PATIENT]->(p:Patient {access_token: $access_token})
RETURN p {.*} AS patient, t.name AS tenant_name, t.allow_ips AS allow_ips, t.timezone AS timezone
