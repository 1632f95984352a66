// Store an interpretation, in one statement, only while it is allowed: an automatic one only if the
// patient has none yet (exactly one, however many workers race), a manual one only if its covered
// records differ from the latest interpretation's (the first is always allowed). Setting
// `interpreting_at` first takes the patient's write lock, so concurrent requests see each other (Neo4j,
// and FalkorDB runs writes one at a time).
MATCH (p:Patient {id: $patient_id})
WHERE p.tenant_id = $tenant_id
SET p.interpreting_at = $now
WITH p
OPTIONAL MATCH (p)-[:HAS_INTERPRETATION]->(earlier:Interpretation)
WITH p, count(earlier) AS existing, max(earlier.created_at) AS latest_at
OPTIONAL MATCH (p)-[:HAS_INTERPRETATION]->(latest:Interpretation {created_at: latest_at})
WITH p, existing, collect(latest.covered_key) AS latest_keys
WHERE ($trigger = 'automatic' AND existing = 0)
   OR ($trigger = 'manual' AND (existing = 0 OR NOT $covered_key IN latest_keys))
CREATE (p)-[:HAS_INTERPRETATION]->(i:Interpretation {
          id: $id, tenant_id: p.tenant_id, patient_id: p.id, created_at: $now, trigger: $trigger,
          requested_by: $requested_by, generator: $generator, generation_time_ms: $generation_time_ms,
          language: $language, covered: $covered, covered_key: $covered_key, records: $records,
          findings: $findings, sections: $sections
       })
SET p.interpreted_at = coalesce(p.interpreted_at, $now)
RETURN i {.*} AS interpretation
