"""A lab report page's layout: its lines, the marker names that start a line or a column (anchors), the
section each line is in (blood or urine), and the units group headers give to the rows under them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.labs.bilingual import translated_rows
from nlp.labs.catalog import GASES, Marker, catalog
from nlp.labs.units import Unit, parse_unit
from nlp.text import fold

_LABEL = r"(?:(?:test|exame|analise|analito|analyte|parametro|parameter|investigation|determinacao)\s*[:\-]\s*)?"
_COLUMN_START = re.compile(rf"(?:^|\s{{2,}}|\t|\|)[ \t]*(?:[-•·*][ \t]*)?{_LABEL}", re.MULTILINE)
# "TGO / AST", "VPM - Volume plaquetário médio": the same marker named twice
_SECOND_NAME = re.compile(r"\s*[-–/]\s*|\s*\(")
# (a dash alone in a wide gap is an empty column: "SANGUE      -      TRACOS")
_DESCRIPTION = re.compile(r"[ \t]{1,2}[-–][ \t]{1,2}(?P<words>[a-z][^\n]*?)(?=[ \t]{2,}\S)")
_READINGS = r"negativ|positiv|reagente|reactiv|reativ|detectad|detected|ausente|absent|presente|present"
_QUALITATIVE_START = re.compile(rf"(?:nao |not |non[- ]?)?(?:{_READINGS}|tracos?\b|trace|vestigios\b|normal\b|raros?\b|raras?\b|nil\b)")
# The heading of a blood gas's values corrected to the patient's temperature ("Temperature Corrected Values")
_CORRECTED = re.compile(r"temperature[- ]corrected\b|temp\.? ?corr|(?:valores |resultados )?corrigid[oa]s? (?:para|a|pela) "
                        r"(?:a )?temperatura|valores corrigidos\b|corrected (?:to|for) (?:patient )?temp")
# A table of charges' header ("ITEM   AMOUNT(GMD)", "Exame   Preço (Kz)"): its rows name tests beside their prices, not
# results, to a blank line or a results table's header
_CURRENCY = (r"\((?:r\$|us\$|\$|€|£|kz|mt|cve|fcfa|cfa|xof|xaf|gmd|ngn|kes|ghs|zar|inr|rs\.?|usd|eur|brl|aoa|"
             r"mzn|mop)\)")
_CHARGE_WORDS = r"amount|price|preco|cost|custo|fees?|charges?|montante"
_CHARGE_WORD = re.compile(rf"{_CHARGE_WORDS}|valor|value")  # (looked for first: most lines say none)
_CHARGES = re.compile(rf"(?:^|[ \t]{{2,}})(?:(?:{_CHARGE_WORDS})(?:\s*{_CURRENCY})?|(?:valor|value)\s*{_CURRENCY})"
                      r"(?=[ \t]{2,}|$)")  # (a cell of its own)
# (a results table's header: "Investigation   Observed Value   Units   Reference Interval")
_RESULTS_HEADING = re.compile(r"(?:^|[ \t]{2,})(?:results?|resultados?|resultats?|units?|unidades?|unites?|"
                              r"(?:observed |measured )?values?|reference\w*|refer\w*|flag|investigations?|"
                              r"parameters?|parametros?|tests?|exames?)(?:[ \t]{2,}|$)")
_PARAMETER = re.compile(r"[:=]\s*\d")  # "Temp. corr.: 37,0 C" sets a temperature, it heads no block
_AT_TEMPERATURE = re.compile(r"\s?\(t\)")
_PROSE = re.compile(r" [a-zà-ü]{3,} [a-zà-ü]{2,} ")  # two words on, single-spaced
# A title in capitals that a name begins ("HAEMOGLOBIN VARIANT ANALYSIS (HPLC) & FULL BLOOD COUNT"): three words on,
# single-spaced, to the line's end with no number and no reading on it ("HBSAG SERUM POSITIVE", "HEPATITIS C ANTIBODY
# NON REACTIVE" are results; "HEMOGLOBIN A1C WITH EAG" heads its value)
_READING = re.compile(rf"\b(?:{_READINGS})")
_TITLE = re.compile(r" [A-ZÀ-Ü]{3,}(?: [A-ZÀ-Ü(&][^ \d\n]*){2,}[^\d\n]*$")
# "Pt Temp:", "Pt ID:": a two-letter name that begins a patient's or a sample's label (not "Na sérico:", "Hb total:")
_LONGER_LABEL = re.compile(r" (?:temp\w*|id|name|nome|no|n[.ºo°]|number|numero|sex\w*|idade|age|dob|room|sala|leito|"
                           r"bed|type|tipo|code|codigo|location|local)\.?\s*:")
# A table header's column headings: a capitals line of them beside a section's name still heads a section
_COLUMN_HEADING = re.compile(r"(?:resultados?|results?|unidades?|units?|(?:valor(?:es)? de )?refer\w*|"
                             r"reference(?: range| interval)?|ref\.?(?: range)?|flag|metodo|method|material|valor(?:es)?)")
# a reference column's heading with its unit ("VR absoluto (/mm³)" beside "Relativo (%)   Absoluto (/mm³)")
_REFERENCE_HEADING = re.compile(r"(?i)\b(?:v\.?r\.?|ref\w*|refer[eê]ncia|intervalo)\b")
_SERUM_ASIDE = re.compile(r"\((?:serum|soro|plasma|s[eé]rico)\)", re.IGNORECASE)
_ASIDE_OR_NOTHING = re.compile(r"\s*(?:\([^()]*\))?\s*")
_SPECIMEN_SUFFIX = re.compile(r",?[ \t](?:(?P<arterial>arterial)|(?P<venous>venous|venos[oa])|whole blood|sangue total|"
                             r"capillary|capilar)\b")
_CELL_ENDS = re.compile(r"[ \t]{2,}|[ \t]*$")
_CELL_TEXT = re.compile(r"[a-z][^\n]*?(?=[ \t]{2,}|$)")  # a cell's text that starts with a letter
_ADDED_WORDS = re.compile(r",[ \t]?[a-z][a-z ]{0,30}?(?=[ \t]{2,}|$)")
_STANDALONE_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w.,ªº°])")
# The name again in the report's other language after a slash, to the column's gap ("Haemoglobin / Hémoglobine",
# "ESR (1st hour) / VS (1re heure)"): it starts with a letter and carries no number the name does not
_TRANSLATION = re.compile(r"(?:[ \t]?\([^()\n]*\))?[ \t]?/[ \t]?(?P<words>[^\W\d_][^\n]*?)(?=[ \t]{2,}\S)")
_DIGITS = re.compile(r"\d+")
# words after a slash that make the name another quantity, not its translation
_OTHER_QUANTITY = re.compile(r"\b(?:ratios?|razao|relacao|rapport|index|indice|clearance|depuracao|second|2nd|segunda|"
                             r"direct\w*|diret\w*|indirect\w*|indiret\w*|fetal\w*|free|livre|libre|conjugat\w*|"
                             r"urine|urina|"
                             r"csf|fluid|liquido|liquor|activity|atividade|activite|corrected|corrigid\w*)\b")
_GROUP_UNIT = re.compile(r"\((?:em\s+|in\s+|units?:?\s*|unidades?:?\s*)?(?P<unit>[^()|]{1,20})\)", re.IGNORECASE)
# a section's heading that says its results' unit in words ("BIOQUÍMICA — resultados em mg/dL", "Lipids: results in
# mmol/L")
_UNIT_SAID = re.compile(r"\b(?:resultados?|results?|valores|values)(?:\s+(?:expressos?|expressed|reported|given))?\s+"
                        r"(?:em|in)\s+(?P<unit>[^\s,;()]{1,15})[\s.]*$", re.IGNORECASE)
_URINE_HEADING = re.compile(r"\b(?:urinalysis|urine (?:analysis|dipstick|routine|microscopy|examination|chemistry)|"
                            r"urina (?:tipo|rotina|i{1,2}\b|[12]\b)|urinalise|(?:urine )?feme\b|urine full examination|"
                            r"eas\b|sumario de urina|microalbumin\w*|exame (?:qualitativo )?de urina|"
                            r"elementos anormais|"
                            r"caracteres fisicos|analise bioquimica da urina|uroanalise|"
                            r"(?:material|amostra|specimen|sample)\s*:\s*urin[ae])")
# a section's heading in capitals: "URINE" over its tests, "URINA — tira reactiva" (not "Urine" in a list of specimens,
# "Urine - sample not received")
_URINE_ALONE = re.compile(r"\s*URIN[AE](?:\s*[—–-][^\d\n]{0,30})?\s*")
_GAS_HEADING = re.compile(r"\b(?:blood gas(?:es)?|arterial blood gas|gasometria|hemogasometria|gases? (?:arterial|"
                          r"venos[oa]|sanguine[oa]s?)|abg\b|vbg\b|co-?oximetr)")
_VENOUS = re.compile(r"\b(?:venos[oa]|venous|vbg)\b")  # "GASOMETRIA VENOSA", "Amostra: sangue venoso"
# An analyser's sample line above its gas heading ("Sample type   Venous", "Amostra: sangue arterial"): the gas's site
_SAMPLE_SITE = re.compile(r"\s*(?:sample(?: type)?|specimen(?: type)?|amostra|tipo de amostra|material)\b[\s:.]*"
                          r"(?:sangue\s+|blood\s*[,-]?\s*)?"
                          r"(?:(?P<venous>venos[oa]|venous)|(?P<arterial>arterial)|(?P<serum>soro|serum|plasma)|capilar|"
                          r"capillary)\b")
_ARTERIAL = re.compile(r"\barterial\b")
# A blood pH's reading with a pCO2 or pO2 within the next three lines starts a blood gas where no heading said so
# (an analyser's printout: "pH    7.345" over "pCO2    6.69 kPa"); a pH alone is not enough
_GAS_PH = re.compile(r"(?m)^[ \t]*ph\b[^\d\n]{0,12}[67][.,]\d{2,3}(?!\d)[^\n]*\n(?:[^\n]*\n){0,2}[ \t]*c?p\s?c?o2\b")
# The parts of a blood-gas report ("Electrolyte values", "Oximetria"), whose headings do not end it.
# ("ELECTROLYTES / METABOLITES" is the analyser's; an "ELETRÓLITOS" heading alone starts a serum section)
_GAS_PART = re.compile(r"\b(?:values|valores|(?:electrolyt|eletrolit)\w*\s*(?:/|and|e|&)\s*(?:metabolit|lactat)|oximetr|"
                       r"acid-base|acido-base|calculated|calculad|measured|medid|parameters|parametros)")
_SEDIMENT_OR_STRIP = re.compile(r"\b(?:(?P<sediment>sediment\w*|microscop\w*|elementos figurados)|quimic\w*|"
                                r"chemical|chemistry|dipstick|fita|tira reagente|tira reativa|tira reactiva|strip)\b")
# The parts of a urinalysis, whose headings do not end it.
_URINE_PART = re.compile(r"\b(?:exame (?:fisico|quimico|microscopico)|sedimento(?:scopia)?|microscopia|elementos|"
                         r"caracteres|caracteristicas|aspectos gerais|"
                         r"physical|chemical|chemistry|microscop(?:y|ic)|dipstick|sediment)\b")


@dataclass(frozen=True)
class Anchor:
    start: int
    marker: Marker
    name_end: int


@dataclass
class Line:
    start: int
    end: int
    anchors: list[Anchor]
    specimen: str = "blood"  # the section it is in: "blood", "urine", "gas" or "venous gas"
    sediment: bool = False  # in a urinalysis's microscopy part (cells counted or seen, not a strip's grades)


def lines(page: str, folded: str) -> list[Line]:
    """The page's lines with their anchors. A urinalysis heading switches to the urine markers (there
    "Glicose" is the urine test), a blood-gas heading to the analyser's (pH, pCO2; whole-blood codes), until a
    heading of another section."""
    found, offset, specimen, split, sediment, corrected = [], 0, "blood", None, False, False
    venous_sample = False  # a sample line said so just above a gas heading that does not say
    named = False  # the line above named a test: a sample line under it is that test's
    gas_starts = {match.start() for match in _GAS_PH.finditer(folded)} if "ph" in folded else set()
    site_venous = False  # the last sample line said venous and no test's results came since (an unheaded gas's site)
    unheaded = blank_above = False  # in a gas its pH started; the line above was blank
    charges = False  # in a table of charges
    for raw in page.splitlines(keepends=True):
        end = offset + len(raw.rstrip("\r\n"))
        if site := _SAMPLE_SITE.match(folded, offset, end):
            venous_sample = site_venous = site["venous"] is not None
            if site["arterial"] is not None and specimen != "urine" and not named:
                specimen = "gas"  # an analyser's sample line: only a blood gas is drawn from an artery
            elif site["serum"] is not None and specimen in GASES:
                specimen = "blood"  # "Material: Soro" under the next test: the gas has ended
        if specimen == "blood" and offset in gas_starts:
            specimen, unheaded = ("venous gas" if venous_sample or site_venous else "gas"), True
        anchors = _anchors(page, folded, offset, end, specimen, split)
        named = bool(anchors)
        site_venous = site_venous and (not anchors or specimen in GASES)
        # (a blank line or another section's results between: the sample line was not the gas's)
        venous_sample = venous_sample and not anchors and bool(folded[offset:end].strip())
        text = folded[offset:end].strip()
        if charges:
            charges = bool(text) and _RESULTS_HEADING.search(text) is None
            anchors = [] if charges else anchors
        elif not anchors and _CHARGE_WORD.search(text) and _CHARGES.search(text):
            charges = True
        if corrected and anchors:
            anchors = []  # a blood gas's values at the patient's temperature, under their heading: not results
        else:  # the heading starts the block ("Temperature Corrected Values (36.0 °C)"); a blank line ends it
            corrected = bool(text) and not anchors and _CORRECTED.match(text) is not None \
                and not _PARAMETER.search(text)
        if not anchors and not _other_gas_row(folded, offset, end, specimen):  # (its specimen word sets no section)
            if unheaded and blank_above and text and not _GAS_PART.search(text):
                specimen, unheaded = "blood", False  # a gas no heading began ends at the next heading after a gap
            specimen, split = _specimen(page[offset:end], folded[offset:end], specimen, split)
            if specimen == "gas" and venous_sample and not _ARTERIAL.search(folded, offset, end):
                specimen = "venous gas"
            if parts := [part["sediment"] is not None for part in _SEDIMENT_OR_STRIP.finditer(folded, offset, end)]:
                sediment = all(parts)  # "URINE MICROSCOPY & DIPSTICK" names both: not only the microscopy
            sediment = sediment and specimen == "urine"
        found.append(Line(offset, end, anchors, specimen, sediment))
        blank_above = not text
        offset += len(raw)
    for line, following in zip(found, found[1:], strict=False):
        if not following.anchors:
            line.anchors = [_wrapped(folded, anchor, line, following) for anchor in line.anchors]
    translated_rows(folded, found)
    return found


def _wrapped(folded: str, anchor: Anchor, line: Line, following: Line) -> Anchor:
    """The marker a name wrapped in its cell names: "Mean corpuscular hemoglobin" over "concentration (MCHC)"
    is the MCHC, not the MCH; the rest of the name is the next line's cell in the same column."""
    column = following.start + anchor.start - line.start
    if column >= following.end or (column > following.start and folded[column - 1] != " ") \
            or not _CELL_ENDS.match(folded, anchor.name_end, line.end):
        return anchor  # (a name with more of its cell after it, "TTPA (segundos)", did not wrap)
    rest = _CELL_TEXT.match(folded, column, following.end)
    if rest is None:
        return anchor
    name = folded[anchor.start:anchor.name_end]
    joined = f"{name} {rest.group()}"
    longer = catalog().match(joined, 0, line.specimen)
    # the whole cell is the name's rest, an aside in brackets at most ("binding capacity not done" is a comment)
    if longer is None or longer[1] <= len(name) + 1 or longer[0].key == anchor.marker.key \
            or not _ASIDE_OR_NOTHING.fullmatch(joined[longer[1]:]):
        return anchor
    return Anchor(anchor.start, longer[0], anchor.name_end)


