CREATE INDEX FOR (c:CallbackDelivery) ON (c.status)
