"""When a patient's first interpretation is due automatically: 12:00 in the center's time zone on the
calendar day after the patient was created (the seed's rule). The zone's rules decide the instant, so a
daylight-saving day is handled by the zone, not by adding 24 hours."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

AUTO_TIME = time(12, 0)


def auto_interpretation_at(created_at_ms: int, timezone: str) -> datetime:
    zone = ZoneInfo(timezone)
    created = datetime.fromtimestamp(created_at_ms / 1000, tz=zone)
    return datetime.combine(created.date() + timedelta(days=1), AUTO_TIME, tzinfo=zone)
