"""Patients, always read and written under one tenant."""

from __future__ import annotations

import secrets
import string
import uuid
from dataclasses import dataclass
from datetime import date

from graph.callbacks import hash_token
from graph.clock import now_ms
from graph.driver import GraphDriver
from graph.rows import from_row

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_PREFIX = "pat_"
TOKEN_LENGTH = 22


@dataclass(frozen=True)
class Patient:
    id: str
    tenant_id: str
    token: str
    external_id: str | None
    birth_date: date | None
    sex: str | None
    access_url_status: str
    created_at: int
    updated_at: int
    interpreted_at: int | None = None  # its first interpretation (the automatic one is due until then)

    def age_on(self, today: date) -> int | None:
        """Whole years; None without a birth date."""
        if self.birth_date is None:
            return None
        birth = self.birth_date
        return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def new_token() -> str:
    """`pat_` + 22 base62 characters (~131 random bits): opaque, unguessable, URL-safe."""
    return TOKEN_PREFIX + "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))


def is_token(ref: str) -> bool:
    body = ref[len(TOKEN_PREFIX):]
    return ref.startswith(TOKEN_PREFIX) and len(body) == TOKEN_LENGTH and all(c in TOKEN_ALPHABET for c in body)


def create(
    driver: GraphDriver, tenant_id: str, external_id: str | None, birth_date: date | None, sex: str | None,
) -> tuple[Patient, bool]:
    """The new patient and True, or the tenant's patient with that external id and False."""
    statement = "patients/create" if external_id is None else "patients/create_with_external_id"
    rows = driver.write(
        statement, tenant_id=tenant_id, external_id=external_id, id=str(uuid.uuid4()), token=new_token(),
        birth_date=birth_date.isoformat() if birth_date else None,
        sex=sex, now=now_ms(),
    )
    if not rows:
        raise LookupError(f"tenant {tenant_id} does not exist")
    return from_row(Patient, rows[0]["patient"]), bool(rows[0]["created"])


@dataclass(frozen=True)
class PageTenant:
    """Who may open a tenant's patient pages, known before any token is looked up."""

    id: str
    name: str
    allow_ips: tuple[str, ...]
    timezone: str
    language: str
    frame_ancestors: tuple[str, ...] = ()  # origins allowed to frame its pages (its EMR)


def page_tenant(driver: GraphDriver, team_id: str) -> PageTenant | None:
    rows = driver.read("patients/page_tenant", team_id=team_id)
    if not rows:
        return None
    row = rows[0]
    return PageTenant(row["id"], row["name"], tuple(row["allow_ips"] or ()), row["timezone"], row["language"] or "pt-BR",
                      tuple(row.get("frame_ancestors") or ()))


@dataclass(frozen=True)
class PageAccess:
    patient: Patient
    expires_at: int | None  # epoch ms; None: no expiry


def by_access_token(driver: GraphDriver, tenant_id: str, access_token: str) -> PageAccess | None:
    """The tenant's patient whose access token this is (its hash is what is stored)."""
    rows = driver.read("patients/by_access_token", tenant_id=tenant_id, token_hash=hash_token(access_token))
    if not rows:
        return None
    return PageAccess(from_row(Patient, rows[0]["patient"]), rows[0]["expires_at"])


def page(
    driver: GraphDriver, tenant_id: str, limit: int, offset: int, external_id: str | None = None,
) -> tuple[list[Patient], int]:
    rows = driver.read("patients/page", tenant_id=tenant_id, limit=limit, offset=offset, external_id=external_id)
    if not rows:
        return [], 0
    return [from_row(Patient, p) for p in rows[0]["page"]], rows[0]["total"]
