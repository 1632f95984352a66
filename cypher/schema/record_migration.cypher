MERGE (m:SchemaMigration {version: $version})
ON CREATE SET m.name = $name, m.applied_at = $now
RETURN m.version AS version
