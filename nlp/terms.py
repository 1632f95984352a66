"""Search terms: a text's words accent-folded, without stopwords, stemmed for Portuguese and English.

Both stemmers apply to every word, of passages and of questions alike, so a question matches a
passage whichever of the two languages either is written in ("ultrassom do fígado" meets "fígado
ultrassonografia"). A question is cut into units, each one thing it asks for in every form a passage may
write it: a word's stems, or a phrase's synonyms from the search glossary and the concept lexicon
("falta de ar" also as "dyspnea", "SOB"). Import-light: the API process uses it for every question."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

import snowballstemmer

from nlp.kinds import MONTH_WORDS
from nlp.text import fold, language

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
# Words that only shape a question ("why was he…", "quanto tempo…"): never what it asks for.
_QUESTION_WORDS = frozenset(
    "he she him hers they them we you my our your can could would should will shall might must get gets got "
    "go goes went now then why show shows showed tell told see seen about after before there here so if "
    "ever also last latest recent any some much many does done "
    "quanto quanta quantos quantas porque porque quem houve tinha teve fez feita feito feitos feitas esta estava "
    "estao sobre algum alguma alguns algumas desde depois antes agora ultimo ultima ainda tambem ver mostrou "
    "mostra".split())
_MAX_PHRASE_WORDS = 4


@cache
def _stemmers() -> tuple[snowballstemmer.stemmer, snowballstemmer.stemmer]:
    return snowballstemmer.stemmer("portuguese"), snowballstemmer.stemmer("english")


# English and Portuguese spell the same Greek and Latin roots differently (cholesterol/colesterol,
# vaccine/vacina, hypertension/hipertensão): a stem's cognate key undoes the usual differences.
_COGNATE_SPELLING = ((re.compile(r"ph"), "f"), (re.compile(r"th"), "t"), (re.compile(r"ch"), "c"),
                     (re.compile(r"y"), "i"), (re.compile(r"k"), "c"), (re.compile(r"[ao]e"), "e"),
                     (re.compile(r"([a-z])\1"), r"\1"), (re.compile(r"[aeio]$"), ""))
_MIN_COGNATE_CHARS = 5


def _cognate(stem: str) -> str | None:
    for pattern, replacement in _COGNATE_SPELLING:
        stem = pattern.sub(replacement, stem)
    return stem if len(stem) >= _MIN_COGNATE_CHARS else None


@lru_cache(maxsize=65_536)
def _stems(word: str, written: str | None = None) -> frozenset[str]:
    """A folded word's stems in both languages, the Portuguese one also from the word as written (its
    rules expect the accents: internação → intern), and their cognate keys."""
    portuguese, english = _stemmers()
    stems = {portuguese.stemWord(word), english.stemWord(word)}
    if written is not None and written != word:
        stems.add(fold(portuguese.stemWord(written)))
    return frozenset(stems | {key for stem in stems if (key := _cognate(stem)) is not None and key not in stems})


def _words(text: str) -> list[tuple[str, str]]:
    """Each word folded (what is matched) and as written, lower-cased (what the stemmer reads best)."""
    folded = fold(text)
    return [(match.group(), text[match.start():match.end()].lower()) for match in _WORD.finditer(folded)]


def terms(text: str) -> set[str]:
    """The stems of the text's words in both languages and their cognate keys (numbers kept as written)."""
    return {stem for word, written in _words(text) if word not in _STOPWORDS and len(word) > 1
            for stem in _stems(word, written)}


def indexed(text: str) -> str:
    """How a passage's terms are stored: space-delimited, so a term is matched as " term "."""
    return " " + " ".join(sorted(terms(text))) + " "


Form = tuple[frozenset[str], ...]  # a phrase as its words' stems: every word must be in the passage


@dataclass(frozen=True)
class Unit:
    """One thing a question asks for; a passage has it when it has one of its forms."""

    forms: tuple[Form, ...]
    synonyms: tuple[str, ...] = ()  # the other phrases, folded, when the unit is a known phrase

    @property
    def terms(self) -> set[str]:
        return {stem for form in self.forms for word in form for stem in word}

    def score(self, matched: set[str], weight: dict[str, float]) -> float:
        """The best form present: the sum of its words' weights (a word counts by its rarest stem found)."""
        return max((sum(max(weight[stem] for stem in word & matched) for word in form)
                    for form in self.forms if all(word & matched for word in form)), default=0.0)


def _form(phrase: str) -> Form:
    return tuple(_stems(word, written) for word, written in _words(phrase) if word not in _STOPWORDS and len(word) > 1)


def _groups(name: str) -> list[tuple[set[str], list[frozenset[str]]]]:
    """A glossary file's groups as (words, members), folded; a member is one drug's names ("paracetamol |
    acetaminophen | Tylenol")."""
    raw = tomllib.loads(files("nlp").joinpath(f"data/{name}").read_text(encoding="utf-8"))
    return [({fold(word) for word in group["words"]},
             [frozenset(fold(drug).strip() for drug in member.split("|")) for member in group.get("members", ())])
            for group in raw["group"]]


# A lab marker's printed names that are also ordinary words or another field's abbreviations, or too short to tell
# apart from one ("na", "pt", "mg", "ca"): never a question's word, nor a passage's.
_GENERIC_MARKER_NAMES = frozenset("atividade bands blood sangue heme lymph lymphs mono monos muco mucus germes densidade "
                                  "polys protein proteins proteina proteinas tap tig ist dat tlc sugar".split())
_SHORTEST_MARKER_NAME = 3


