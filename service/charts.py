"""Lab-trend charts as inline SVG, drawn by the service (no script, no CDN): values over time in the
canonical unit, the reference band, points marked by flag, each point focusable with its value and date
as its accessible name (a table of the same numbers sits beside it for screen readers and print)."""

from __future__ import annotations

from datetime import date
from html import escape

from schema.labs import MarkerSeries

WIDTH, HEIGHT = 560, 180
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 48, 12, 12, 28
FLAG_CLASS = {"N": "normal", "L": "low", "H": "high", "LL": "critical", "HH": "critical", "A": "high"}


def _x(day: date, first: date, last: date) -> float:
    span = max((last - first).days, 1)
    return PAD_LEFT + (day - first).days / span * (WIDTH - PAD_LEFT - PAD_RIGHT)


def _number(value: float, decimal: str) -> str:
    return f"{value:.4g}".replace(".", decimal)


def svg(series: MarkerSeries, language: str) -> str:
    """The chart of one marker's numeric results; empty when it has none."""
    points = [p for p in series.data_points if p.value is not None]
    if not points:
        return ""
    decimal = "," if language.startswith("pt") else "."
    low, high = series.reference_range.low, series.reference_range.high
    values = [p.value for p in points if p.value is not None] + [v for v in (low, high) if v is not None]
    bottom, top = min(values), max(values)
    if top == bottom:
        bottom, top = bottom - 1, top + 1
    margin = (top - bottom) * 0.1
    bottom, top = bottom - margin, top + margin
    first, last = points[0].date, points[-1].date

    def y(value: float) -> float:
        return PAD_TOP + (top - value) / (top - bottom) * (HEIGHT - PAD_TOP - PAD_BOTTOM)

    label = f"{series.marker_name} ({series.unit or ''})"
    parts = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="group" aria-label="{escape(label)}" '
             f'xmlns="http://www.w3.org/2000/svg">']
    if low is not None or high is not None:
        band_top, band_bottom = y(high if high is not None else top), y(low if low is not None else bottom)
        parts.append(f'<rect class="band" x="{PAD_LEFT}" y="{band_top:.1f}" width="{WIDTH - PAD_LEFT - PAD_RIGHT}" '
                     f'height="{max(band_bottom - band_top, 0):.1f}"/>')
    for value in (bottom + margin, top - margin):
        parts.append(f'<text class="axis" x="{PAD_LEFT - 6}" y="{y(value) + 4:.1f}" text-anchor="end">'
                     f'{_number(value, decimal)}</text>')
    for day in (first, last):
        parts.append(f'<text class="axis" x="{_x(day, first, last):.1f}" y="{HEIGHT - 8}" text-anchor="middle">'
                     f'{day.strftime("%d/%m/%Y") if decimal == "," else day.isoformat()}</text>')
    coordinates = " ".join(f"{_x(p.date, first, last):.1f},{y(p.value):.1f}" for p in points if p.value is not None)
    parts.append(f'<polyline class="line" points="{coordinates}"/>')
    for point in points:
        assert point.value is not None
        name = f"{_number(point.value, decimal)} {series.unit or ''} — " \
               f"{point.date.strftime('%d/%m/%Y') if decimal == ',' else point.date.isoformat()} ({point.flag})"
        parts.append(f'<circle class="point {FLAG_CLASS.get(point.flag, "normal")}" tabindex="0" role="img" '
                     f'aria-label="{escape(name)}" cx="{_x(point.date, first, last):.1f}" cy="{y(point.value):.1f}" '
                     f'r="5"><title>{escape(name)}</title></circle>')
    parts.append("</svg>")
    return "".join(parts)
