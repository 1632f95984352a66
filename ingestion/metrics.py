"""What the worker counts beyond Dramatiq's own metrics (messages, errors, retries, durations per actor): how
each pipeline step ends, and each callback delivery attempt. Labels are kinds and outcomes, never ids."""

from __future__ import annotations

from prometheus_client import Counter

STEP_OUTCOMES = Counter("clinigraph_document_step_outcomes", "How document pipeline steps ended.",
                        ["step", "outcome"])
CALLBACK_ATTEMPTS = Counter("clinigraph_callback_attempts", "Callback delivery attempts by what they left the "
                            "delivery: delivered, pending (to retry) or failed.", ["outcome"])
