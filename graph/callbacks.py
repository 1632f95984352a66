"""Callbacks to a tenant's endpoint (today: each patient's access URL), with a log of every attempt.

A delivery is claimed in the graph before each POST, so concurrent workers never both send it, and a
claim left by a crashed worker goes stale and may be taken again. An access URL's token exists in clear
only on its delivery, until the partner has it; the patient keeps its SHA-256 hash.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from typing import Any

from graph.clock import now_ms
from graph.driver import GraphDriver

CLAIM_STALE_MS = 5 * 60 * 1000
TOKEN_BYTES = 24  # 192 random bits


def hash_token(token: str) -> str:
    # Tokens carry 192 random bits: a fast unsalted hash is safe and allows an indexed lookup.
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Claimed:
    """One attempt's worth of a delivery: where to, what, and how to sign it."""

    id: str
    tenant_id: str
    patient_id: str
    attempt: int
    url: str | None  # the tenant's endpoint now (None: removed since)
    body: dict[str, Any]
    callback_key: str | None
    secrets: list[str]
    allow_private: bool
    disabled: bool  # the endpoint answered 410 earlier


def issue_access_url(driver: GraphDriver, tenant_id: str, patient_id: str, public_url: str,
                     rotate: bool = False) -> str | None:
    """A new access token for the patient and its delivery; the delivery id, or None when there is nothing to
    issue (no callback configured, or — unless rotating — already issued)."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    rows = driver.write("callbacks/issue_access_url", tenant_id=tenant_id, patient_id=patient_id,
                        token=token, token_hash=hash_token(token), public_url=public_url.rstrip("/"),
                        delivery_id=str(uuid.uuid4()), rotate=rotate, now=now_ms())
    return rows[0]["delivery_id"] if rows else None


def claim(driver: GraphDriver, delivery_id: str) -> Claimed | None:
    """The attempt to make, or None when the delivery is settled, not due, or being made by someone else."""
    now = now_ms()
    rows = driver.write("callbacks/claim", delivery_id=delivery_id, now=now, stale_before=now - CLAIM_STALE_MS)
    if not rows:
        return None
    row = rows[0]
    delivery = row["delivery"]
    return Claimed(
        id=delivery["id"], tenant_id=delivery["tenant_id"], patient_id=delivery["patient_id"],
        attempt=delivery["attempts"], url=row["url"],
        body={"patient_id": delivery["partner_patient_id"], "access_url": delivery["access_url"]},
        callback_key=row["callback_key"], secrets=[s for s in (row["secret"], row["previous_secret"]) if s],
        allow_private=bool(row["allow_private"]), disabled=row["disabled_at"] is not None,
    )


@dataclass(frozen=True)
class Outcome:
    status: str  # delivered | pending | failed
    url: str | None = None
    status_code: int | None = None
    latency_ms: int | None = None
    error: str | None = None
    next_attempt_at: int | None = None
    disable: bool = False  # the endpoint answered 410 Gone


def settle(driver: GraphDriver, delivery_id: str, outcome: Outcome) -> None:
    driver.write("callbacks/settle", delivery_id=delivery_id, now=now_ms(), **vars(outcome))


@dataclass(frozen=True)
class Resend:
    requeued: bool  # False: the delivery settled and no longer holds its URL (a new one must be issued)
    status: str
    kind: str
    tenant_id: str
    patient_id: str


def resend(driver: GraphDriver, delivery_id: str, tenant_id: str | None = None) -> Resend | None:
    rows = driver.write("callbacks/resend", delivery_id=delivery_id, tenant_id=tenant_id, now=now_ms())
    if not rows:
        return None
    row = rows[0]
    return Resend(bool(row["requeued"]), row["status"], row["kind"], row["tenant_id"], row["patient_id"])


def due(driver: GraphDriver, grace_ms: int = 60_000, limit: int = 500) -> list[str]:
    """Deliveries whose message was lost (due for longer than the grace period) or whose worker died."""
    now = now_ms()
    rows = driver.read("callbacks/due", due_before=now - grace_ms, stale_before=now - CLAIM_STALE_MS, limit=limit)
    return [row["delivery_id"] for row in rows]


def undelivered_patients(driver: GraphDriver, grace_ms: int = 60_000, limit: int = 500) -> list[tuple[str, str]]:
    """(tenant, patient) whose first access URL was never issued (the broker was down when they were created)."""
    rows = driver.read("patients/access_url_due", created_before=now_ms() - grace_ms, limit=limit)
    return [(row["tenant_id"], row["patient_id"]) for row in rows]


@dataclass(frozen=True)
class Listed:
    tenant_name: str
    delivery: dict[str, Any]
    attempts: list[dict[str, Any]]


def page(driver: GraphDriver, tenant_id: str | None, failed_only: bool, limit: int,
         offset: int) -> tuple[list[Listed], int]:
    rows = driver.read("callbacks/page", tenant_id=tenant_id, failed_only=failed_only, limit=limit, offset=offset)
    if not rows:
        return [], 0
    # FalkorDB collects a map projection of an unmatched OPTIONAL MATCH as a map of nulls: no attempt yet.
    listed = [Listed(item["row"]["tenant"], item["row"]["delivery"],
                     [attempt for attempt in item["attempts"] if attempt.get("number") is not None])
              for item in rows[0]["deliveries"] if item is not None]
    listed.sort(key=lambda item: (-item.delivery["created_at"], item.delivery["id"]))
    return listed, rows[0]["total"]
