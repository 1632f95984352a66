CREATE INDEX FOR (d:Document) ON (d.id)
