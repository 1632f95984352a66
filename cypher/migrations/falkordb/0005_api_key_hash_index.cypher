CREATE INDEX FOR (k:ApiKey) ON (k.hash)
