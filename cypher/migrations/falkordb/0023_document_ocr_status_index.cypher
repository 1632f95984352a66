CREATE INDEX FOR (d:Document) ON (d.ocr_status)
