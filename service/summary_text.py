"""The deterministic, graph-grounded summary: Jinja2 templates per language over the patient's context
and lab trends (every sentence comes from an entry the context endpoint also shows)."""

from __future__ import annotations

from functools import cache

import jinja2

from schema.context import PatientContext
from schema.labs import MarkerSeries
from service.templating import text_templates

_WORDS = {
    "pt-BR": {"sex": {"male": "masculino", "female": "feminino", "other": "outro", "unknown": "não informado"},
              "flag": {"H": "alto", "HH": "muito alto", "L": "baixo", "LL": "muito baixo"},
              "trend": {"increasing": "em alta", "decreasing": "em queda"}},
    "en": {"sex": {"male": "male", "female": "female", "other": "", "unknown": ""},
           "flag": {"H": "high", "HH": "critically high", "L": "low", "LL": "critically low"},
           "trend": {"increasing": "rising", "decreasing": "falling"}},
}


@cache
def _environment(language: str) -> jinja2.Environment:
    """The shared text environment with this language's number and date filters."""
    environment = text_templates.overlay()
    environment.filters = dict(environment.filters)  # an overlay shares its parent's filters: each language its own
    decimal = "," if language == "pt-BR" else "."
    environment.filters["num"] = lambda value: "?" if value is None else f"{value:g}".replace(".", decimal)
    environment.filters["day"] = lambda day: day.strftime("%d/%m/%Y") if language == "pt-BR" else day.isoformat()
    return environment


def narrative(context: PatientContext, series: list[MarkerSeries], language: str) -> str:
    template = _environment(language).get_template(f"{language}.txt.j2")
    return template.render(ctx=context, series=series, **_WORDS[language]).strip()


