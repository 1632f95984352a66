"""Text helpers shared by the NLP modules: length-preserving folding and language guessing."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Function words and report vocabulary, accent-folded; lab reports have few function words.
_PT_WORDS = frozenset(
    "de da do das dos em na no nas nos com sem para pelo pela por que nao uma um e foi sao ao aos "
    "paciente exame resultado referencia valores mae pai anos queixa historia parametro material sangue "
    "metodo serie contagem coleta laudo data".split()
)
_EN_WORDS = frozenset(
    "the of and with without for by that not an is was are to in on at patient result reference "
    "range mother father years history complaint denies".split()
)
_WORD = re.compile(r"[^\W\d_]+")


_HYPHENS = frozenset("\u00ad\u2010\u2011")  # soft, plain and non-breaking hyphens: a hyphen ("25\u00adOH" is 25-OH)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _HYPHENS:
        return "-"
    base = unicodedata.normalize("NFKD", ch)[0].lower()
    return base if len(base) == 1 else ch.lower()


def fold(text: str) -> str:
    """Lower-case and strip accents one character for one, so offsets in the result are offsets in `text`."""
    return "".join(_fold_char(ch) for ch in text)


def language(text: str) -> str:
    """'pt' or 'en', by which language's function words are more frequent (ties go to English)."""
    pt = en = 0
    for word in _WORD.findall(fold(text[:20_000])):
        pt += word in _PT_WORDS
        en += word in _EN_WORDS
    return "pt" if pt > en else "en"
