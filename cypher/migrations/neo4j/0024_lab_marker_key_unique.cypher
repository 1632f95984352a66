CREATE CONSTRAINT lab_marker_key_unique IF NOT EXISTS FOR (m:LabMarker) REQUIRE m.key IS UNIQUE
