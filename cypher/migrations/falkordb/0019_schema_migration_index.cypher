CREATE INDEX FOR (m:SchemaMigration) ON (m.version)
