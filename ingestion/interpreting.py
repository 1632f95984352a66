"""Interpretation reports, generated from the patient's whole current graph (deterministic rules in
nlp/interpretation) and stored only while allowed: by hand (API, page) when a record was added or replaced
since the last one, automatically when the patient has none yet (exactly one, however many workers race;
a manual one before 12:00 cancels it). No broker here: the API calls it too."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from graph import interpretations
from graph.clock import now_ms
from graph.driver import GraphDriver
from graph.interpretations import NewInterpretation
from ingestion.interpretation_narrative import Sentence, narrative
from ingestion.llm import LlmEndpoint
from ingestion.schedule import auto_interpretation_at
from nlp.interpretation.inputs import Fact, Lab, PatientHistory
from nlp.interpretation.report import Report, build

GENERATOR = "rules-v1"
# Created at 23:59:59 → due 12 h later at the soonest, 11 h where the zone skips an hour that night.
EARLIEST_DUE_MS = 11 * 3_600_000
REQUEUE_MS = 15 * 60_000  # a patient handed to the workers is not handed again before this, unless still due


def facts_of(rows: list[dict[str, Any]]) -> list[Fact]:
    """Graph fact rows (interpretation inputs, or the context's) as the rules read them."""
    return [Fact(id=f["id"], kind=f["kind"], name=f.get("name") or "", concept_key=f.get("concept_key") or f["id"],
                 code_system=f.get("code_system"), code=f.get("code"), status=f.get("status") or "present",
                 observed_at=f.get("observed_at") or 0, dose=f.get("dose"), frequency=f.get("frequency"),
                 reaction=f.get("reaction"), medication_status=f.get("medication_status"))
            for f in rows if f.get("kind") != "lab_result"]


def history_of(found: interpretations.Inputs, moment: int) -> PatientHistory:
    """The rules' view of the patient at `moment` (epoch ms), in the center's time zone."""
    zone = ZoneInfo(found.timezone)
    return PatientHistory(
        sex=found.sex, birth_date=_day(found.birth_date), now=datetime.fromtimestamp(moment / 1000, tz=zone),
        facts=facts_of(found.facts),
        labs=[Lab(id=r["id"], marker_key=r["marker_key"], value=r.get("canonical_value"),
                  unit=r.get("canonical_unit"), value_text=r.get("value_text") or "", flag=r.get("flag") or "N",
                  low=r.get("canonical_low"), high=r.get("canonical_high"), observed_at=r.get("observed_at") or 0)
              for r in found.labs],
    )


@dataclass(frozen=True)
class Draft:
    """An interpretation built from the graph, before the optional model-written section and the store."""

    tenant_id: str
    patient_id: str
    trigger: str
    requested_by: str
    found: interpretations.Inputs
    report: Report
    moment: int
    started: float

    def wants_model(self, llm: LlmEndpoint | None) -> bool:
        return llm is not None and self.found.llm_interpretations


def draft(driver: GraphDriver, tenant_id: str, patient_id: str, trigger: str, requested_by: str,
          now: int | None = None) -> Draft | None:
    """The rules' report on the patient's current graph; None when the patient is unknown or it is not allowed
    now (checked before any work or model call; `store` checks again, atomically)."""
    started = time.perf_counter()
    if not allowed(driver, tenant_id, patient_id, trigger):
        return None
    found = interpretations.inputs(driver, tenant_id, patient_id)
    if found is None:
        return None
    moment = now if now is not None else now_ms()
    report = build(history_of(found, moment), found.language, ZoneInfo(found.timezone), records=len(found.covered))
    return Draft(tenant_id, patient_id, trigger, requested_by, found, report, moment, started)


def store(driver: GraphDriver, made: Draft, written: list[Sentence] | None, model: str | None) -> dict[str, Any] | None:
    """Store the draft, its interpretation section written by `model` when `written` (every sentence cited)."""
    sections = {name: [asdict(s) for s in statements] for name, statements in made.report.sections.items()}
    generator = GENERATOR
    if written:
        sections["interpretation"] = [{"text": s.text, "cites": list(s.cites), "rule": "llm", "severity": None,
                                       "source": f"{model} (every sentence cites the statements above)"}
                                      for s in written]
        generator = f"{GENERATOR}+llm:{model}"
    found = made.found
    return interpretations.create(driver, NewInterpretation(
        tenant_id=made.tenant_id, patient_id=made.patient_id, trigger=made.trigger, requested_by=made.requested_by,
        generator=generator, generation_time_ms=int((time.perf_counter() - made.started) * 1000),
        language=found.language, covered=found.covered, records=len(found.covered), findings=made.report.findings,
        sections=sections,
    ), made.moment)


def generate(driver: GraphDriver, tenant_id: str, patient_id: str, trigger: str, requested_by: str,
             now: int | None = None, llm: LlmEndpoint | None = None) -> dict[str, Any] | None:
    """Build and store one interpretation (the workers' path: the model is waited for on this thread); None when
    the patient is unknown or it is not allowed now."""
    made = draft(driver, tenant_id, patient_id, trigger, requested_by, now)
    if made is None:
        return None
    written = narrative(llm, made.report, made.found.language) if llm and made.wants_model(llm) else None
    return store(driver, made, written, llm.model if llm else None)


def allowed(driver: GraphDriver, tenant_id: str, patient_id: str, trigger: str) -> bool:
    """Whether an interpretation may be made now: automatic only before any, manual when records changed."""
    listing = interpretations.page(driver, tenant_id, patient_id)
    if not listing.interpretations:
        return True
    return trigger == "manual" and listing.interpretations[0]["covered_key"] != listing.current_key


def _day(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def overdue(driver: GraphDriver, now: int) -> list[tuple[str, str]]:
    """(tenant, patient) whose automatic interpretation is due at `now`, not made yet and not handed to the
    workers in the last REQUEUE_MS; they are marked as handed over."""
    due = [(row["tenant_id"], row["patient_id"])
           for row in interpretations.awaiting(driver, now - EARLIEST_DUE_MS, now - REQUEUE_MS)
           if auto_interpretation_at(row["created_at"], row["timezone"]).timestamp() * 1000 <= now]
    if due:
        interpretations.mark_queued(driver, [patient_id for _, patient_id in due], now)
    return due
