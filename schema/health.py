"""Liveness and readiness bodies."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

ComponentState = Literal["ok", "unavailable"]


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Readiness(BaseModel):
    status: Literal["ready", "unavailable"]
    graph: ComponentState
    broker: ComponentState
    search: Literal["ok", "loading"]  # the query embedder, loaded in the background at start
