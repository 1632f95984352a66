"""Dictionaries the entity matcher is built from, all shipped with the code or inside wheels:
nlp/data/concepts.toml (ICD-10-coded conditions and symptoms, procedures, lifestyle, social) and the
`drug-named-entity-recognition` dictionary (DrugBank/MedlinePlus ids), with Brazilian generic names
derived from the English ones and a table of the names that do not follow the rules."""

from __future__ import annotations

import bz2
import pickle
import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files

from nlp.text import fold

MIN_DRUG_CHARS = 4
# English drug-name endings → Portuguese (accent-folded): furosemide → furosemida, amoxicillin → amoxicilina.
_PT_SPELLING = ((r"ph", "f"), (r"th", "t"), (r"y", "i"), (r"ll", "l"), (r"ae", "e"), (r"oe", "e"), (r"k", "c"))
_PT_ENDINGS = ((r"ine$", "ina"), (r"in$", "ina"), (r"ide$", "ida"), (r"one$", "ona"), (r"ole$", "ol"),
               (r"an$", "ana"), (r"ate$", "ato"), (r"ium$", "io"), (r"ac$", "aco"), (r"en$", "eno"),
               (r"ene$", "eno"), (r"ase$", "ase"), (r"um$", "o"))
_NOT_DRUGS = frozenset(fold(w) for w in (
    "today", "water", "oxygen", "iron", "sodium", "potassium", "calcium", "magnesium", "glucose", "chloride",
    "cholesterol", "insulin resistance", "alcohol", "blood", "plasma", "serum", "urea", "vitamin", "protein",
    "albumin", "creatinine", "hemoglobin", "dextrose", "saline", "nitrogen", "fluoride", "sulfur", "zinc",
    "control", "balance", "regular", "complete", "duration", "natural", "ideal", "prime", "focus", "bond",
))
# Bare organism names ("pseudomonas aeruginosa") are in the dictionary for their vaccines and lysates;
# in notes they name the infection's cause, not a drug taken.
_ORGANISM = re.compile(r"(?:pseudomonas|staphylococcus|streptococcus|escherichia|klebsiella|candida|clostridium|"
                       r"clostridioides|enterococcus|haemophilus|neisseria|mycobacterium|salmonella|shigella|"
                       r"helicobacter|aspergillus|bordetella|proteus|acinetobacter|serratia|enterobacter|listeria|"
                       r"legionella|treponema|chlamydia|mycoplasma|corynebacterium|vibrio|yersinia|borrelia) [a-z]+")


@dataclass(frozen=True)
class Entry:
    """One concept a phrase stands for."""

    kind: str
    name_en: str
    name_pt: str
    code_system: str | None
    code: str | None
    brand: bool = False  # brand names only count when capitalised in the text
    generic: bool = True  # the drug's own (INN) name, not a brand or a synonym


@cache
def concepts() -> dict[str, dict[str, Entry]]:
    """language → folded phrase → entry, for the curated concepts (ICD-10 unless an entry names its system)."""
    raw = tomllib.loads(files("nlp").joinpath("data/concepts.toml").read_text(encoding="utf-8"))
    table: dict[str, dict[str, Entry]] = {"en": {}, "pt": {}}
    for kind, entries in raw.items():
        for item in entries:
            code = item.get("code")
            entry = Entry(kind=kind, name_en=item["name"]["en"], name_pt=item["name"]["pt"],
                          code_system=item.get("code_system", "ICD-10") if code else None, code=code)
            for language in ("en", "pt"):
                for phrase in item[language]:
                    table[language].setdefault(fold(phrase), entry)
    return table


def portuguese_variants(name: str) -> set[str]:
    """Brazilian spellings of an English generic name (furosemide → furosemida)."""
    spelled = name
    for pattern, replacement in _PT_SPELLING:
        spelled = re.sub(pattern, replacement, spelled)
    variants = {spelled}
    for pattern, replacement in _PT_ENDINGS:
        if re.search(pattern, spelled):
            variants.add(re.sub(pattern, replacement, spelled))
            break
    acid = re.fullmatch(r"(\w+)ic acid", spelled)
    if acid:
        variants.add(f"acido {acid.group(1)}ico")
    return {variant for variant in variants if variant != name}


@cache
def _portuguese_names() -> dict[str, str]:
    """Brazilian names the spelling rules do not produce (nlp/data/drug_names_pt.toml), folded."""
    raw = tomllib.loads(files("nlp").joinpath("data/drug_names_pt.toml").read_text(encoding="utf-8"))
    return {fold(name): canonical for name, canonical in raw["names"].items()}


@cache
def drugs() -> dict[str, dict[str, Entry]]:
    """language → folded drug name → entry with its DrugBank id (else MedlinePlus id)."""
    with bz2.open(files("drug_named_entity_recognition").joinpath("drug_ner_dictionary.pkl.bz2"), "rb") as handle:
        data = pickle.load(handle)  # the package's own data file, read as the package itself does
    canonical_data = data["drug_canonical_to_data"]
    variant_data = data["drug_variant_to_variant_data"]

    def entry(canonical: str, brand: bool, generic: bool) -> Entry:
        info = canonical_data.get(canonical, {})
        system, code = ("DrugBank", info["drugbank_id"]) if info.get("drugbank_id") else (
            ("MedlinePlus", info["medline_plus_id"]) if info.get("medline_plus_id") else ("drug", fold(canonical)))
        name = info.get("name") or canonical.title()
        return Entry(kind="medication", name_en=name, name_pt=name, code_system=system, code=code, brand=brand,
                     generic=generic)

    english: dict[str, Entry] = {}
    portuguese: dict[str, Entry] = {}
    for variant, canonicals in data["drug_variant_to_canonical"].items():
        folded = fold(variant)
        if len(folded) < MIN_DRUG_CHARS or folded in _NOT_DRUGS or _ORGANISM.fullmatch(folded) or not canonicals:
            continue
        brand = bool(variant_data.get(variant, {}).get("is_brand"))
        info = canonical_data.get(canonicals[0], {})
        generic = not brand and folded in (fold(canonicals[0]), fold(info.get("name") or canonicals[0]))
        english.setdefault(folded, entry(canonicals[0], brand, generic))
        if not brand:
            for pt in portuguese_variants(folded):
                portuguese.setdefault(pt, entry(canonicals[0], False, generic))
    for pt, canonical in _portuguese_names().items():
        source = english.get(fold(canonical))
        generic = pt in portuguese_variants(fold(canonical)) | {fold(canonical)}
        portuguese[pt] = replace(source, generic=generic) if source else entry(canonical, False, generic)
    for folded, item in english.items():
        portuguese.setdefault(folded, item)  # brand and INN names are shared across languages
    return {"en": english, "pt": portuguese}


@cache
def _chronic_codes() -> tuple[str, ...]:
    raw = tomllib.loads(files("nlp").joinpath("data/chronic_conditions.toml").read_text(encoding="utf-8"))
    return tuple(raw["codes"])


def is_chronic(entry: Entry) -> bool:
    """A condition that stays the patient's problem once diagnosed (nlp/data/chronic_conditions.toml)."""
    return entry.kind == "condition" and entry.code_system == "ICD-10" and entry.code is not None \
        and entry.code.startswith(_chronic_codes())
