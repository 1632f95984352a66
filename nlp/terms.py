"""Search terms: a text's words accent-folded, without stopwords, stemmed for Portuguese and English.

Both stemmers apply to every word, of passages and of questions alike, so a question matches a
passage whichever of the two languages either is written in ("ultrassom do fígado" meets "fígado
ultrassonografia"). Import-light: the API process uses it for every question."""

from __future__ import annotations

import re
from functools import cache

import snowballstemmer

from nlp.text import fold

_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_STOPWORDS = frozenset(
    # Portuguese
    "a o as os um uma uns umas de da do das dos em na no nas nos e ou que com sem para por pelo pela pelos pelas "
    "ao aos se sua seu suas seus foi ser sao esta este essa esse isso qual quais quando onde como mais menos "
    "ja nao sim tem ha ate ele ela eles elas lhe me meu minha muito pouco "
    # English
    "the of and or in on at to for with without by from is was were are be been being this that these those "
    "what which when where who whom how did does do has have had it its an as any all his her their there "
    "patient paciente".split())


@cache
def _stemmers() -> tuple[snowballstemmer.stemmer, snowballstemmer.stemmer]:
    return snowballstemmer.stemmer("portuguese"), snowballstemmer.stemmer("english")


def terms(text: str) -> set[str]:
    """The stems of the text's words in both languages (numbers kept as written)."""
    words = [word for word in _WORD.findall(fold(text)) if word not in _STOPWORDS and len(word) > 1]
    portuguese, english = _stemmers()
    return set(portuguese.stemWords(words)) | set(english.stemWords(words))


def indexed(text: str) -> str:
    """How a passage's terms are stored: space-delimited, so a term is matched as " term "."""
    return " " + " ".join(sorted(terms(text))) + " "


def question_terms(question: str) -> set[str]:
    """A question's terms, plus those of the names, in both languages, of the clinical concepts it names
    ("ultrassom do fígado" also asks for "ultrasound"): the curated lexicon, not the drug dictionary,
    so the API process stays light."""
    from nlp.lexicon import concepts

    words = _WORD.findall(fold(question))
    names: set[str] = set()
    for size in range(min(4, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start:start + size])
            for table in concepts().values():
                if (entry := table.get(phrase)) is not None:
                    names |= {entry.name_en, entry.name_pt}
    return terms(question) | terms(" ".join(names))
