"""The lab marker catalogue (nlp/data/lab_markers.toml): names in both languages → one LOINC-coded marker."""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from nlp.labs.loinc import is_valid
from nlp.labs.units import Unit, parse_unit
from nlp.text import fold

GASES = ("gas", "venous gas")  # a blood-gas section: arterial (or unsaid), or venous
# A specimen's time of day in its printed name: "Cortisol, AM (8 a.m.)", "Cortisol matinal", "Cortisol - 16h".
_TIMING = {"am": re.compile(r"\b(?:am|a\.m\.|manha|matinal|morning|[6-9] ?h)\b|\b[6-9] ?a\.?m"),
           "pm": re.compile(r"\b(?:pm|p\.m\.|tarde|vespertino|afternoon|evening|1[4-8] ?h)\b|\b[2-6] ?p\.?m")}
_PREFIX = re.compile(r"anticorpos?\s+(?=anti)|(?:dosagem d[eoa]s?|determinacao d[eoa]s?|taxa d[eoa]|"
                     r"nivel serico d[eoa]|serum|soro:?)\s+|"
                     r"(?:hepatite|hepatitis) [abc]\s*[-–—:]\s*|(?:sifilis|syphilis|hiv|htlv|chagas)\s*[-–—:]\s*")
# A timed collection after a name ("Urine creatinine 24 hr", "Creatinina urinária de 24 horas") names another
# analyte, the amount passed in a day: not the marker the name alone is.
# (after a column's gap only spelt as hours, "Creatinine Clearance   24 Hr": "UREA NITROGEN    24 H" is a value and its
# flag)
_TIMED = re.compile(r"(?:[ \t]?[,(\[–—-])*[ \t]?(?:de |in |em |da |of )?24[ \t-]*(?:h|hr|hrs|hours?|horas?)\b|"
                    r"[ \t]{2,}24(?:[ \t-]*(?:hr|hrs|hours?|horas?)|h)\b")
# Where a cell's text ends: a column's gap, a pipe, the line's end
_CELL_GAP = re.compile(r"[ \t]{2,}|[\t|\r\n]|$| (?=[<>]|\d+(?:[.,]\d+)?(?:\s|$))")  # (a full column: one space, then a number)
_SHORTEST_CUT = 10  # a cut-short name keeps at least this much of it
# An antibody's names, from its organism's and its class's: "Toxoplasma gondii - anticorpos IgG", "Rubéola - IgM"
_ANTIBODY_FORMS = ("{o} {c}", "{o} - {c}", "{o}, {c}", "{o} ({c})", "{o} - anticorpos {c}", "{o} anticorpos {c}",
                   "anti-{o} {c}", "anticorpos anti-{o} {c}", "{o} ab {c}", "{o} antibody {c}", "{o} {c} antibody",
                   "{o} - {c} (anticorpos)")


