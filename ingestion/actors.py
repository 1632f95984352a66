"""Every actor the worker serves; importing this module declares them on the configured broker."""

from ingestion.access_urls import access_url_undeliverable, deliver_access_url

__all__ = ["access_url_undeliverable", "deliver_access_url"]
