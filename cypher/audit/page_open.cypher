// One opening of a patient page, whatever its result (opened, refused, unknown, expired): who, from
// where, when. Never the page's content.
CREATE (:PageOpen {id: $id, at: $now, tenant_id: $tenant_id, patient_id: $patient_id, client_address: $client_address,
                   result: $result})
