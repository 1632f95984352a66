CREATE INDEX FOR (m:LabMarker) ON (m.key)
