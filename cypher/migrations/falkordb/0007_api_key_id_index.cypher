CREATE INDEX FOR (k:ApiKey) ON (k.id)
