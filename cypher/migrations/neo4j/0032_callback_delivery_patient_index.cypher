CREATE INDEX callback_delivery_patient IF NOT EXISTS FOR (c:CallbackDelivery) ON (c.patient_id)
