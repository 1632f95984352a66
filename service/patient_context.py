"""A patient's clinical context from the graph's facts: one entry per concept with all its evidence.

Which mentions count is decided here, once, for every reader (the context endpoint and the summary):
a negated fact never reaches this module (the traversal drops it, but for denied habits: "never");
a hypothetical one (planned,
"rule out") never counts as present; someone else's condition is family history, not the patient's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, TypeVar

from graph.clock import from_ms, months_before
from graph.patients import Patient
from nlp.labs.catalog import display_name
from nlp.text import fold
from schema.context import (Allergy, Condition, Conditions, Consultation, Demographics, Entry, Evidence, Habit,
                            LabAlert, Medication, PatientContext, Vital)
from schema.labs import ReferenceRange

Row = dict[str, Any]
E = TypeVar("E", bound=Entry)
AFFIRMED = {"present", "historical"}
HABIT_STATUS = {"present": "current", "historical": "former", "negated": "never"}  # the latest mention decides
_SEVERITY = {"mild": 1, "leve": 1, "moderate": 2, "moderado": 2, "moderada": 2, "severe": 3, "grave": 3,
             "life-threatening": 4, "anaphylactic": 4, "anafilatico": 4, "anafilatica": 4}


def _day(row: Row) -> date:
    return from_ms(row["observed_at"]).date()


def _key(row: Row) -> str:
    return row.get("concept_key") or f"{row['kind']}:{fold(row['name'])}"


def _by_concept(rows: Iterable[Row]) -> dict[str, list[Row]]:
    by_concept: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by_concept[_key(row)].append(row)
    return by_concept


def _merged(rows: Iterable[Row], build: Callable[..., E], **extra: Callable[[list[Row]], Any]) -> list[E]:
    """One entry per concept, most recently seen first; `extra` computes section fields from the
    concept's mentions (oldest first)."""
    entries = []
    for key, mentions in _by_concept(rows).items():
        latest, newest_first = mentions[-1], mentions[::-1]
        entries.append(build(
            concept_key=key, name=latest["name"], code_system=latest.get("code_system"), code=latest.get("code"),
            first_seen=_day(mentions[0]), last_seen=_day(latest),
            sources=list(dict.fromkeys(row["document_id"] for row in newest_first)),
            evidence=[Evidence(fact_id=row["id"], document_id=row["document_id"], date=_day(row), text=row["text"],
                               page=row["page"], status=row["status"]) for row in newest_first],
            **{name: compute(mentions) for name, compute in extra.items()}))
    return sorted(entries, key=lambda entry: (-entry.last_seen.toordinal(), entry.name))


def _latest_stated(field: str) -> Callable[[list[Row]], Any]:
    return lambda mentions: next((row[field] for row in reversed(mentions) if row.get(field)), None)


def _latest(field: str) -> Callable[[list[Row]], Any]:
    return lambda mentions: mentions[-1].get(field)


def _severity(mentions: list[Row]) -> str | None:
    stated = [row["severity"] for row in mentions if row.get("severity")]
    return max(stated, key=lambda word: _SEVERITY.get(fold(word), 0)) if stated else None


def _reactions(mentions: list[Row]) -> list[str]:
    return list(dict.fromkeys(row["reaction"] for row in mentions if row.get("reaction")))


def _condition_status(mentions: list[Row]) -> str:
    affirmed = [row for row in mentions if row["status"] in AFFIRMED]
    if not affirmed:
        return "suspected"
    return "active" if affirmed[-1]["status"] == "present" else "historical"


def _is_current_medication(mentions: list[Row]) -> bool:
    affirmed = [row for row in mentions if row["status"] in AFFIRMED]
    return bool(affirmed) and affirmed[-1]["status"] == "present" and affirmed[-1].get("medication_status") != "stopped"


