"""The clinician's patient page, assembled from the graph: header, attention first, Health History,
clinical context, lab trends (charts and tables), interpretations. Every part is a view of the same
graph the API serves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from graph import context, interpretations, labs, records
from graph.clock import from_ms, months_before
from graph.driver import GraphDriver
from graph.patients import PageTenant, Patient
from ingestion.interpreting import facts_of
from ingestion.schedule import auto_interpretation_at
from nlp.interpretation import rules
from nlp.interpretation.inputs import PatientHistory
from schema.context import PatientContext
from schema.health_history import HealthRecord
from schema.labs import MarkerSeries
from service import charts, health_history, lab_panels, lab_series, patient_context

RECENT_MONTHS = 12
HISTORY_PAGE = 50  # records per page of the timeline, newest first; older ones a link away
LAB_PERIODS = (12, 24, 60, 120)  # months of lab trends the page offers; the first is the default, as in lab-trends


@dataclass(frozen=True)
class Chart:
    series: MarkerSeries
    svg: str


@dataclass(frozen=True)
class PageView:
    patient: Patient
    tenant: PageTenant
    age: int | None
    records: int
    last_update: str | None
    history: list[HealthRecord]
    history_offset: int
    lab_months: int
    context: PatientContext
    panels: list[tuple[str, list[Chart]]]  # lab charts grouped by panel
    conflicts: list[dict[str, Any]]  # the rules' drug-allergy and duplicate-therapy statements, live
    interpretations: list[dict[str, Any]]  # newest first
    latest: dict[str, Any] | None  # the newest interpretation, with its sections
    can_generate: bool
    auto_at: datetime | None


def build(graph: GraphDriver, tenant: PageTenant, patient: Patient, lab_months: int = LAB_PERIODS[0],
          history_offset: int = 0, interpretation_id: str | None = None) -> PageView:
    """`interpretation_id`: the one to open (one of the patient's), else the newest."""
    now = datetime.now(UTC)
    zone = ZoneInfo(tenant.timezone)
    found = records.history(graph, tenant.id, patient.id, HISTORY_PAGE, history_offset, None, None, None, False)
    entries = [health_history.record(entry, found.first_seen, tenant.language, tenant.timezone)
               for entry in found.entries]
    rows = context.facts(graph, tenant.id, patient.id, months_before(now, RECENT_MONTHS))
    results = labs.results(graph, tenant.id, patient.id, months_before(now, lab_months), None)
    listing = interpretations.page(graph, tenant.id, patient.id)
    latest = None
    if listing.interpretations:
        ids = [i["id"] for i in listing.interpretations]
        chosen = interpretation_id if interpretation_id in ids else ids[0]
        got = interpretations.get(graph, tenant.id, patient.id, chosen)
        latest = got[0] | {"covers_latest": got[1] == got[0]["covered_key"]} if got else None
    history = PatientHistory(sex=patient.sex, birth_date=patient.birth_date, facts=facts_of(rows), labs=[],
                             now=now.astimezone(zone))
    conflicts = [vars(f) for f in rules.conflicts(history, rules.Writer(tenant.language, zone))]
    last = max((e.received_at for e in entries), default=None)
    return PageView(
        patient=patient, tenant=tenant, age=patient.age_on(date.today()), records=found.total,
        last_update=last.astimezone(zone).strftime("%Y-%m-%d %H:%M") if last else None, history=entries,
        history_offset=history_offset, lab_months=lab_months,
        context=patient_context.build(patient, rows, RECENT_MONTHS, now),
        panels=lab_panels.grouped([Chart(s, charts.svg(s, tenant.language)) for s in lab_series.series(results)],
                                  lambda chart: chart.series.marker_key, tenant.language),
        conflicts=conflicts,
        interpretations=[i | {"covers_latest": i["covered_key"] == listing.current_key,
                              "created": from_ms(i["created_at"]).astimezone(zone).strftime("%Y-%m-%d %H:%M")}
                         for i in listing.interpretations],
        latest=latest, can_generate=not listing.interpretations or
        listing.interpretations[0]["covered_key"] != listing.current_key,
        auto_at=None if patient.interpreted_at is not None or listing.interpretations
        else auto_interpretation_at(patient.created_at, tenant.timezone),
    )
