"""Callback deliveries as the partner (`GET /v1/callbacks`) and the operator see them."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from schema.pagination import PageQuery
from schema.query import QueryBool

DeliveryStatus = Literal["pending", "sending", "delivered", "failed", "cancelled"]


class CallbackAttempt(BaseModel):
    number: int
    at: dt.datetime
    url: str | None
    status_code: int | None = Field(description="The endpoint's answer; null when it could not be reached.")
    latency_ms: int | None
    error: str | None


class CallbackDelivery(BaseModel):
    id: str = Field(description="Also the `webhook-id` header: the same on every attempt (an idempotency key).")
    kind: Literal["access_url"]
    patient_id: str = Field(description="Internal patient UUID.")
    partner_patient_id: str | None = Field(description="The `patient_id` sent in the body.")
    status: DeliveryStatus
    attempts: int
    created_at: dt.datetime
    updated_at: dt.datetime
    delivered_at: dt.datetime | None
    next_attempt_at: dt.datetime | None
    last_status_code: int | None
    last_error: str | None
    attempt_log: list[CallbackAttempt]


class CallbackQuery(PageQuery):
    failed: QueryBool = Field(default=False, description="Only failed deliveries.")


class CallbackPage(BaseModel):
    callbacks: list[CallbackDelivery]
    total: int
    limit: int
    offset: int


class AccessUrlRotated(BaseModel):
    """202: the old URL no longer opens the page; the new one is on its way to the callback."""

    patient_id: str
    delivery_id: str
    status: DeliveryStatus
    message: str
