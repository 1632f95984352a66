CREATE CONSTRAINT callback_delivery_id_unique IF NOT EXISTS FOR (c:CallbackDelivery) REQUIRE c.id IS UNIQUE
