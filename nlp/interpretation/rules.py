"""The rules: each reads the patient's history and returns findings — a statement in the report's language,
the section it belongs in, its severity, the ids it rests on and the published source of its thresholds."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib.resources import files
from typing import Any

from dateutil.relativedelta import relativedelta

from nlp.interpretation.inputs import Fact, Lab, PatientHistory
from nlp.labs.catalog import display_name
from nlp.labs.trend import trend
from nlp.text import fold

HOUR_MS = 3_600_000
DAY_MS = 24 * HOUR_MS
SEVERITY_ORDER = {"critical": 0, "high": 1, "moderate": 2, "info": 3}


@dataclass(frozen=True)
class Finding:
    rule: str
    section: str
    severity: str  # critical, high, moderate, info
    text: str
    cites: tuple[str, ...]
    source: str


@cache
def config() -> dict[str, Any]:
    return tomllib.loads(files("nlp").joinpath("data/interpretation_rules.toml").read_text(encoding="utf-8"))


@cache
def drug_atc() -> dict[str, str]:
    """DrugBank id → ATC code (nlp/data/drug_atc.toml)."""
    raw = tomllib.loads(files("nlp").joinpath("data/drug_atc.toml").read_text(encoding="utf-8"))
    return {key: entry["atc"] for key, entry in raw.items()}


class Writer:
    """Numbers, dates and rule messages in the report's language (pt-BR or en)."""

    def __init__(self, language: str, timezone: Any) -> None:
        self.language = "pt" if language.startswith("pt") else "en"
        self.timezone = timezone

    def number(self, value: float | None) -> str:
        text = "?" if value is None else f"{value:.4g}" if abs(value) < 1000 else f"{value:.0f}"
        return text.replace(".", ",") if self.language == "pt" else text

    def day(self, epoch_ms: int) -> str:
        moment = datetime.fromtimestamp(epoch_ms / 1000, tz=UTC)
        return moment.strftime("%d/%m/%Y") if self.language == "pt" else moment.date().isoformat()

    def word(self, rule: str, key: str) -> str:
        return str(config()[rule][key][self.language])

    def say(self, rule: str, key: str | None = None, **values: object) -> str:
        entry = config()[rule]
        template = entry[f"{key}_{self.language}" if key else self.language]  # key None: the rule's main message
        return str(template).format(**values)

    def marker(self, marker_key: str) -> str:
        return display_name(marker_key, self.language)

    def finding(self, rule: str, section: str, severity: str, text: str, cites: list[str]) -> Finding:
        return Finding(rule, section, severity, text, tuple(dict.fromkeys(cites)), str(config()[rule]["source"]))


Rule = Callable[[PatientHistory, Writer], list[Finding]]


def _latest_per_marker(history: PatientHistory) -> list[Lab]:
    latest: dict[str, Lab] = {}
    for lab in sorted(history.labs, key=lambda lab: (lab.observed_at, lab.id)):
        latest[lab.marker_key] = lab
    return sorted(latest.values(), key=lambda lab: lab.marker_key)


def _recent(history: PatientHistory, lab: Lab, days: int) -> bool:
    return history.now.timestamp() * 1000 - lab.observed_at <= days * DAY_MS


def critical_values(history: PatientHistory, w: Writer) -> list[Finding]:
    """A recent critical latest result calls for contact; an older one is reported as what it is."""
    found = []
    for lab in _latest_per_marker(history):
        if lab.flag not in ("LL", "HH"):
            continue
        recent = _recent(history, lab, config()["critical"]["recent_days"])
        found.append(w.finding("critical", "abnormal_findings", "critical" if recent else "high", w.say(
            "critical", None if recent else "past", marker=w.marker(lab.marker_key),
            value=w.number(lab.value) if lab.value is not None else lab.value_text, unit=lab.unit or "",
            date=w.day(lab.observed_at), flag=lab.flag), [lab.id]))
    return found


def abnormal_values(history: PatientHistory, w: Writer) -> list[Finding]:
    found = []
    for lab in _latest_per_marker(history):
        if lab.flag not in ("L", "H") or lab.value is None:
            continue
        span = f"{w.number(lab.low)}–{w.number(lab.high)}" if lab.low is not None and lab.high is not None else \
            f"≤ {w.number(lab.high)}" if lab.high is not None else f"≥ {w.number(lab.low)}"
        found.append(w.finding("abnormal", "abnormal_findings", "moderate", w.say(
            "abnormal", marker=w.marker(lab.marker_key), value=w.number(lab.value), unit=lab.unit or "",
            date=w.day(lab.observed_at), direction=w.word("abnormal", "above" if lab.flag == "H" else "below"),
            range=span), [lab.id]))
    return found


