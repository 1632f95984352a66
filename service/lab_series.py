"""Lab results grouped into one series per marker, with a trend: for lab-trends and the summary."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from graph.clock import from_ms
from nlp.labs.catalog import display_name
from nlp.labs.trend import trend
from schema.labs import DataPoint, Extreme, MarkerSeries, ReferenceRange


def series(rows: list[dict[str, Any]]) -> list[MarkerSeries]:
    """`graph.labs.results` rows (ordered by marker, then date) → one series per marker."""
    return [_series(list(group)) for _, group in groupby(rows, key=lambda row: row["marker_key"])]


def _point(row: dict[str, Any]) -> DataPoint:
    return DataPoint(
        date=from_ms(row["observed_at"]).date(), value=row.get("canonical_value"),
        original_value=row.get("value_text") or "", original_unit=row.get("unit"),
        comparator=row.get("comparator"), unconverted=bool(row.get("unconverted")),
        flag=row.get("flag") or "N", computed_flag=row.get("computed_flag"),
        flag_corrected=bool(row.get("flag_corrected")),
        reference_range=ReferenceRange(low=row.get("canonical_low"), high=row.get("canonical_high"),
                                       text=row.get("ref_text")),
        needs_review=bool(row.get("needs_review")), document_id=row["document_id"], result_id=row["id"])


def _series(rows: list[dict[str, Any]]) -> MarkerSeries:
    points = [_point(row) for row in rows]
    numeric = [(row["observed_at"], p.value, p.date) for row, p in zip(rows, points, strict=True)
               if p.value is not None]
    found = trend([t for t, _, _ in numeric], [value for _, value, _ in numeric])
    extremes = [Extreme(value=value, date=day) for _, value, day in numeric]
    latest = rows[-1]
    ranges = {(p.reference_range.low, p.reference_range.high) for p in points}
    return MarkerSeries(
        marker_key=latest["marker_key"], marker_name=display_name(latest["marker_key"], latest.get("language")),
        loinc=latest["loinc"], unit=latest.get("canonical_unit"),
        trend=found.direction, slope_per_month=found.slope_per_month, p_value=found.p_value,
        reference_range=points[-1].reference_range, reference_range_changed=len(ranges) > 1,
        latest=extremes[-1] if extremes else None,
        min=min(extremes, key=lambda e: e.value) if extremes else None,
        max=max(extremes, key=lambda e: e.value) if extremes else None, data_points=points)
