"""Tenants (medical centers) and their API keys; keys are stored only as SHA-256 hashes.

A tenant's webhook signing secret is the exception to storing secrets hashed: an HMAC is computed with
the secret itself, so it is kept as issued (and shown to the operator once)."""

from __future__ import annotations

import base64
import hashlib
import secrets
import uuid
from dataclasses import dataclass
from typing import Any, Literal

from graph.clock import now_ms
from graph.driver import GraphDriver

KEY_PREFIX = "dph_live_"
SECRET_PREFIX = "whsec_"  # Standard Webhooks' secret format: whsec_ + base64 of 24–64 random bytes
SECRET_BYTES = 32
Scope = Literal["emr", "analyst", "admin"]
SCOPES: tuple[Scope, ...] = ("emr", "analyst", "admin")  # each grants what those before it grant
DEFAULT_RATE_LIMIT = 600  # requests per minute per key, unless the tenant's own limit says otherwise


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
    allow_private_callback: bool = False
    access_url_days: int | None = None  # access URLs expire after this many days (None: never)
    callback_disabled_at: int | None = None  # the endpoint answered 410 Gone
    rate_limit: int = DEFAULT_RATE_LIMIT  # requests per minute per API key

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Tenant:
        return cls(
            id=row["id"], team_id=row["team_id"], name=row["name"],
            allow_ips=tuple(row.get("allow_ips") or ()), callback_url=row.get("callback_url"),
            timezone=row["timezone"], created_at=row["created_at"], language=row.get("language") or "pt-BR",
            allow_private_callback=bool(row.get("allow_private_callback")), access_url_days=row.get("access_url_days"),
            callback_disabled_at=row.get("callback_disabled_at"), rate_limit=row.get("rate_limit") or DEFAULT_RATE_LIMIT,
        )


@dataclass(frozen=True)
class IssuedKey:
    """A tenant with a key (and, when just made, its webhook signing secret) to be shown once."""

    tenant: Tenant
    api_key: str | None
    webhook_secret: str | None = None


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
    scope: Scope = "emr"

    def allows(self, needed: Scope) -> bool:
        return SCOPES.index(self.scope) >= SCOPES.index(needed)


def hash_key(api_key: str) -> str:
    # Keys carry 256 random bits, so a fast unsalted hash is safe and allows an indexed lookup.
    return hashlib.sha256(api_key.encode()).hexdigest()


def new_webhook_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def _key_params(scope: Scope, key_name: str | None) -> tuple[str, dict[str, Any]]:
    api_key = KEY_PREFIX + secrets.token_urlsafe(32)
    return api_key, {
        "key_id": str(uuid.uuid4()), "key_hash": hash_key(api_key), "key_prefix": api_key[:14], "now": now_ms(),
        "scope": scope, "key_name": key_name,
    }


def create(
    driver: GraphDriver, name: str, allow_ips: list[str], callback_url: str | None,
    callback_key: str | None, timezone: str, language: str = "pt-BR", allow_private_callback: bool = False,
    access_url_days: int | None = None, frame_ancestors: list[str] | None = None, llm_interpretations: bool = False,
    scope: Scope = "emr", rate_limit: int | None = None,
) -> IssuedKey:
    """`allow_ips` empty refuses every address on patient pages ("0.0.0.0/0" and "::/0" allow any). The first
    key has `scope`."""
    api_key, params = _key_params(scope, None)
    secret = new_webhook_secret()
    rows = driver.write(
        "tenants/create", name=name, id=str(uuid.uuid4()), team_id="team_" + secrets.token_hex(8),
        allow_ips=allow_ips, callback_url=callback_url, callback_key=callback_key, timezone=timezone, language=language,
        webhook_secret=secret, allow_private_callback=allow_private_callback, access_url_days=access_url_days,
        frame_ancestors=frame_ancestors or [], llm_interpretations=llm_interpretations, rate_limit=rate_limit, **params,
    )
    if not rows:
        raise TenantExists(f"tenant {name!r} already exists")
    return IssuedKey(Tenant.from_row(rows[0]["tenant"]), api_key, secret)


@dataclass(frozen=True)
class TenantChanges:
    """What `tenant update` changes; None keeps the current value."""

    callback_url: str | None = None
    callback_key: str | None = None
    allow_private_callback: bool | None = None
    allow_ips: list[str] | None = None
    access_url_days: int | None = None
    language: str | None = None
    frame_ancestors: list[str] | None = None
    llm_interpretations: bool | None = None
    rate_limit: int | None = None


def update(driver: GraphDriver, name: str, changes: TenantChanges) -> Tenant:
    rows = driver.write("tenants/update", name=name, now=now_ms(), **vars(changes))
    if not rows:
        raise TenantNotFound(f"no tenant named {name!r}")
    return Tenant.from_row(rows[0]["tenant"])


def get(driver: GraphDriver, name: str) -> Tenant:
    found = [listing.tenant for listing in list_all(driver) if listing.tenant.name == name]
    if not found:
        raise TenantNotFound(f"no tenant named {name!r}")
    return found[0]


def rotate_webhook_secret(driver: GraphDriver, name: str, grace_ms: int) -> IssuedKey:
    """A new signing secret; the previous one still signs (beside it) for `grace_ms`."""
    secret = new_webhook_secret()
    now = now_ms()
    rows = driver.write("tenants/rotate_webhook_secret", name=name, secret=secret, previous_until=now + grace_ms,
                        now=now)
    if not rows:
        raise TenantNotFound(f"no tenant named {name!r}")
    return IssuedKey(Tenant.from_row(rows[0]["tenant"]), None, secret)


def rotate_key(driver: GraphDriver, name: str, scope: Scope = "emr") -> IssuedKey:
    """Issue a new key and revoke every other key of the tenant in the same statement."""
    api_key, params = _key_params(scope, None)
    rows = driver.write("tenants/rotate_key", name=name, **params)
    if not rows:
        raise TenantNotFound(f"no tenant named {name!r}")
    return IssuedKey(Tenant.from_row(rows[0]["tenant"]), api_key)


def create_key(driver: GraphDriver, name: str, scope: Scope, key_name: str | None = None) -> IssuedKey:
    """Another key for the tenant, its others kept."""
    api_key, params = _key_params(scope, key_name)
    rows = driver.write("tenants/create_key", name=name, **params)
    if not rows:
        raise TenantNotFound(f"no tenant named {name!r}")
    return IssuedKey(Tenant.from_row(rows[0]["tenant"]), api_key)


def list_all(driver: GraphDriver) -> list[TenantListing]:
    return [
        TenantListing(Tenant.from_row(row["tenant"]), tuple(row["key_prefixes"]), row["patients"])
        for row in driver.read("tenants/list")
    ]
