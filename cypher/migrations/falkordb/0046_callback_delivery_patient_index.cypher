CREATE INDEX FOR (c:CallbackDelivery) ON (c.patient_id)
