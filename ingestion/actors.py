"""Every actor the worker serves; importing this module declares them on the configured broker."""

from ingestion.access_urls import access_url_undeliverable, deliver_access_url
from ingestion.documents import classify_document, enrich_document, extract_text

__all__ = ["access_url_undeliverable", "classify_document", "deliver_access_url", "enrich_document", "extract_text"]
