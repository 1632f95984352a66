CREATE INDEX FOR (c:Concept) ON (c.key)