def _lab_marker_names() -> list[set[str]]:
    """Each lab marker's names in every language and spelling (nlp/data/lab_markers.toml: "UPCR", "relação
    proteína/creatinina", "protein/creatinine ratio"), a set each: a question names a marker as any lab prints it.
    A urine or gas marker's name that a blood test also has ("hemoglobina" on a strip) stays the blood test's:
    "hemoglobina" does not ask for occult blood."""
    raw = tomllib.loads(files("nlp").joinpath("data/lab_markers.toml").read_text(encoding="utf-8"))
    named = [({name for name in (fold(printed).strip() for printed in (*entry["names"], *entry["display"].values()))
               if _telling(name)}, entry.get("specimen", "blood") == "blood") for entry in raw.values()]
    blood = set().union(*(names for names, in_blood in named if in_blood))
    return [names if in_blood else names - blood for names, in_blood in named]


def _telling(name: str) -> bool:
    """A name one of whose words tells its marker apart ("pt, patient" is only "pt" once "patient" is passed over); an
    analyser's channel ("mon#", "lym%") is no question's word ("mon" would meet a "Mono positivo")."""
    return name not in _GENERIC_MARKER_NAMES and not name.endswith(("#", "%")) and any(
        len(word) >= _SHORTEST_MARKER_NAME and word not in _STOPWORDS and word not in _GENERIC_MARKER_NAMES
        for word, _ in _words(name))


@cache
def _synonyms() -> dict[str, frozenset[str]]:
    """Folded phrase → every phrase it asks for: the search glossary's and findings' groups (a class's members
    too), the search categories' (a category's members too), the concept lexicon's names in both languages and
    the lab markers' printed names."""
    from nlp.lexicon import concepts

    table: dict[str, set[str]] = {}
    groups = _groups("search_glossary.toml") + _groups("search_findings.toml")
    for entries in concepts().values():
        for phrase, entry in entries.items():
            groups.append(({phrase, fold(entry.name_en), fold(entry.name_pt)}, []))
    for words, members in groups:
        for phrase in words:
            table.setdefault(phrase, set()).update(words.union(*members))
        for member in members:  # a drug asks for its own names and its class, not for the class's other drugs
            for name in member:
                table.setdefault(name, set()).update(words | member)
    for names in _lab_marker_names():
        for name in names:
            table.setdefault(name, set()).update(names)
    for words, members in _groups("search_categories.toml"):
        for phrase in words:  # a member asks only for its own synonyms: "tosse" is not every respiratory symptom
            table.setdefault(phrase, set()).update(words.union(*members))
    return {phrase: frozenset(group) for phrase, group in table.items()}


# A month's abbreviation before a year ("Oct 2023", "out/2023"): the month, as a passage's date words name it
# (nlp.kinds.MONTH_WORDS). Only before a year: "mar", "set" and "out" are also words.
_MONTH_ABBREVIATIONS = {abbreviation: index for index, abbreviations in enumerate((
    "jan", "feb fev", "mar", "apr abr", "may mai", "jun", "jul", "aug ago", "sep sept set", "oct out", "nov",
    "dec dez")) for abbreviation in abbreviations.split()}
_MONTH_BEFORE_YEAR = re.compile(rf"\b({'|'.join(_MONTH_ABBREVIATIONS)})\.?(?=\s*/?\s*(?:19|20)\d\d\b"
                                r"(?!\s*(?:ml|l|mg|g|mcg|kg|ui|iu|units?|mmhg|cm|mm|kcal)\b))", re.IGNORECASE)


def _months_named(question: str) -> str:
    return _MONTH_BEFORE_YEAR.sub(
        lambda month: MONTH_WORDS[_MONTH_ABBREVIATIONS[month.group(1).lower()]].split()[0], question)


def question_units(question: str) -> list[Unit]:
    """The question's units, left to right: the longest phrase the synonyms know at each word, else the
    word itself; question-shaping words ("why", "quanto") and stopwords ask for nothing."""
    written = _words(_months_named(question))
    words = [word for word, _ in written]
    synonyms = _synonyms()
    units: list[Unit] = []
    position = 0
    while position < len(words):
        for size in range(min(_MAX_PHRASE_WORDS, len(words) - position), 0, -1):
            phrase = " ".join(words[position:position + size])
            if phrase in synonyms and _form(phrase) and not (size == 1 and phrase in _QUESTION_WORDS):
                forms = {form for form in map(_form, sorted(synonyms[phrase])) if form}
                units.append(Unit(tuple(sorted(forms, key=lambda form: (len(form), sorted(map(sorted, form))))),
                                  tuple(sorted(synonyms[phrase] - {phrase}))))
                position += size
                break
        else:
            word = words[position]
            if word not in _STOPWORDS and word not in _QUESTION_WORDS and len(word) > 1:
                units.append(Unit(((_stems(word, written[position][1]),),)))
            position += 1
    return units


_PORTUGUESE_LETTERS = re.compile(r"[ãõçáéíóúâêôà]")


def meaning_text(question: str, units: list[Unit]) -> str:
    """What the question is embedded as. The embedding model is English-only: a Portuguese question (by its
    function words or its letters) goes with the synonyms of its known phrases, among them their English
    names; an English question goes as asked."""
    synonyms = [phrase for unit in units for phrase in unit.synonyms]
    portuguese = language(question) == "pt" or _PORTUGUESE_LETTERS.search(question.lower()) is not None
    return f"{question}\n{'; '.join(synonyms)}" if portuguese and synonyms else question