def heading(text: str) -> bool:
    """A line of capitals without numbers: a section or exam heading."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and not any(ch.isdigit() for ch in text) \
        and sum(ch.isupper() for ch in letters) > 0.8 * len(letters)


def group_units(text: str, current: list[Unit]) -> list[Unit]:
    """A line without results may set the unit of the rows under it ("LIPID PROFILE (mmol/L)"), one per
    column when it names several ("Valores relativos (%)   Valores absolutos (/mm³)", or bare: "Fração   %   g/dL
    VR (%)   VR (g/dL)"); a new heading ends them."""
    headed = [(parsed, _REFERENCE_HEADING.search(text[:match.start()].rsplit("  ", 1)[-1]) is not None)
              for match in _GROUP_UNIT.finditer(text)
              if (parsed := parse_unit(match.group("unit").strip())) is not None and parsed.text != "s"]
    # (a reference column's unit beside the value columns' is none of theirs; alone, it is the values' unit too)
    units = [unit for unit, reference in headed if not reference] or _bare_units(text) or [unit for unit, _ in headed]
    if units:
        return units
    if (said := _UNIT_SAID.search(text)) is not None and (unit := parse_unit(said["unit"])) is not None:
        return [unit]
    return [] if heading(text) else current


_UNITS_LABEL = re.compile(r"(?:units?|unidades?|unid\.?|unites?)(?: of measure| de medida)?\s*:?")


def _bare_units(text: str) -> list[Unit]:
    """A header's bare units over the value columns ("        %        /mm3      Valores de referência"), after the
    section's or the names' heading ("LEUCOGRAMA   %   /mm³", "Fração   %   g/dL"): two at least."""
    if "/" not in text and "%" not in text:
        return []
    bare: list[Unit] = []
    cells = re.split(r"\s{2,}", text.strip())
    if len(cells) > 2 and "/" not in cells[0] and "%" not in cells[0] and not _UNITS_LABEL.fullmatch(fold(cells[0])):
        cells = cells[1:]  # the names' heading (never a strip table's row label: "Units   g/L   L/L" heads no rows)
    for cell in cells:
        if not ("/" in cell or "%" in cell) or (unit := parse_unit(cell)) is None:
            break
        bare.append(unit)
    return bare if len(bare) >= 2 else []


def _row_of_capitals(folded: str) -> bool:
    """A line whose cells after the first are not all column headings: a row with its reading beside its name."""
    cells = [cell for cell in re.split(r"[ \t]{2,}", folded.strip()) if cell]
    return len(cells) > 1 and not all(_COLUMN_HEADING.fullmatch(cell) or cell.startswith(("(", "-", "–"))
                                      for cell in cells[1:])  # ("BIOQUIMICA  (MATERIAL: SORO)" heads a section)


def _specimen(text: str, folded: str, current: str, split: int | None) -> tuple[str, int | None]:
    """The section the lines below are in, and, when a urinalysis heading stands beside another panel's
    ("HORMÔNIOS E VITAMINAS        URINA TIPO I"), the column where the urine panel begins (left of it the
    names are blood markers)."""
    if urine := _URINE_HEADING.search(folded) or _URINE_ALONE.fullmatch(text):
        left = text[:urine.start()]  # another panel's heading in capitals, not the page's title
        beside = left.strip() != "" and heading(left)
        return "urine", urine.start() if beside else None
    if current == "urine" and _URINE_PART.search(folded):
        return "urine", split
    venous = _VENOUS.search(folded) is not None
    if _GAS_HEADING.search(folded):
        return ("venous gas" if venous else "gas"), None
    if current in GASES and (venous or _GAS_PART.search(folded)):
        return ("venous gas" if venous else current), None
    # (a heading naming its specimen in brackets is its own case: "CHEMISTRY (serum)" ends a blood gas)
    if current == "blood" or _row_of_capitals(folded):
        return current, split  # (in capitals, "COR      AMARELO CITRINO" is a row, not a heading)
    return ("blood", None) if heading(text) or heading(_SERUM_ASIDE.sub(" ", text)) else (current, split)


def _anchors(page: str, folded: str, start: int, end: int, specimen: str, split: int | None) -> list[Anchor]:
    """Marker names at the start of the line or of a column; a column ends where the next begins. A name
    that runs on into a sentence ("Iron circulating in the blood") is prose, not a name."""
    anchors: list[Anchor] = []
    for column in _COLUMN_START.finditer(folded, start, end):
        beside = split is not None and column.end() - start < split - 2  # the other panel, left of the urine's
        found = catalog().match(folded, column.end(), "blood" if beside else specimen)
        if found is not None and found[1] <= end and (not anchors or column.end() >= anchors[-1].name_end) \
                and not _PROSE.match(page, found[1], end) \
                and not (_TITLE.match(page, found[1], end) and not _READING.search(folded, found[1], end)) \
                and not (found[1] - column.end() <= 2 and (page[column.end():found[1]].islower()
                                                           or _LONGER_LABEL.match(folded, found[1], end))) \
                and not (specimen in GASES and _AT_TEMPERATURE.match(folded, found[1])):
            # ("pH(T)", "pCO2 (T)": a gas analyser's value at the patient's temperature, not the result at 37 °C;
            # elsewhere "(T)" is a total: "Bilirubin(T)"; "mg", "k" in lowercase are a unit and a word, not Mg and K)
            marker, name_end = found
            if _other_gas(folded, name_end, end, specimen):
                continue  # a venous value under an arterial gas's heading (or the reverse) is not that gas's
            anchors.append(Anchor(column.end(), marker,
                                  _second_name(folded, marker, column.end(), name_end, end, specimen)))
    return anchors


def _other_gas_row(folded: str, start: int, end: int, specimen: str) -> bool:
    first = len(folded[start:end]) - len(folded[start:end].lstrip())
    found = catalog().match(folded, start + first, specimen) if specimen in GASES else None
    return found is not None and found[1] <= end and _other_gas(folded, found[1], end, specimen)


def _other_gas(folded: str, name_end: int, end: int, specimen: str) -> bool:
    """Whether a gas analyte's name says the other specimen than its section's ("pO2 venoso" under an arterial gas)."""
    named = _SPECIMEN_SUFFIX.match(folded, name_end, end) if specimen in GASES else None
    return named is not None and bool((named["arterial"] and specimen != "gas")
                                      or (named["venous"] and specimen != "venous gas"))


def _second_name(folded: str, marker: Marker, start: int, name_end: int, end: int, specimen: str) -> int:
    """Where the name ends when it is followed by another of the same marker's names, or by a description
    up to the column gap ("HBsAg - Antígeno de superfície do vírus da hepatite B    Reagente"), or in a blood gas by
    the specimen its section is of ("pH, Arterial", "Sodium, Whole Blood"; a venous value under an arterial heading
    is not that section's)."""
    if specimen in GASES and (named := _SPECIMEN_SUFFIX.match(folded, name_end, end)) is not None:
        return named.end()
    if (described := _DESCRIPTION.match(folded, name_end, end)) is not None \
            and not _STANDALONE_NUMBER.search(described.group("words")) \
            and not _QUALITATIVE_START.match(described.group("words")):
        return described.end("words")
    if folded[name_end - 1] == ")" and (added := _ADDED_WORDS.match(folded, name_end, end)) is not None:
        return added.end()  # a name with its aside ("TSH (ultrasensitive)"), then what a comma adds to it
    position = name_end
    for _ in range(3):  # "ALT (GPT) / ALAT (GPT)": the name, its aside, its other name (and that one's aside)
        further = _name_again(folded, marker, start, position, end, specimen)
        if further == position:
            break
        position = further
    return position


def _name_again(folded: str, marker: Marker, start: int, name_end: int, end: int, specimen: str) -> int:
    """Where the name ends when another of the marker's names (or an aside, or a translation) follows it."""
    separator = _SECOND_NAME.match(folded, name_end, end)
    if separator is None:
        return name_end
    again = catalog().match(folded, separator.end(), specimen)
    if again is None and (translated := _translation(folded, start, name_end, end)) is not None:
        return translated
    if again is None or again[0].key != marker.key or again[1] > end:
        return name_end
    if separator.group().strip() != "(":
        return again[1]
    # "(packed cell volume, PCV)", "(TSH), third generation": the aside closes the name, with what a comma
    # adds to it before the column gap
    closing = folded.find(")", again[1], min(end, again[1] + 40))
    if closing < 0:
        return again[1]
    added = _ADDED_WORDS.match(folded, closing + 1, end)
    return added.end() if added else closing + 1


def _translation(folded: str, start: int, name_end: int, end: int) -> int | None:
    """Where a name's translation after a slash ends, when the words are no reading ("Negative / Négatif"), say
    no other quantity of the marker ("Platelet / Lymphocyte Ratio", "APTT / Ratio", "Bilirubin total / direct") and
    carry no number the name does not (a second marker's name after the slash was looked for first)."""
    translation = _TRANSLATION.match(folded, name_end, end)
    if translation is None or _QUALITATIVE_START.match(translation["words"]) \
            or _OTHER_QUANTITY.search(translation["words"]) \
            or not set(_DIGITS.findall(translation["words"])) <= set(_DIGITS.findall(folded, start, name_end)):
        return None
    return translation.end()