def trends(history: PatientHistory, w: Writer) -> list[Finding]:
    found = []
    for marker_key in sorted({lab.marker_key for lab in history.labs}):
        series = history.series(marker_key)
        result = trend([lab.observed_at for lab in series], [lab.value for lab in series if lab.value is not None])
        if result.direction not in ("increasing", "decreasing"):
            continue
        found.append(w.finding("trend", "clinical_significance", "moderate", w.say(
            "trend", marker=w.marker(marker_key), direction=w.word("trend", result.direction), count=len(series),
            first=w.number(series[0].value), last=w.number(series[-1].value), unit=series[-1].unit or "",
            p=w.number(result.p_value)), [lab.id for lab in series]))
    return found


def _aki(history: PatientHistory) -> tuple[Lab, Lab] | None:
    """(earlier, latest) creatinine meeting KDIGO 2012's AKI criterion, the latest being recent."""
    rule = config()["aki"]
    series = history.series("creatinine")
    if len(series) < 2 or not _recent(history, series[-1], rule["recent_days"]):
        return None
    last = series[-1]
    assert last.value is not None
    for earlier in series[:-1]:
        assert earlier.value is not None
        hours = (last.observed_at - earlier.observed_at) / HOUR_MS
        absolute = hours <= rule["absolute_window_hours"] and last.value - earlier.value >= rule["absolute_rise_mg_dl"]
        relative = hours <= rule["relative_window_days"] * 24 and earlier.value > 0 \
            and round(last.value / earlier.value, 6) >= rule["relative_rise"]
        if absolute or relative:
            return earlier, last
    return None


def acute_kidney_injury(history: PatientHistory, w: Writer) -> list[Finding]:
    rise = _aki(history)
    if rise is None:
        return []
    earlier, last = rise
    return [w.finding("aki", "abnormal_findings", "critical", w.say(
        "aki", before=w.number(earlier.value), after=w.number(last.value), from_date=w.day(earlier.observed_at),
        to_date=w.day(last.observed_at)), [earlier.id, last.id])]


def hemoglobin_drop(history: PatientHistory, w: Writer) -> list[Finding]:
    rule = config()["hemoglobin_drop"]
    series = history.series("hemoglobin")
    if not series or not _recent(history, series[-1], rule["recent_days"]):
        return []
    for earlier, later in zip(series[-2::-1], series[:0:-1], strict=False):
        assert earlier.value is not None and later.value is not None
        if later.observed_at - earlier.observed_at <= rule["window_days"] * DAY_MS \
                and earlier.value - later.value >= rule["fall_g_dl"]:
            return [w.finding("hemoglobin_drop", "abnormal_findings", "high", w.say(
                "hemoglobin_drop", before=w.number(earlier.value), after=w.number(later.value),
                from_date=w.day(earlier.observed_at), to_date=w.day(later.observed_at)), [earlier.id, later.id])]
    return []


def ckd_epi_2021(creatinine_mg_dl: float, age: int, female: bool) -> float:
    """eGFR (mL/min/1.73 m²), CKD-EPI 2021 race-free creatinine equation (Inker et al., NEJM 2021)."""
    kappa, alpha = (0.7, -0.241) if female else (0.9, -0.302)
    ratio = creatinine_mg_dl / kappa
    return 142 * min(ratio, 1) ** alpha * max(ratio, 1) ** -1.200 * 0.9938 ** age * (1.012 if female else 1.0)


def kdigo_stage(egfr: float) -> str:
    return next(stage for floor, stage in config()["egfr"]["stages"] if egfr >= floor)


def egfr(history: PatientHistory) -> tuple[int, Lab] | None:
    """eGFR rounded to a whole number (as reported, and as staged), for an adult in a creatinine steady state."""
    creatinine = history.latest("creatinine")
    if creatinine is None or creatinine.value is None or history.age is None or history.sex not in ("female", "male") \
            or history.age < config()["egfr"]["min_age"] or _aki(history) is not None:
        return None
    return round(ckd_epi_2021(creatinine.value, history.age, history.sex == "female")), creatinine


