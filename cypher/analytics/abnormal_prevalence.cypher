// Per lab marker, over results observed since $since in active documents: patients tested, results,
// abnormal results (flag other than N) and the share of results that are abnormal.
MATCH (m:LabMarker)<-[:OF_MARKER]-(r:LabResult)
WHERE r.tenant_id = $tenant_id AND r.observed_at >= $since
MATCH (pd:PatientDocument {document_id: r.document_id})
WHERE pd.is_active
WITH m, count(r) AS results, sum(CASE WHEN r.flag <> 'N' THEN 1 ELSE 0 END) AS abnormal,
     count(DISTINCT pd.patient_id) AS patients
RETURN m.key AS marker_key, m.name_en AS marker, m.loinc AS loinc, patients, results, abnormal,
       round(1000.0 * abnormal / results) / 1000.0 AS prevalence
ORDER BY prevalence DESC, results DESC, marker_key
LIMIT $limit