@dataclass(frozen=True)
class Marker:
    key: str
    loinc: str
    name_en: str
    name_pt: str
    names: tuple[str, ...]
    unit: Unit | None  # None: a unitless ratio such as INR, or a qualitative test
    molar_mass: float | None = None
    valence: int = 1
    molar_loinc: str | None = None  # the code of the same analyte reported as a substance concentration
    field_loinc: str | None = None  # the code of a urine sediment count per microscope field
    specimen: str = "blood"  # "urine"/"gas": matched only inside a urinalysis or a blood-gas section
    point_decimal: bool = False  # printed "1.020" in every language: a reading over 1000 took its point for thousands
    strip_pad: bool = False  # read on a urine strip's pad: "Ausente" there is a negative reading, not an absent cell
    sediment: bool = False  # seen in a urine sediment (cells, casts, bacteria): "Negativo" there means none seen
    strip_marker: str | None = None  # read as a strip grade ("Negativo", "3+") it is this marker (esterase)
    gas_loinc: str | None = None  # measured by a blood-gas analyser (whole blood): its own code
    gas_molar_loinc: str | None = None
    venous_loinc: str | None = None  # in a venous blood gas (the others are arterial)
    timed_loinc: tuple[tuple[str, str], ...] = ()  # a morning or afternoon specimen named so ("Cortisol, PM"), by mass
    unit_loinc: tuple[tuple[str, str], ...] = ()  # units with a code of their own and no linear conversion
    per_day: str | None = None  # the marker of its amount in a 24-hour urine, read from a unit per day ("mEq/24h")
    other_kinds: tuple[str, ...] = ()  # words after its name that make it another analyte ("Células epiteliais (renais)")

    def own_code(self, unit: Unit | None) -> str | None:
        """The code of a unit that is not a scaling of the canonical one (HbA1c in IFCC mmol/mol)."""
        if unit is None:
            return None
        return next((code for text, code in self.unit_loinc if fold(unit.text) == fold(text)), None)

    def name_in(self, language: str | None) -> str:
        return self.name_pt if language == "pt" else self.name_en

    def percent_variant(self, percent_loinc: str) -> Marker:
        """The same cell type reported as a percentage of leukocytes (its own LOINC code)."""
        return Marker(key=f"{self.key}_pct", loinc=percent_loinc, name_en=f"{self.name_en} %",
                      name_pt=f"{self.name_pt} %", names=(), unit=parse_unit("%"), specimen=self.specimen)

    def loinc_for(self, unit: Unit | None, specimen: str = "blood", printed_name: str = "") -> str:
        """LOINC codes mass and substance concentrations apart (glucose mg/dL 2345-7, mmol/L 14749-6), a
        blood-gas analyser's whole-blood reading apart from the serum one (potassium 6298-4 vs 2823-3), and a
        morning specimen apart from an afternoon one where the printed name says which (cortisol)."""
        if (own := self.own_code(unit)) is not None:
            return own
        if specimen == "venous gas" and self.venous_loinc is not None:
            return self.venous_loinc
        if specimen in GASES and self.gas_loinc is not None:
            molar = unit is not None and "[substance]" in unit.quantity.dimensionality and not unit.equivalents
            return self.gas_molar_loinc if molar and self.gas_molar_loinc else self.gas_loinc
        if unit is not None and self.molar_loinc and "[substance]" in unit.quantity.dimensionality \
                and not unit.equivalents:
            return self.molar_loinc
        if unit is not None and self.field_loinc and "_power_field]" in str(unit.quantity.dimensionality):
            return self.field_loinc
        # mass concentration only: LOINC's timed cortisol codes are per mass
        return next((code for timing, code in self.timed_loinc if _TIMING[timing].search(fold(printed_name))),
                    self.loinc)


