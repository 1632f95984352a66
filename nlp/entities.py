"""Clinical entities with assertion, in English and Portuguese.

Dictionary matching (spaCy PhraseMatcher over accent-folded text, so offsets are the original's),
scispaCy's abbreviation detector to carry a long form's concept to its short form, medspaCy ConText
for negation, history, hypothetical, family and uncertainty (its English rules; Portuguese rules in
nlp/data/context_pt.toml), then medication and allergy details from the mention's sentence. When a
scispaCy NER model is installed (CLINIGRAPH_SCISPACY_MODEL, default en_core_sci_sm) its English spans
are added as uncoded `finding` candidates where no dictionary concept was found.
"""

from __future__ import annotations

import importlib.util
import os
import re
import tomllib
from functools import cache
from importlib.resources import files
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_suffix_regex, filter_spans

from nlp.facts import Assertion, Fact
from nlp.form_answers import form_answer
from nlp.habits import habit_status
from nlp.lexicon import Entry, concepts, drugs, is_chronic
from nlp.medications import is_medication, ordinary_word
from nlp.text import fold

SCISPACY_MODEL_ENV = "CLINIGRAPH_SCISPACY_MODEL"
DEFAULT_SCISPACY_MODEL = "en_core_sci_sm"
MAX_DETAIL_CHARS = 80
_LIST_ITEM = re.compile(r"^(?:[-*•#]+|\d{1,2}[.)]?)$")
_DOSE = re.compile(r"\b(\d+(?:[.,]\d+)?)\s*(mg|mcg|µg|ug|g|ml|ui|iu|u|units?|gotas|mg/kg|mg/ml)\b", re.IGNORECASE)
_ROUTE = re.compile(r"\b(via oral|oral|vo|by mouth|po|iv|ev|endovenos[oa]|intravenous(?:ly)?|intramuscular|im|"
                    r"subcutane[oa]|subcutaneous(?:ly)?|sc|sublingual|topic[oa]|topical|inalat[oó]ri[oa]|inhaled|"
                    r"nebuliza[cç][aã]o|retal|rectal)\b", re.IGNORECASE)
_FREQUENCY = re.compile(r"\b(once daily|twice daily|three times (?:a|per) day|daily|nightly|at bedtime|bid|tid|qid|qd|"
                        r"qhs|prn|as needed|every \d+ hours|q\d+h|\d+\s*x\s*(?:ao|por) dia|\d+ vez(?:es)? (?:ao|por) dia|"
                        r"de \d+ em \d+ ?h(?:oras)?|\d+/\d+ ?h|a cada \d+ ?h(?:oras)?|[àa] noite|pela manh[aã]|"
                        r"em jejum|se necess[aá]rio|uma vez ao dia|duas vezes ao dia)\b", re.IGNORECASE)
_STOPPED = re.compile(r"\b(stopped|discontinued|held|suspens[oa]|suspend(?:eu|ido|ida|emos)|interromp(?:id[oa]|eu)|"
                      r"retirad[oa]|parou|descontinuad[oa])\b", re.IGNORECASE)
# The mention itself says it is past ("ex-tabagista", "former smoker"): ConText's cues precede a mention.
_FORMER = re.compile(r"^(ex-|ex |former |quit )", re.IGNORECASE)
_RESOLVED = re.compile(r"\b(resolved|cured|in remission|no longer|resolvid[oa]s?|curad[oa]s?|remiss[aã]o|"
                       r"n[aã]o (?:tem|apresenta) mais)\b", re.IGNORECASE)
# Followed or treated now: an active problem even under a history heading ("Antecedentes: TAB em acompanhamento").
_FOLLOWED = re.compile(r"^[^,;.\n]*?\b(in follow-up|under follow-up|followed up (?:by|at|in)|followed at|"
                       r"under treatment|on treatment|em acompanhamento|em seguimento|em tratamento|"
                       r"acompanhad[oa] (?:no|na|pel[oa]))\b", re.IGNORECASE)  # in the mention's own clause
# A habit's status as the context reports it: denied is "never", past is "former".
HABIT_STATUS = {"negated": "never", "historical": "former", "present": "current"}
_STARTED = re.compile(r"\b(started|initiated|begun|iniciad[oa]|introduzid[oa]|prescrit[oa])\b", re.IGNORECASE)
_DATE = re.compile(r"\b(\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})\b")
_ALLERGY = re.compile(r"\b(allerg(?:ic|y|ies)(?: to)?|alergi(?:a|as|co|ca)(?: (?:a|ao|à|as|aos))?|al[eé]rgic[oa](?: (?:a|ao|à))?|"
                      r"nkda|no known (?:drug )?allergies|intoler[aâ]ncia a)\b", re.IGNORECASE)
