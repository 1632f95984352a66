"""An optional OpenAI-compatible chat endpoint that writes the summary from a prompt of graph facts.

The answer is accepted only if it cites fact ids, every one of which was in the prompt; otherwise the
caller falls back to the deterministic template (a model's unsupported claim never reaches a clinician).
"""

from __future__ import annotations

import logging
import re

from anyio import CapacityLimiter

from ingestion.llm import LlmEndpoint, achat
from schema.context import PatientContext
from schema.labs import MarkerSeries
from service.templating import text_templates

log = logging.getLogger(__name__)
_CITATION = re.compile(r"\[([^\[\]]+)\]")
_LANGUAGE_NAMES = {"pt-BR": "Brazilian Portuguese", "en": "English"}


__all__ = ["LlmEndpoint", "prompt", "write_summary"]


def prompt(context: PatientContext, series: list[MarkerSeries], language: str) -> tuple[str, set[str]]:
    """The prompt and the ids it offers for citation."""
    sections = [("condition", context.conditions.active + context.conditions.historical + context.conditions.suspected),
                ("allergy", context.allergies), ("medication", context.medications), ("symptom", context.symptoms),
                ("procedure", context.procedures), ("family history", context.family_history),
                ("vital", context.vitals), ("lifestyle", context.lifestyle), ("social", context.social)]
    ids = {entry.evidence[0].fact_id for _, entries in sections for entry in entries}
    ids |= {s.data_points[-1].result_id for s in series}
    text = text_templates.get_template("prompt.txt.j2").render(
        ctx=context, series=series, sections=sections, language_name=_LANGUAGE_NAMES[language],
        example_id=next(iter(ids), "fact-id"))
    return text, ids


def accepted(answer: str | None, ids: set[str]) -> str | None:
    """The model's summary if it cites only offered facts (and some), else None."""
    if answer is None:
        return None
    cited = {part.strip() for group in _CITATION.findall(answer) for part in group.split(",")}
    if not cited or not cited <= ids:
        log.warning("llm summary rejected", extra={"cited": len(cited), "unknown": len(cited - ids)})
        return None
    return answer


async def write_summary(endpoint: LlmEndpoint, context: PatientContext, series: list[MarkerSeries],
                        language: str, slots: CapacityLimiter) -> str | None:
    """The model's summary, or None when it cannot be had or does not cite only offered facts."""
    text, ids = prompt(context, series, language)
    if not ids:
        return None
    return accepted(await achat(endpoint, [{"role": "user", "content": text}], slots), ids)
