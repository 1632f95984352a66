"""Paging parameters shared by every list endpoint."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class PageQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    limit: int = Field(default=20, ge=1, le=100, description="Page size (1–100).")
    offset: int = Field(default=0, ge=0, description="Pagination offset.")
