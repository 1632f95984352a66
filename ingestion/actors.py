"""Every actor the worker serves; importing this module declares them on the configured broker."""

from ingestion.callbacks import deliver_access_url, deliver_callback
from ingestion.documents import classify_document, enrich_document, extract_text, step_exhausted
from ingestion.interpretations import auto_interpret

__all__ = ["auto_interpret", "classify_document", "deliver_access_url", "deliver_callback", "enrich_document",
           "extract_text", "step_exhausted"]
