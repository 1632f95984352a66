CREATE INDEX FOR (c:Chunk) ON (c.id)
