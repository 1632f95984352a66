MATCH (p:Patient) WHERE p.access_token IS NOT NULL SET p.access_token = null
