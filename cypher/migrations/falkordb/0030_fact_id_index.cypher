CREATE INDEX FOR (f:Fact) ON (f.id)
