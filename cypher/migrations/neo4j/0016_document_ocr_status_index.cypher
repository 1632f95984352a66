CREATE INDEX document_ocr_status IF NOT EXISTS FOR (d:Document) ON (d.ocr_status)
