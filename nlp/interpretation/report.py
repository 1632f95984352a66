"""An interpretation report: the rules' findings in the vendor's sections, introduced and summarised, each
statement with the ids of the facts and lab results it rests on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from nlp.interpretation.inputs import PatientHistory
from nlp.interpretation.rules import Finding, Writer, evaluate

SECTIONS = ("introduction", "interpretation", "abnormal_findings", "clinical_significance", "follow_up_tests",
            "risk_management", "specialist_recommendations", "lifestyle")
MAX_NAMES = 8


@dataclass(frozen=True)
class Statement:
    text: str
    cites: tuple[str, ...]  # fact and lab-result ids; empty only for a statement that something is absent
    rule: str | None = None
    severity: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Report:
    language: str
    sections: dict[str, list[Statement]]
    findings: int

    def cited(self) -> set[str]:
        return {cite for statements in self.sections.values() for s in statements for cite in s.cites}


def build(history: PatientHistory, language: str, timezone: Any, records: int) -> Report:
    writer = Writer(language, timezone)
    findings = evaluate(history, writer)
    sections: dict[str, list[Statement]] = {name: [] for name in SECTIONS}
    sections["introduction"] = _introduction(history, writer, records)
    sections["interpretation"] = _overview(findings, writer)
    for finding in findings:
        sections[finding.section].append(Statement(finding.text, finding.cites, finding.rule, finding.severity,
                                                   finding.source))
    return Report(language=language, sections=sections, findings=len(findings))


def _introduction(history: PatientHistory, w: Writer, records: int) -> list[Statement]:
    conditions = history.conditions("")  # every affirmed, ICD-10-coded condition
    medications = history.current_medications()
    moments = [f.observed_at for f in history.facts] + [lab.observed_at for lab in history.labs]
    if not moments:
        return [Statement(w.say("report", "empty"), ())]
    intro = w.say("report", "intro", records=records, first=w.day(min(moments)), last=w.day(max(moments)),
                  labs=len(history.labs), conditions=len(_distinct(conditions)), medications=len(_distinct(medications)))
    statements = [Statement(intro, tuple(f.id for f in (*conditions, *medications)) or
                            tuple(lab.id for lab in history.labs[:MAX_NAMES]))]
    for key, facts in (("problems", _distinct(conditions)), ("medications", _distinct(medications))):
        if facts:
            names = ", ".join(f.name for f in facts[:MAX_NAMES]) + (", …" if len(facts) > MAX_NAMES else "")
            statements.append(Statement(w.say("report", key, names=names), tuple(f.id for f in facts)))
    return statements


def _distinct(facts: list[Any]) -> list[Any]:
    """One fact per concept: the latest mention."""
    latest: dict[str, Any] = {}
    for fact in sorted(facts, key=lambda f: f.observed_at):
        latest[fact.concept_key] = fact
    return sorted(latest.values(), key=lambda f: f.name)


def _overview(findings: list[Finding], w: Writer) -> list[Statement]:
    if not findings:
        return [Statement(w.say("report", "nothing"), ())]
    counts = {severity: sum(f.severity == severity for f in findings) for severity in ("critical", "high", "moderate")}
    if not any(counts.values()):
        return []
    cites = tuple(dict.fromkeys(cite for f in findings if f.severity != "info" for cite in f.cites))
    return [Statement(w.say("report", "overview", **counts), cites)]
