"""Graph rows (maps returned by `n {.*}`) into the dataclasses the rest of the code uses."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

T = TypeVar("T")


def from_row(kind: type[T], row: dict[str, Any]) -> T:
    """Missing properties (FalkorDB drops null ones) become None; extra ones are ignored."""
    return kind(**{field.name: row.get(field.name) for field in fields(kind)})  # type: ignore[arg-type]
