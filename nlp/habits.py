"""A habit's status as written around its mention: never, former or current.

ConText reads cues that precede or follow a mention within its sentence; social histories write a habit's
status otherwise — in the mention itself ("nonsmoker", "abstêmio"), as a prefix ("ex-smoker") or as a
clause saying it goes on or stopped ("tabagista ativa, 1 maço/dia há 30 anos", where "há 30 anos" alone
reads as past). A form's answer beside the habit's name is nlp.form_answers'. The rules are data:
nlp/data/habits.toml."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib.resources import files
from typing import Any

_EX_PREFIX = re.compile(r"(?<![a-z])ex[- ]$")  # "ex-smoker", "ex fumante"; not "Alex smokes"
_CLAUSE_END = re.compile(r"[.;\n]|,\s*(?=[a-z][a-z ]{2,30}:)")  # a sentence, a list item, the next "Label:"


@cache
def _rules() -> dict[str, Any]:
    return tomllib.loads(files("nlp").joinpath("data/habits.toml").read_text(encoding="utf-8"))


def habit_status(text: str, start: int, end: int, language: str) -> str | None:
    """"never", "former", "current" or None (ConText's reading stands) for the habit mentioned at
    text[start:end]; `text` is accent- and case-folded. A clause's cue is weaker than ConText's negation
    (the caller keeps "denies smoking, quit alcohol" never for smoking)."""
    rules = _rules()
    if text[start:end] in rules["never"][language]:
        return "never"
    if _EX_PREFIX.search(text, max(0, start - 4), start):
        return "former"
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    clause_end = (m.start() if (m := _CLAUSE_END.search(text, end)) else len(text))
    clause = text[clause_start:clause_end]
    if any(_said(cue, clause) for cue in rules["stopped"][language]):
        return "former"
    if any(_said(cue, clause) for cue in rules["ongoing"][language]):
        return "current"
    return None


def _said(cue: str, clause: str) -> bool:
    """The cue as words of the clause: "quit" is not in "quite", "ex-" not in "Alex"."""
    end = r"(?![a-z])" if cue[-1].isalpha() else ""
    return re.search(rf"(?<![a-z]){re.escape(cue)}{end}", clause) is not None
