"""Interpretation reports, generated from the patient's whole current graph (deterministic rules in
nlp/interpretation) and stored only while allowed: by hand (API, page) when a record was added or replaced
since the last one, automatically when the patient has none yet (exactly one, however many workers race;
a manual one before 12:00 cancels it). No broker here: the API calls it too."""

from __future__ import annotations

import time
from dataclasses import asdict
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from graph import interpretations
from graph.clock import now_ms
from graph.driver import GraphDriver
from graph.interpretations import NewInterpretation
from ingestion.interpretation_narrative import narrative
from ingestion.llm import LlmEndpoint
from ingestion.schedule import auto_interpretation_at
from nlp.interpretation.inputs import Fact, Lab, PatientHistory
from nlp.interpretation.report import build

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


def generate(driver: GraphDriver, tenant_id: str, patient_id: str, trigger: str, requested_by: str,
             now: int | None = None, llm: LlmEndpoint | None = None) -> dict[str, Any] | None:
    """Build and store one interpretation; None when the patient is unknown or it is not allowed now. With
    `llm` and the tenant's opt-in, a model writes the interpretation section (kept only if every sentence
    cites offered ids)."""
    started = time.perf_counter()
    if not allowed(driver, tenant_id, patient_id, trigger):
        return None  # before any work (and any model call): the write below checks again, atomically
    found = interpretations.inputs(driver, tenant_id, patient_id)
    if found is None:
        return None
    moment = now if now is not None else now_ms()
    report = build(history_of(found, moment), found.language, ZoneInfo(found.timezone), records=len(found.covered))
    sections = {name: [asdict(s) for s in statements] for name, statements in report.sections.items()}
    generator = GENERATOR
    if llm is not None and found.llm_interpretations and (written := narrative(llm, report, found.language)):
        sections["interpretation"] = [{"text": s.text, "cites": list(s.cites), "rule": "llm", "severity": None,
                                       "source": f"{llm.model} (every sentence cites the statements above)"}
                                      for s in written]
        generator = f"{GENERATOR}+llm:{llm.model}"
    return interpretations.create(driver, NewInterpretation(
        tenant_id=tenant_id, patient_id=patient_id, trigger=trigger, requested_by=requested_by, generator=generator,
        generation_time_ms=int((time.perf_counter() - started) * 1000), language=found.language,
        covered=found.covered, records=len(found.covered), findings=report.findings, sections=sections,
    ), moment)


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