def kidney_function(history: PatientHistory, w: Writer) -> list[Finding]:
    creatinine = history.latest("creatinine")
    if creatinine is None:
        return []
    computed = egfr(history)
    if computed is None:
        if _aki(history) is not None:
            return [w.finding("egfr", "clinical_significance", "info", w.say(
                "egfr", "unsteady", creatinine=w.number(creatinine.value), date=w.day(creatinine.observed_at)),
                [creatinine.id])]
        if history.age is not None and history.age < config()["egfr"]["min_age"]:
            return [w.finding("egfr", "clinical_significance", "info", w.say("egfr", "minor"), [creatinine.id])]
        missing = [w.word("egfr", key) for key, value in (("age", history.age), ("sex", history.sex))
                   if value is None or (key == "sex" and value not in ("female", "male"))]
        return [w.finding("egfr", "clinical_significance", "info", w.say("egfr", "missing", missing=", ".join(missing)),
                          [creatinine.id])]
    value, lab = computed
    stage = kdigo_stage(value)
    found = [w.finding("egfr", "clinical_significance", "high" if value < 60 else "info", w.say(
        "egfr", egfr=w.number(value), creatinine=w.number(lab.value), date=w.day(lab.observed_at),
        stage=stage), [lab.id])]
    if value < config()["nephrology"]["below_egfr"]:
        found.append(w.finding("nephrology", "specialist_recommendations", "high", w.say("nephrology", stage=stage),
                               [lab.id]))
    return found


def glycemia(history: PatientHistory, w: Writer) -> list[Finding]:
    rule = config()["glycemia"]
    diabetes = history.conditions("E10", "E11", "E12", "E13", "E14")
    cites = [f.id for f in diabetes]
    hba1c = history.latest("hba1c")
    found = []
    if hba1c is not None and hba1c.value is not None:
        values = {"value": w.number(hba1c.value), "date": w.day(hba1c.observed_at)}
        if diabetes:
            key, severity = ("above_goal", "moderate") if hba1c.value >= rule["hba1c_goal"] else ("at_goal", "info")
        elif hba1c.value >= rule["hba1c_diabetes"]:
            key, severity = "diabetes", "high"
        elif hba1c.value >= rule["hba1c_prediabetes"]:
            key, severity = "prediabetes", "moderate"
        else:
            key = None
        if key:
            found.append(w.finding("glycemia", "clinical_significance", severity, w.say("glycemia", key, **values),
                                   [hba1c.id, *cites]))
    glucose = history.latest("glucose")
    if glucose is not None and glucose.value is not None and not diabetes and hba1c is None \
            and glucose.value >= rule["glucose_diabetes"]:
        found.append(w.finding("glycemia", "clinical_significance", "moderate", w.say(
            "glycemia", "glucose", value=w.number(glucose.value), date=w.day(glucose.observed_at)), [glucose.id]))
    return found


def ldl_goal(history: PatientHistory, w: Writer) -> list[Finding]:
    rule = config()["ldl"]
    ldl = history.latest("ldl")
    if ldl is None or ldl.value is None:
        return []
    ascvd = history.conditions(*rule["ascvd_icd10"])
    ages = rule["diabetes_high_age"]
    diabetes = [f for f in history.conditions(*ages) if history.age is not None
                and history.age >= ages[(f.code or "")[:3]]]  # younger: moderate or high, the record cannot tell
    kidney = egfr(history)
    values = {"value": w.number(ldl.value), "date": w.day(ldl.observed_at)}
    if ascvd or (kidney and kidney[0] < 30):
        goal, risk, basis = rule["very_high"], "risk_very_high", ascvd[:1] or []
        reason = ascvd[0].name if ascvd else f"eGFR {w.number(kidney[0])}"  # type: ignore[index]
    elif diabetes or (kidney and kidney[0] < 60):
        goal, risk, basis = rule["high"], "risk_high", diabetes[:1]
        reason = diabetes[0].name if diabetes else f"eGFR {w.number(kidney[0])}"  # type: ignore[index]
    else:
        return [w.finding("ldl", "risk_management", "info", w.say("ldl", "undetermined", **values), [ldl.id])]
    cites = [ldl.id, *(f.id for f in basis), *([kidney[1].id] if kidney and not basis else [])]
    key, severity = ("above", "moderate") if ldl.value >= goal else ("at_goal", "info")
    return [w.finding("ldl", "risk_management", severity, w.say(
        "ldl", key, goal=w.number(goal), risk=w.word("ldl", risk), reason=reason, **values), cites)]