def _consultations(rows: list[Row]) -> list[Consultation]:
    """The same visit read in several documents (same day, specialty and type) is one consultation."""
    by_visit: dict[tuple[date, str | None, str], list[Row]] = defaultdict(list)
    for row in rows:
        when = date.fromisoformat(row["encounter_date"]) if row.get("encounter_date") else _day(row)
        by_visit[(when, row.get("specialty"), row["encounter_type"])].append(row)
    visits = [Consultation(date=when, specialty=specialty, encounter_type=kind,
                           professional=_latest_stated("professional")(mentions),
                           sources=list(dict.fromkeys(row["document_id"] for row in reversed(mentions))))
              for (when, specialty, kind), mentions in by_visit.items()]
    return sorted(visits, key=lambda visit: visit.date, reverse=True)


def _lab_alerts(rows: list[Row]) -> list[LabAlert]:
    by_marker: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by_marker[row["marker_key"]].append(row)
    alerts = []
    for key, results in by_marker.items():
        latest = results[-1]
        alerts.append(LabAlert(
            marker_key=key, marker_name=display_name(key, latest.get("language")), loinc=latest.get("loinc"),
            flag=latest["flag"], value=latest.get("canonical_value"), original_value=latest.get("value_text") or "",
            unit=latest.get("canonical_unit") or latest.get("unit"),
            reference_range=ReferenceRange(low=latest.get("canonical_low"), high=latest.get("canonical_high"),
                                           text=latest.get("ref_text")),
            date=_day(latest), abnormal_results=len(results),
            sources=list(dict.fromkeys(row["document_id"] for row in reversed(results)))))
    return sorted(alerts, key=lambda alert: (-alert.date.toordinal(), alert.marker_name))


def build(patient: Patient, rows: list[Row], recent_months: int, now: datetime) -> PatientContext:
    """The context from `graph.context.facts` rows (non-negated facts and recent abnormal labs)."""
    recent, today = months_before(now, recent_months), now.date()
    by_kind: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by_kind[row["kind"]].append(row)

    def own(kind: str, statuses: set[str], since: int = 0) -> list[Row]:
        return [row for row in by_kind[kind] if row["status"] in statuses and row["observed_at"] >= since]

    conditions = _merged(own("condition", AFFIRMED | {"uncertain"}), Condition, status=_condition_status)
    current = [row for mentions in _by_concept(own("medication", AFFIRMED)).values()
               if _is_current_medication(mentions) for row in mentions]
    habit_status = {"status": lambda mentions: HABIT_STATUS[mentions[-1]["status"]],
                    "detail": lambda mentions: mentions[-1]["text"]}
    return PatientContext(
        patient_id=patient.id, recent_months=recent_months,
        demographics=Demographics(age=patient.age_on(today), sex=patient.sex),
        allergies=_merged(own("allergy", AFFIRMED | {"uncertain"}), Allergy, reactions=_reactions,
                          severity=_severity),
        conditions=Conditions(**{status: [c for c in conditions if c.status == status]
                                 for status in ("active", "historical", "suspected")}),
        medications=_merged(current, Medication, dose=_latest_stated("dose"), route=_latest_stated("route"),
                            frequency=_latest_stated("frequency"), started=_latest_stated("started")),
        symptoms=_merged(own("symptom", {"present"}, since=recent), Entry),
        procedures=_merged(own("procedure", AFFIRMED), Entry),
        family_history=_merged(own("family_history", AFFIRMED | {"family"}) + own("condition", {"family"}), Entry),
        vitals=_merged(own("vital", {"present"}), Vital, value=_latest("value"), unit=_latest("unit"),
                       systolic=_latest("systolic"), diastolic=_latest("diastolic")),
        lifestyle=_merged(own("lifestyle", AFFIRMED | {"negated"}), Habit, **habit_status),
        social=_merged(own("social", AFFIRMED), Habit, **habit_status),
        recent_consultations=_consultations([row for row in own("encounter", {"present"}, since=recent)
                                             if row.get("encounter_type") != "referral"]),
        recent_lab_alerts=_lab_alerts(by_kind["lab_result"]),
    )