_NO_KNOWN_ALLERGY = re.compile(r"\b(nkda|no known (?:drug )?allergies|nega alergias?|sem alergias? conhecidas?|"
                               r"nega alergia medicamentosa|no allergies)\b", re.IGNORECASE)
_SEVERITY = re.compile(r"\b(severe|mild|moderate|life-threatening|grave|leve|moderad[oa]|anafil[aá]tic[oa]|anaphylactic)\b",
                       re.IGNORECASE)


@Language.component("line_starts")
def _line_starts(doc: Doc) -> Doc:
    """A list item or a line after a blank line starts a sentence: discharge instructions are lists
    without full stops, and a cue in one item ("Do not stop aspirin") must not reach the next."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and (_LIST_ITEM.match(token.text) or "\n\n" in previous.text):
            token.is_sent_start = True
    return doc


@cache
def _matchers(language: str) -> tuple[Language, PhraseMatcher, dict[str, Entry]]:
    import medspacy.context  # noqa: F401 - registers the "medspacy_context" factory

    nlp = spacy.blank(language)
    # ",FAMILY HISTORY:" (headers run into the previous line in exported notes) splits off the comma
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, r"(?<=[.:]),"]).finditer
    # "HTN+ DM-": a form's sign is a token of its own, so the name beside it still matches
    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, r"(?<=[A-Za-z0-9])\+", r"(?<=[A-Za-z])-"]).search
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("line_starts")
    if language == "en":
        import scispacy.abbreviation  # noqa: F401 - registers the "abbreviation_detector" factory

        nlp.add_pipe("abbreviation_detector")
    context = nlp.add_pipe("medspacy_context", config={"rules": None})
    context.add(_context_rules(language, context.DEFAULT_RULES_FILEPATH))
    phrases: dict[str, Entry] = {**drugs()[language], **concepts()[language]}  # curated concepts win
    ordinary_word("warm-up", language)  # loads the language's word frequencies now, not on a first document
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("PHRASE", list(nlp.tokenizer.pipe(phrases)))
    return nlp, matcher, phrases


def _context_rules(language: str, defaults: str) -> list[Any]:
    """medspaCy's English rules less the dropped ones, plus ours (nlp/data/context_<language>.toml)."""
    from medspacy.context import ConTextRule

    raw = tomllib.loads(files("nlp").joinpath(f"data/context_{language}.toml").read_text(encoding="utf-8"))
    dropped = set(raw.pop("drop", {}).get("literals", []))
    scopes = raw.pop("max_scope", {})
    patterns = raw.pop("pattern", [])
    rules = [rule for rule in ConTextRule.from_json(defaults) if rule.literal not in dropped] \
        if language == "en" else []
    for category, directions in raw.items():
        for direction, literals in directions.items():
            rules += [ConTextRule(literal, category, direction=direction, max_scope=scopes.get(literal))
                      for literal in literals]
    rules += [ConTextRule(item["literal"], item["category"], pattern=item["pattern"], direction=item["direction"],
                          max_scope=scopes.get(item["literal"])) for item in patterns]
    return rules


@cache
def scispacy_model() -> Language | None:
    """The scispaCy NER model named by CLINIGRAPH_SCISPACY_MODEL when it is installed, else None."""
    name = os.environ.get(SCISPACY_MODEL_ENV, DEFAULT_SCISPACY_MODEL)
    if not name or importlib.util.find_spec(name) is None:
        return None
    return spacy.load(name)


def extract_entities(text: str, language: str, page: int) -> list[Fact]:
    """Facts found in one page of text; offsets index `text`."""
    nlp, matcher, phrases = _matchers(language)
    folded = fold(text)
    doc = _prepared(folded, language)
    spans = [_span(doc, start, end, phrases, text) for _, start, end in matcher(doc)]
    spans = [span for span in spans if span is not None]
    spans += _abbreviation_spans(doc, spans)
    doc.ents = filter_spans(spans)
    doc = nlp.get_pipe("medspacy_context")(doc)
    facts = []
    for ent in doc.ents:
        entry = phrases[ent.label_]  # label: the matched phrase
        fact = _fact(ent, entry, text, folded, page)
        if entry.kind != "medication" or is_medication(text, language, fact, entry.generic):
            facts.append(fact)
    facts = _allergies(facts, doc, text, page)
    facts += _scispacy_candidates(text, language, page, facts)
    return facts