def _paired(history: PatientHistory, first: str, second: str, window_days: int) -> tuple[Lab, Lab] | None:
    a, b = history.latest(first), history.latest(second)
    if a is None or b is None or abs(a.observed_at - b.observed_at) > window_days * DAY_MS:
        return None
    return a, b


def thyroid(history: PatientHistory, w: Writer) -> list[Finding]:
    pair = _paired(history, "tsh", "free_t4", config()["thyroid"]["pair_window_days"])
    if pair is None:
        return []
    tsh, ft4 = pair
    pattern = {("H", "L"): "overt_hypo", ("H", "N"): "subclinical_hypo", ("L", "H"): "overt_hyper",
               ("L", "N"): "subclinical_hyper"}.get((tsh.flag[:1] if tsh.flag != "N" else "N",
                                                      ft4.flag[:1] if ft4.flag != "N" else "N"))
    if pattern is None:
        return []
    severity = "high" if pattern.startswith("overt") else "moderate"
    return [w.finding("thyroid", "clinical_significance", severity, w.say(
        "thyroid", pattern, tsh=w.number(tsh.value), ft4=w.number(ft4.value), date=w.day(tsh.observed_at)),
        [tsh.id, ft4.id])]


def anaemia(history: PatientHistory, w: Writer) -> list[Finding]:
    rule = config()["anaemia"]
    hemoglobin = history.latest("hemoglobin")
    if hemoglobin is None or hemoglobin.value is None or history.sex not in ("female", "male") \
            or history.age is None or history.age < rule["min_age"]:
        return []
    threshold = rule["female_g_dl"] if history.sex == "female" else rule["male_g_dl"]
    if hemoglobin.value >= threshold:
        return []
    mcv = history.latest("mcv")
    kind, cites = "", [hemoglobin.id]
    if mcv is not None and mcv.value is not None and abs(mcv.observed_at - hemoglobin.observed_at) <= 7 * DAY_MS:
        size = "microcytic" if mcv.value < rule["microcytic_fl"] else "macrocytic" if mcv.value > rule["macrocytic_fl"] \
            else "normocytic"
        kind = w.word("anaemia", size).format(mcv=w.number(mcv.value))
        cites.append(mcv.id)
    return [w.finding("anaemia", "clinical_significance", "moderate", w.say(
        "anaemia", value=w.number(hemoglobin.value), date=w.day(hemoglobin.observed_at),
        sex=w.word("anaemia", history.sex), threshold=w.number(threshold), kind=kind), cites)]


def liver(history: PatientHistory, w: Writer) -> list[Finding]:
    rule = config()["liver"]
    pair = _paired(history, "alt", "alp", rule["pair_window_days"])
    if pair is None:
        return []
    alt, alp = pair
    if not alt.high or not alp.high or alt.value is None or alp.value is None:
        return []
    if alt.value <= alt.high and alp.value <= alp.high:
        return []
    ratio = (alt.value / alt.high) / (alp.value / alp.high)
    pattern = "hepatocellular" if ratio >= rule["hepatocellular"] else "cholestatic" if ratio <= rule["cholestatic"] \
        else "mixed"
    return [w.finding("liver", "clinical_significance", "moderate", w.say(
        "liver", alt=w.number(alt.value), alp=w.number(alp.value), date=w.day(alt.observed_at),
        ratio=w.number(round(ratio, 1)), pattern=w.word("liver", f"{pattern}_name")), [alt.id, alp.id])]


def _atc(fact: Fact) -> str | None:
    if fact.code_system == "ATC":
        return fact.code
    return drug_atc().get(fact.code or "") if fact.code_system == "DrugBank" else None


def _allergy_classes(allergy: Fact) -> list[str]:
    """The ATC codes an allergy covers: its own (a drug or a class) and, for a class named in words, the
    classes configured for that name (cross-reactivity included)."""
    classes = config()["drug_allergy"]["classes"]
    named = classes.get(fold(allergy.name).lower()) or classes.get(fold(allergy.code or "").lower()) or []
    own = _atc(allergy)
    return [*([own] if own else []), *named]


