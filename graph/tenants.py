"""Tenants (medical centers) and their API keys; keys are stored only as SHA-256 hashes."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from typing import Any

from graph.clock import now_ms
from graph.driver import GraphDriver

KEY_PREFIX = "dph_live_"


class TenantExists(Exception):
    """A tenant of that name already exists."""


class TenantNotFound(Exception):
    """No tenant of that name."""


@dataclass(frozen=True)
class Tenant:
    id: str
    team_id: str
    name: str
    allow_ips: tuple[str, ...]
    callback_url: str | None
    timezone: str
    created_at: int
    language: str = "pt-BR"  # of what the service writes for the center's people (summaries, pages)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Tenant:
        return cls(
            id=row["id"], team_id=row["team_id"], name=row["name"],
            allow_ips=tuple(row.get("allow_ips") or ()), callback_url=row.get("callback_url"),
            timezone=row["timezone"], created_at=row["created_at"], language=row.get("language") or "pt-BR",
        )


@dataclass(frozen=True)
class IssuedKey:
    """A tenant with a key that exists in clear only here, to be shown once."""

    tenant: Tenant
    api_key: str


@dataclass(frozen=True)
class TenantListing:
    tenant: Tenant
    key_prefixes: tuple[str, ...]
    patients: int


@dataclass(frozen=True)
class Caller:
    """Who an authenticated request comes from."""

    tenant: Tenant
    key_id: str


def hash_key(api_key: str) -> str:
    # Keys carry 256 random bits, so a fast unsalted hash is safe and allows an indexed lookup.
    return hashlib.sha256(api_key.encode()).hexdigest()


def _key_params() -> tuple[str, dict[str, Any]]:
    api_key = KEY_PREFIX + secrets.token_urlsafe(32)
    return api_key, {
        "key_id": str(uuid.uuid4()), "key_hash": hash_key(api_key), "key_prefix": api_key[:14], "now": now_ms(),
    }


def create(
    driver: GraphDriver, name: str, allow_ips: list[str], callback_url: str | None,
    callback_key: str | None, timezone: str, language: str = "pt-BR",
) -> IssuedKey:
    api_key, params = _key_params()
    rows = driver.write(
        "tenants/create", name=name, id=str(uuid.uuid4()), team_id="team_" + secrets.token_hex(8),
        allow_ips=allow_ips, callback_url=callback_url, callback_key=callback_key, timezone=timezone, language=language,
        **params,
    )
    if not rows:
        raise TenantExists(f"tenant {name!r} already exists")
    return IssuedKey(Tenant.from_row(rows[0]["tenant"]), api_key)


def rotate_key(driver: GraphDriver, name: str) -> IssuedKey:
    """Issue a new key and revoke every other key of the tenant in the same statement."""
    api_key, params = _key_params()
    rows = driver.write("tenants/rotate_key", name=name, **params)
    if not rows:
        raise TenantNotFound(f"no tenant named {name!r}")
    return IssuedKey(Tenant.from_row(rows[0]["tenant"]), api_key)


def list_all(driver: GraphDriver) -> list[TenantListing]:
    return [
        TenantListing(Tenant.from_row(row["tenant"]), tuple(row["key_prefixes"]), row["patients"])
        for row in driver.read("tenants/list")
    ]
