CREATE INDEX FOR (m:LabMarker) ON (m.loinc)