def assertions(text: str, language: str, spans: list[tuple[int, int]]) -> list[Assertion]:
    """ConText on mentions someone else found (character offsets into `text`), e.g. an annotated
    evaluation set: the same rules the pipeline applies to its own mentions."""
    nlp, _, phrases = _matchers(language)
    folded = fold(text)
    doc = _prepared(folded, language)
    ents = [doc.char_span(start, end, label="GIVEN", alignment_mode="expand") for start, end in spans]
    doc.ents = filter_spans([ent for ent in ents if ent is not None])
    doc = nlp.get_pipe("medspacy_context")(doc)
    by_offsets = {(ent.start_char, ent.end_char): ent for ent in doc.ents}
    found = [next(ent for key, ent in by_offsets.items() if key[0] <= start < key[1]) for start, _ in spans]
    return [_assertion(ent, phrases.get(ent.text), folded) for ent in found]


def _prepared(folded: str, language: str) -> Doc:
    """The accent-folded text through every component but ConText, which needs the mentions first."""
    nlp, _, _ = _matchers(language)
    doc = nlp.make_doc(folded)
    for name, component in nlp.pipeline:
        if name != "medspacy_context":
            doc = component(doc)
    return doc


def _assertion(ent: Span, entry: Entry | None, folded: str) -> Assertion:
    """ConText's modifiers, except that a form's answer beside the name wins (nlp.form_answers), as does a
    habit's status as its clause writes it (nlp.habits),
    and a chronic disease under a history cue ("Antecedentes: HAS, DM2", "history of hypertension") stays
    the patient's current problem unless the sentence says it resolved — as does any condition the
    sentence says is followed or treated now."""
    if (answer := form_answer(folded, ent.start_char, ent.end_char)) is not None:
        return Assertion(negated=answer == "negated", historical=answer == "historical",
                         hypothetical=ent._.is_hypothetical, family=ent._.is_family)
    habit = habit_status(folded, ent.start_char, ent.end_char, ent.doc.lang_) \
        if entry is not None and entry.kind == "lifestyle" else None
    if habit is not None and (habit == "never" or not ent._.is_negated):
        return Assertion(negated=habit == "never", historical=habit == "former",
                         hypothetical=ent._.is_hypothetical, family=ent._.is_family)
    historical = ent._.is_historical or bool(_FORMER.match(ent.text))
    if historical and ((entry is not None and is_chronic(entry)) or _FOLLOWED.match(folded, ent.end_char)) \
            and not _RESOLVED.search(ent.sent.text):
        historical = False
    return Assertion(negated=ent._.is_negated, historical=historical,
                     hypothetical=ent._.is_hypothetical, family=ent._.is_family, uncertain=ent._.is_uncertain)


def _span(doc: Doc, start: int, end: int, phrases: dict[str, Entry], original: str) -> Span | None:
    span = doc[start:end]
    entry = phrases.get(span.text)
    if entry is None:
        return None
    if entry.brand and not original[span.start_char].isupper():
        return None
    return Span(doc, start, end, label=span.text)


def _abbreviation_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """A short form defined in the text ("chronic obstructive ... (COPD)") takes its long form's concept."""
    found: list[Span] = []
    for short in doc._.abbreviations if Doc.has_extension("abbreviations") else []:
        long = short._.long_form
        concept = next((s.label_ for s in spans if s.start <= long.start and long.end <= s.end), None)
        if concept is not None:
            found.append(Span(doc, short.start, short.end, label=concept))
    return found


def _fact(ent: Span, entry: Entry, original: str, folded: str, page: int) -> Fact:
    assertion = _assertion(ent, entry, folded)
    kind = "family_history" if assertion.family and entry.kind == "condition" else entry.kind
    attributes: dict[str, str | float | None] = {}
    if entry.kind == "medication":
        attributes = _medication_details(original, ent)
    elif entry.kind == "lifestyle" and (habit := HABIT_STATUS.get(assertion.status)):
        attributes = {"habit_status": habit}
    name = entry.name_pt if ent.doc.lang_ == "pt" else entry.name_en
    return Fact(kind=kind, text=original[ent.start_char:ent.end_char], name=name,
                aliases=tuple({entry.name_en, entry.name_pt} - {name}),
                code_system=entry.code_system, code=entry.code, page=page, start=ent.start_char, end=ent.end_char,
                extractor="lexicon+context", confidence=0.9 if entry.code else 0.8, assertion=assertion,
                attributes=attributes)


