CREATE INDEX lab_marker_loinc IF NOT EXISTS FOR (m:LabMarker) ON (m.loinc)