def drug_allergy(history: PatientHistory, w: Writer) -> list[Finding]:
    allergies = [f for f in history.facts if f.kind == "allergy" and f.status == "present"]
    found = []
    for medication in history.current_medications():
        atc = _atc(medication)
        for allergy in allergies:
            same = medication.concept_key == allergy.concept_key
            within = atc is not None and any(atc.startswith(code) for code in _allergy_classes(allergy))
            if same or within:
                reaction = f" ({allergy.reaction})" if allergy.reaction else ""
                found.append(w.finding("drug_allergy", "risk_management", "high", w.say(
                    "drug_allergy", drug=medication.name, allergen=allergy.name, reaction=reaction),
                    [medication.id, allergy.id]))
    return found


def duplicate_therapy(history: PatientHistory, w: Writer) -> list[Finding]:
    by_class: dict[str, list[Fact]] = {}
    exempt = tuple(config()["duplicate_therapy"]["exempt"])
    for medication in history.current_medications():
        atc = _atc(medication)
        if atc and len(atc) >= 5 and not atc.startswith(exempt):
            by_class.setdefault(atc[:5], [])
            if all(m.concept_key != medication.concept_key for m in by_class[atc[:5]]):
                by_class[atc[:5]].append(medication)
    return [w.finding("duplicate_therapy", "risk_management", "moderate", w.say(
        "duplicate_therapy", first=drugs[0].name, second=drugs[1].name, atc=atc), [d.id for d in drugs])
        for atc, drugs in sorted(by_class.items()) if len(drugs) > 1]


def _since(history: PatientHistory, months: int) -> int:
    return int((history.now - relativedelta(months=months)).timestamp() * 1000)


def care_gaps(history: PatientHistory, w: Writer) -> list[Finding]:
    found = []
    diabetes = history.conditions("E10", "E11", "E12", "E13", "E14")
    if diabetes:
        since = _since(history, config()["care_gap_hba1c"]["months"])
        if not any(lab.marker_key == "hba1c" and lab.observed_at >= since for lab in history.labs):
            found.append(w.finding("care_gap_hba1c", "follow_up_tests", "moderate", w.say("care_gap_hba1c"),
                                   [diabetes[0].id]))
    hypertension = history.conditions("I10", "I11", "I12", "I13", "I15")
    if hypertension:
        since = _since(history, config()["care_gap_hypertension"]["months"])
        recent = {lab.marker_key for lab in history.labs if lab.observed_at >= since}
        missing = [key for key in ("creatinine", "potassium") if key not in recent]
        if missing:
            what = w.word("care_gap_hypertension", missing[0] if len(missing) == 1 else "both")
            found.append(w.finding("care_gap_hypertension", "follow_up_tests", "moderate", w.say(
                "care_gap_hypertension", missing=what), [hypertension[0].id]))
    return found


def smoking(history: PatientHistory, w: Writer) -> list[Finding]:
    tobacco = [f for f in history.facts if f.kind == "lifestyle" and f.status == "present"
               and fold(f.name).lower() in ("tabagismo", "smoking", "tobacco use", "tabaco", "smoker", "tabagista")]
    if not tobacco:
        return []
    latest = max(tobacco, key=lambda f: f.observed_at)
    later_denial = [f for f in history.facts if f.kind == "lifestyle" and f.concept_key == latest.concept_key
                    and f.status in ("negated", "historical") and f.observed_at > latest.observed_at]
    if later_denial:
        return []
    return [w.finding("smoking", "lifestyle", "moderate", w.say("smoking"), [latest.id])]


RULES: tuple[Rule, ...] = (critical_values, acute_kidney_injury, hemoglobin_drop, abnormal_values, trends,
                           kidney_function, glycemia, thyroid, anaemia, liver, ldl_goal, drug_allergy,
                           duplicate_therapy, care_gaps, smoking)


CONFLICT_RULES: tuple[Rule, ...] = (drug_allergy, duplicate_therapy)


def conflicts(history: PatientHistory, w: Writer) -> list[Finding]:
    """Only the medication conflicts (a page shows them live without building a whole report)."""
    return [finding for rule in CONFLICT_RULES for finding in rule(history, w)]


def evaluate(history: PatientHistory, w: Writer) -> list[Finding]:
    """Every rule's findings, most severe first (a rule's own order kept within a severity)."""
    found = [finding for rule in RULES for finding in rule(history, w)]
    return sorted(found, key=lambda f: SEVERITY_ORDER[f.severity])
