CREATE INDEX callback_delivery_status IF NOT EXISTS FOR (c:CallbackDelivery) ON (c.status)
