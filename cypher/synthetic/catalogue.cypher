// Bench only: the shared LabMarker and Concept nodes the synthetic patients point at.
CALL {
  UNWIND $markers AS marker
  MERGE (m:LabMarker {key: marker.key})
    ON CREATE SET m.loinc = marker.loinc, m.name_en = marker.name_en, m.name_pt = marker.name_pt, m.unit = marker.unit
  RETURN count(m) AS markers
}
CALL {
  UNWIND $concepts AS concept
  MERGE (c:Concept {key: concept.key})
    ON CREATE SET c.kind = concept.kind, c.name = concept.name, c.code_system = concept.code_system,
                  c.code = concept.code
  RETURN count(c) AS concepts
}
RETURN markers, concepts
