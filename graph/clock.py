"""Timestamps are stored as epoch milliseconds: exact, sortable and identical on both engines."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

from dateutil.relativedelta import relativedelta


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def from_ms(value: int | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value / 1000, tz=UTC)


def to_ms(value: datetime) -> int:
    """A moment as epoch milliseconds; a naive datetime is taken as UTC."""
    return int((value if value.tzinfo else value.replace(tzinfo=UTC)).timestamp() * 1000)


def day_ms(day: date) -> int:
    """A printed calendar date as midnight UTC."""
    return to_ms(datetime(day.year, day.month, day.day, tzinfo=UTC))


def months_before(moment: datetime, months: int) -> int:
    """The start of a window of calendar `months` ending at `moment`, as epoch milliseconds."""
    return to_ms(moment - relativedelta(months=months))
