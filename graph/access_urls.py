"""Delivery state of each patient's access URL to the partner's callback (sent once, at creation).

A delivery is claimed in the graph before the POST, so concurrent workers never both send it; a
claim left by a crashed worker goes stale and may be taken again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from graph.clock import now_ms
from graph.driver import GraphDriver

CLAIM_STALE_MS = 5 * 60 * 1000


@dataclass(frozen=True)
class DeliveryTarget:
    partner_patient_id: str  # the center's own id when it gave one, else our opaque token
    access_token: str
    callback_url: str
    callback_key: str | None


def claim(driver: GraphDriver, tenant_id: str, patient_id: str) -> DeliveryTarget | None:
    """The delivery to make, or None when it is done, not configured or being made by someone else."""
    now = now_ms()
    rows = driver.write("patients/claim_access_url", tenant_id=tenant_id, patient_id=patient_id, now=now,
                        stale_before=now - CLAIM_STALE_MS)
    if not rows:
        return None
    row = rows[0]
    return DeliveryTarget(row["external_id"] or row["token"], row["access_token"], row["callback_url"], row["callback_key"])


def settle(
    driver: GraphDriver, tenant_id: str, patient_id: str, status: Literal["sent", "pending", "failed"], error: str | None = None,
) -> None:
    driver.write("patients/settle_access_url", tenant_id=tenant_id, patient_id=patient_id, status=status, error=error, now=now_ms())


def due(driver: GraphDriver, grace_ms: int = 60_000, limit: int = 500) -> list[tuple[str, str]]:
    """(tenant id, patient id) of deliveries never enqueued (broker down at creation) or whose claim went stale."""
    now = now_ms()
    rows = driver.read(
        "patients/access_url_due", created_before=now - grace_ms, stale_before=now - CLAIM_STALE_MS, limit=limit,
    )
    return [(row["tenant_id"], row["patient_id"]) for row in rows]