@dataclass(frozen=True)
class Catalog:
    markers: dict[str, Marker]
    percent: dict[str, Marker]  # base key → its percentage variant
    _patterns: dict[str, dict[str, str]]  # specimen (blood, urine, gas) → first character → its names' alternation
    _by_name: dict[str, dict[str, str]]  # specimen → name → key
    _sorted: dict[str, list[str]]  # specimen → its names in order (the names a cut-short one begins)

    def match(self, folded: str, position: int, specimen: str = "blood") -> tuple[Marker, int] | None:
        """The marker whose longest name starts at `position` of accent-folded text (or after a generic
        prefix: "Dosagem de ferritina", "Hepatite B - HBsAg", "Anticorpos" before an "anti-" name), and where it
        ends; none when the name goes on to a timed collection."""
        found = self._name_at(folded, position, specimen)
        while not found and (prefix := _PREFIX.match(folded, position)) is not None:
            position = prefix.end()  # prefixes may follow one another: "Hepatite B - Anticorpos anti-HBc"
            found = self._name_at(folded, position, specimen)
        if (cut := self._truncated(folded, position, found.end(1) if found else position, specimen)) is not None:
            return cut
        if not found or _TIMED.match(folded, found.end(1)):
            return None
        named = self._by_name[specimen]
        marker = self.markers[named.get(found.group(1)) or named[_COMMA_UNSPACED.sub(", ", found.group(1))]]
        if marker.other_kinds and _other_kind(marker.other_kinds).match(folded, found.end(1)):
            return None  # an analyte of its own that the catalogue has no code for: read nothing rather than a wrong one
        return marker, found.end(1)

    def _truncated(self, folded: str, position: int, matched: int, specimen: str) -> tuple[Marker, int] | None:
        """A name a fixed-width column cut short ("HEMOGLOBINA CORPUSCU|", "RELACAO ALBUMINA/GLOBULI   1,62"): the
        cell's text up to its gap, when it runs on past any whole name and begins the names of one marker only."""
        gap = _CELL_GAP.search(folded, matched)
        stop = gap.start()
        if stop == matched or stop - position < _SHORTEST_CUT:
            return None
        cut = folded[position:stop]
        names = self._sorted[specimen]
        begun = names[bisect_left(names, cut):bisect_left(names, cut + "\uffff")]
        # cut after letters ("corpuscu|lar", "HEMOGLOBINA CORPUSCULAR 27,0"), never after a code ("Vitamina B1" is
        # no B12, "Hemoglobina A1" no A1c); a last piece of one or two letters only where a column's edge cut it
        # ("VOLUME CORPUSCULAR M|")
        last = cut.rsplit(" ", 1)[-1]
        if not begun or not last.isalpha() or (len(last) < 3 and gap.group() != "|"):
            return None
        keys = {self._by_name[specimen][name] for name in begun}
        return (self.markers[keys.pop()], stop) if len(keys) == 1 else None

    def _name_at(self, folded: str, position: int, specimen: str) -> re.Match[str] | None:
        source = self._patterns[specimen].get(folded[position:position + 1])
        return _compiled(source).match(folded, position) if source is not None else None

    def names(self, text: str) -> bool:
        """Whether `text` is one of the catalogue's names (accent- and case-insensitive)."""
        key = fold(text.strip())
        return any(key in names for names in self._by_name.values())

    def lookup(self, text: str) -> Marker | None:
        """A marker by any of its names, either display name or its LOINC code (for API filters)."""
        key = fold(text.strip())
        if key in self._by_name["blood"]:
            return self.markers[self._by_name["blood"][key]]
        return next((m for m in (*self.markers.values(), *self.percent.values())
                     if key in (m.loinc, fold(m.name_en), fold(m.name_pt), m.key)), None)


def display_name(marker_key: str, language: str | None) -> str:
    """A stored marker's name in the reader's language (its key if the catalogue no longer has it)."""
    marker = catalog().lookup(marker_key)
    return marker.name_in(language) if marker else marker_key