def _medication_details(original: str, ent: Span) -> dict[str, str | float | None]:
    following = [e.start_char for e in ent.doc.ents if e.start_char >= ent.end_char]
    end = min([ent.sent.end_char, ent.end_char + MAX_DETAIL_CHARS, *following])
    after = original[ent.end_char:end]  # details stop at the next mention: "A 10 mg e B 20 mg"
    before = original[ent.sent.start_char:ent.start_char]
    details: dict[str, str | float | None] = {}
    if dose := _DOSE.search(after):
        details["dose"] = f"{dose.group(1)} {dose.group(2)}"
    if route := _ROUTE.search(after):
        details["route"] = route.group(1).lower()
    if frequency := _FREQUENCY.search(after):
        details["frequency"] = frequency.group(1).lower()
    sentence = original[ent.sent.start_char:ent.sent.end_char]
    if _STOPPED.search(sentence):
        details["status"] = "stopped"
        if date := _DATE.search(sentence):
            details["stop"] = date.group(1)
    elif _STARTED.search(before + after):
        details["status"] = "active"
        if date := _DATE.search(sentence):
            details["start"] = date.group(1)
    return details


def _allergies(facts: list[Fact], doc: Doc, original: str, page: int) -> list[Fact]:
    """A substance named after an allergy cue in the same sentence is an allergy, not a medication
    taken; its reaction (the symptom or condition written after it, before the next substance) and a
    severity word are attached to it and are not the patient's conditions. Allergens outside an allergy
    statement (a drug class, latex, a food) are dropped: they are not facts of their own."""
    result: list[Fact] = []
    consumed: set[int] = set()
    for sentence in doc.sents:
        text = original[sentence.start_char:sentence.end_char]
        cue = _ALLERGY.search(text)
        if cue is None:
            continue
        in_sentence = [f for f in facts if sentence.start_char <= f.start < sentence.end_char]
        cue_end = sentence.start_char + cue.end()
        substances = [f for f in in_sentence if f.kind in ("medication", "allergen") and f.start >= cue_end - 1]
        severity = _SEVERITY.search(text)
        for position, substance in enumerate(substances):
            limit = substances[position + 1].start if position + 1 < len(substances) else sentence.end_char
            reaction = next((f for f in in_sentence if f.kind in ("symptom", "condition")
                             and substance.end <= f.start < limit), None)
            consumed.add(id(substance))
            if reaction is not None:
                consumed.add(id(reaction))
            negated = substance.assertion.negated or bool(_NO_KNOWN_ALLERGY.search(text))
            result.append(Fact(
                kind="allergy", text=substance.text, name=substance.name, code_system=substance.code_system,
                code=substance.code, page=page, start=substance.start, end=substance.end, extractor="allergy-cue",
                confidence=0.85, assertion=Assertion(negated=negated),
                attributes={"reaction": reaction.name if reaction else None,
                            "severity": severity.group(1).lower() if severity else None},
            ))
        if not substances and _NO_KNOWN_ALLERGY.search(text):
            start = sentence.start_char + cue.start()
            result.append(Fact(kind="allergy", text=cue.group(0), name="Drug allergy", code_system="ICD-10",
                               code="Z88.9", page=page, start=start, end=start + len(cue.group(0)),
                               extractor="allergy-cue", confidence=0.9, assertion=Assertion(negated=True)))
    kept = [f for f in facts if id(f) not in consumed and f.kind != "allergen"]
    return kept + result


def _scispacy_candidates(text: str, language: str, page: int, found: list[Fact]) -> list[Fact]:
    model = scispacy_model() if language == "en" else None
    if model is None:
        return []
    covered = [(f.start, f.end) for f in found]
    return [
        Fact(kind="finding", text=ent.text, name=ent.text, code_system=None, code=None, page=page,
             start=ent.start_char, end=ent.end_char, extractor=f"scispacy:{model.meta.get('name', 'model')}",
             confidence=0.5)
        for ent in model(text).ents
        if not any(start < ent.end_char and ent.start_char < end for start, end in covered)
    ]
