CREATE INDEX FOR (p:Patient) ON (p.access_url_status)