@cache
def catalog() -> Catalog:
    raw = tomllib.loads(files("nlp").joinpath("data/lab_markers.toml").read_text(encoding="utf-8"))
    markers: dict[str, Marker] = {}
    percent: dict[str, Marker] = {}
    by_name: dict[str, dict[str, str]] = {"blood": {}, "urine": {}, "gas": {}}
    for key, entry in raw.items():
        _check_codes(key, entry)
        unit = parse_unit(entry["unit"]) if entry["unit"] != "1" else None
        printed = [fold(name) for name in [*entry["names"], *(
            form.format(o=organism, c=entry["antibody"]) for organism in entry.get("organisms", ())
            for form in _ANTIBODY_FORMS)]]
        names = tuple(dict.fromkeys([*printed, *(name.replace(". ", " ") for name in printed if ". " in name),
                                     *(".".join(name) + "." for name in printed if _INITIALS.fullmatch(name))]))
        # (an abbreviation's full stop is often left out: "Conc hemoglobina corpuscular media"; its initials are
        # often printed with full stops: "R.D.W.", "V.P.M.")
        marker = Marker(key=key, loinc=entry["loinc"], name_en=entry["display"]["en"], name_pt=entry["display"]["pt"],
                        names=names, unit=unit, molar_mass=entry.get("molar_mass"),
                        valence=entry.get("valence", 1), molar_loinc=entry.get("molar_loinc"),
                        field_loinc=entry.get("field_loinc"),
                        unit_loinc=tuple(entry.get("unit_loinc", {}).items()),
                        specimen=entry.get("specimen", "blood"), strip_marker=entry.get("strip_marker"),
                        point_decimal=entry.get("point_decimal", False), strip_pad=entry.get("strip_pad", False),
                        sediment=entry.get("sediment", False),
                        gas_loinc=entry.get("gas_loinc"),
                        gas_molar_loinc=entry.get("gas_molar_loinc"), venous_loinc=entry.get("venous_loinc"),
                        timed_loinc=tuple(entry.get("timed_loinc", {}).items()), per_day=entry.get("per_day"),
                        other_kinds=tuple(fold(word) for word in entry.get("other_kinds", ())))
        markers[key] = marker
        if "percent_loinc" in entry:
            percent[key] = marker.percent_variant(entry["percent_loinc"])
        for name in names:
            by_name[marker.specimen].setdefault(name, key)
        for name in entry.get("gas_names", []):  # a blood-gas analyser's spellings ("cK+", "ctHb")
            by_name["gas"].setdefault(fold(name), key)
        for name in [*entry.get("anywhere", []), *(name for name in names if _SAYS_URINE.search(name))]:
            by_name["blood"].setdefault(fold(name), key)  # (a name that says urine is the urine's in any section)
    by_name["gas"] = {**by_name["blood"], **by_name["gas"]}  # a gas report names blood markers too
    by_name["venous gas"] = by_name["gas"]
    # a serology beside a urinalysis ("URINA TIPO I / SOROLOGIA"): qualitative blood tests only, so a
    # creatinine or uric acid there stays the urine's (or nothing), never the serum's
    by_name["urine"] = {**{name: key for name, key in by_name["blood"].items() if markers[key].unit is None},
                        **by_name["urine"]}
    patterns = {specimen: _by_first_character(names) for specimen, names in by_name.items()}
    return Catalog(markers=markers, percent=percent, _patterns=patterns, _by_name=by_name,
                   _sorted={specimen: sorted(names) for specimen, names in by_name.items()})


_CODE_FIELDS = ("loinc", "molar_loinc", "field_loinc", "gas_loinc", "gas_molar_loinc", "venous_loinc", "percent_loinc")


def _check_codes(key: str, entry: dict) -> None:
    """Refuses a catalogue whose code has a wrong check digit: a typing slip would file every result under
    another analyte, or none."""
    codes = [entry[field] for field in _CODE_FIELDS if field in entry]
    codes += [*entry.get("timed_loinc", {}).values(), *entry.get("unit_loinc", {}).values()]
    if wrong := [code for code in codes if not is_valid(code)]:
        raise ValueError(f"lab marker {key}: {', '.join(wrong)} fails LOINC's check digit")


def _by_first_character(names: dict[str, str]) -> dict[str, str]:
    """The names as alternations, one per first character, longest first: an alternation is tried name by name,
    so one over the whole catalogue's thousands of names made every line's match as slow as they are many. Kept
    as sources, compiled on first use (`_compiled`): compiling them all took longer than loading everything else,
    and a note's reading needs none of them."""
    first: dict[str, list[str]] = {}
    for name in names:
        first.setdefault(name[0], []).append(name)
    return {character: "({})(?![a-z0-9/^])".format("|".join(re.escape(name).replace(r",\ ", r",\ ?")  # "NAME,URINE"
                                                             for name in sorted(group, key=len, reverse=True)))
            for character, group in first.items()}


_INITIALS = re.compile(r"[a-z]{3,5}")  # (not two letters: "N.A." is no sodium)
_SAYS_URINE = re.compile(r"\burin")  # "creatinina (urina)", "urine creatinine", "albumina urinaria"
# A terminal's comma without its space ("CREATININE,URINE"): the name "creatinine, urine"
_COMMA_UNSPACED = re.compile(r",(?=\S)")


@cache
def _other_kind(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"[ \t,(\[–—-]*(?:{})\b".format("|".join(map(re.escape, words))))


@cache
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source)
