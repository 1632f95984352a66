"""Tenant administration (CLI) input and output."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID
from zoneinfo import available_timezones

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, IPvAnyNetwork, field_validator

Language = Literal["pt-BR", "en"]


class TenantCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=100, pattern=r"^[\w][\w .@&'-]*$")
    allow_ips: list[IPvAnyNetwork] = Field(
        default_factory=list, description="CIDRs allowed to open patient pages; empty refuses every address "
                                          "(`any` allows all)."
    )
    callback_url: AnyHttpUrl | None = None
    callback_key: str | None = Field(default=None, min_length=1, max_length=512)
    timezone: str = "UTC"
    language: Language = "pt-BR"
    allow_private_callback: bool = False
    access_url_days: int | None = Field(default=None, ge=1, le=3650)
    frame_ancestors: list[Annotated[str, Field(pattern=r"^https://[A-Za-z0-9.-]+(:\d+)?$")]] = Field(
        default_factory=list, description="Origins (https://host[:port]) allowed to show patient pages in a frame.")

    @field_validator("allow_ips", mode="before")
    @classmethod
    def any_address(cls, value: object) -> object:
        """`any` is the explicit way to open pages to every address."""
        if isinstance(value, list) and "any" in value:
            return [item for item in value if item != "any"] + ["0.0.0.0/0", "::/0"]
        return value

    @field_validator("timezone")
    @classmethod
    def known_timezone(cls, value: str) -> str:
        if value not in available_timezones():
            raise ValueError(f"unknown time zone {value!r} (use an IANA name such as America/Sao_Paulo)")
        return value


class TenantIssued(BaseModel):
    """Printed once by `tenant create` / `rotate-key` / `rotate-webhook-secret`: the key is not stored in clear,
    and the webhook secret is shown only here."""

    tenant_id: UUID
    team_id: str
    name: str
    api_key: str | None = None
    webhook_secret: str | None = None


class TenantSummary(BaseModel):
    tenant_id: UUID
    team_id: str
    name: str
    allow_ips: list[str]
    callback_url: str | None
    timezone: str
    language: str
    allow_private_callback: bool
    access_url_days: int | None
    callback_disabled: bool
    active_key_prefixes: list[str]
    patients: int
