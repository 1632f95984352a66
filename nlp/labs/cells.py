"""One cell of a lab report read into tokens: the value(s) after a marker's name, their units, the
reference ranges, the printed flag.

A cell is the text between a marker's name and the next marker (or the end of its line), or the text
after a `Resultado:`/`Result:` label on a following line. It is rejected (None) when a word that is
neither filler nor a value comes before any value: that is prose or a heading, not a result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nlp.labs.flags import FLAG
from nlp.labs.numbers import NUMBER, parse_number
from nlp.labs.ranges import SIGN, Range, parse_range
from nlp.labs.units import Unit, parse_unit
from nlp.text import fold

# A range's two ends sit close together: "85      até 32" is a value and a one-sided reference, not "85–32".
# "1a6", "2a 10", "2 a10": a scan lost a space or both
_SEP = r"(?:[ \t]{0,3}[-–—][ \t]{0,3}|[ \t]{1,3}(?:a|à|to|até|ate)[ \t]{1,3}|(?<=\d)a(?=\d)|(?<=\d)(?-i:a)[ \t]{1,3}(?=\d)|[ \t]{1,3}(?-i:a)(?=\d+(?![A-Za-z])))"
_COMPARATOR = r"(?:<=|>=|=<|=>|<|>|≤|≥)"
_BOUND = (r"(?:[<>]\s*(?:or|ou)\s*=|<=?|≤|=<|>=?|≥|=>|até|ate|up to|below|above|less than|greater than|inferior a|"
          r"superior a|"
          r"menor que|maior que|abaixo de|acima de)")
REFERENCE_LABEL = (r"ref(?:erence)?(?:\s*(?:range|interval|values?))?|ref\.|v\.?\s?r\.?|"
                   r"valor(?:es)?\s+de\s+refer[eê]ncia|intervalo\s+de\s+refer[eê]ncia|refer[eê]ncia|"
                   r"desej[aá]vel|[oó]timo|normal|faixa\s+terap[eê]utica|therapeutic\s+range|intervalo\s+terap[eê]utico")
_TOKEN = re.compile(
    rf"(?P<ref>\(?\b(?:{REFERENCE_LABEL})\b\.?\s*:)"
    rf"|(?P<date>(?<![\w.,/])\d{{1,2}}(?P<sep>[/.-])\d{{1,2}}(?P=sep)\d{{2,4}}(?![\w/.,-]))"  # a date, not a value
    rf"|(?P<scaled>(?:[x×]\s?)?10\s?(?:\^|\*\*?)\s?\d+\s*/\s*[^\s,;)]+|(?:[x×]\s?)?10[³⁶⁹]\s*/\s*[^\s,;)]+|x\s?E\d{{1,2}}/[^\s,;)]+"
    rf"|(?<=\d\s)(?:por|p/)\s?campo\b|ml/min/1[.,]73\s?m(?:²|2)(?!\w))"  # two words: "3 por campo", eGFR's "m²"
    rf"|(?P<hydroxy>(?<![\w.,])(?:1,)?25[ -]?\(?OH\)?(?:[ -]?D[23]?\b)?)"  # a vitamin D's name: "25(OH)", "25-OH D"
    rf"|(?P<between>(?<![\d.,]){SIGN}(?:{NUMBER}){_SEP}[+]?(?:{NUMBER})(?![\d.,]))"
    rf"|(?P<bound>{_BOUND}\s*(?:{NUMBER}))"
    rf"|(?P<number>(?:(?<=\s)(?:[-−]|\+(?=\d+[.,]\d))(?=\d)|(?<![\w.,]))(?:{NUMBER})(?![\d]|\+))"  # "-1.3", "+1.2": a base
    # excess; "3+", "+1": dipstick grades
    rf"|(?P<pipe>\|)"
    rf"|(?P<flag>[\[(](?:↑↑|↓↓|[↑↓*!+-]|HH|LL|H|L|N)[\])])"  # "(+)"/"(-)" after a value: above/below
    rf"|(?P<open>[(\[])|(?P<close>[)\]])"
    rf"|(?P<star>(?<!\S)(?:\*{{1,2}}|[↑↓]{{1,2}})(?=\d))"  # a flag glued before its value: "*2.9", "**6", "↑16,83"
    rf"|(?P<word>[^\s|()\[\]]+)",
    re.IGNORECASE,
)
_QUALIFIED = re.compile(rf"^\s*(?P<op>{_COMPARATOR}|inferior a|superior a|menor que|maior que|less than|greater than)"
                        rf"\s*(?P<number>{NUMBER})$", re.IGNORECASE)
_FILLER = frozenset(": = - – . … ..... de do da em no na of was is at fasting jejum serico "
                    "# abs abs. absoluto absolutos absolute rel relativo relativos relative level nivel result results resultado resultados value valor total am pm calc calculated "
                    "calculado quant quantitative quantitativo basal random "
                    "arterial venous venoso venosa capillary capilar whole".split())  # "Glicemia capilar", ", Whole Blood"
# A formula, not a result: "eAG (mg/dL) = 28.7 x HbA1c - 46.7" (a factor times a name, or that plus a constant)
# (or worked: "= 28.7 x 6.1 - 46.7"; "= 5.2 x 10^9/L" is a value and its unit)
FORMULA = re.compile(r"=\s*\d+(?:[.,]\d+)?\s*[x×*]\s*(?:[^\W\d_]|(?!10\s*[\^*eE³⁶⁹¹])\d)|"
                     r"\d+(?:[.,]\d+)?\s*[x×*]\s*[^\W\d_][\w()]*\s*[-+−]\s*\d")
_SEX_LABEL = re.compile(r"(?i)[hmf]|homens?|mulheres?|males?|females?|masc\.?|fem\.?")  # a band's label by sex
_IDENTIFIER = re.compile(r"00\d{3,}")  # a licence's or an accession's number, zero-padded ("0085743"; "08" is a value)
_LEADER_MISREAD = re.compile(r"[.…_]{2,}[!|]")  # a scan's dot leader whose colon was read as "!" or "|" ("....!")
_QUALITATIVE = {
    "negativo": "negative", "negativa": "negative", "negative": "negative", "positivo": "positive",
    "positiva": "positive", "positive": "positive", "reagente": "reactive", "reactive": "reactive",
    "nao reagente": "non-reactive", "non-reactive": "non-reactive", "nonreactive": "non-reactive",
    "non reactive": "non-reactive", "reactivo": "reactive", "reactiva": "reactive", "reativo": "reactive",
    "reativa": "reactive", "nao reactivo": "non-reactive", "nao reactiva": "non-reactive", "nao reativo": "non-reactive",
    "nao reativa": "non-reactive", "no reactivo": "non-reactive", "no reactiva": "non-reactive",
    "no reactive": "non-reactive", "ausente": "absent", "ausentes": "absent", "absent": "absent",
    "presente": "present", "presentes": "present", "present": "present", "detectado": "detected",
    "detected": "detected", "nao detectado": "not detected", "not detected": "not detected",
    "tracos": "trace", "traco": "trace", "trace": "trace", "traces": "trace", "vestigios": "trace",
    "nil": "negative", "none seen": "absent", "none detected": "negative", "normal": "normal", "raras": "rare", "raros": "rare",
    "rara": "rare", "raro": "rare", "rare": "rare",
    # a count's grade above rare is "present" in the readings' vocabulary; the printed word stays the value's text
    "few": "present", "algumas": "present", "alguns": "present", "numerosas": "present", "numerosos": "present",
    "many": "present",
    # dipstick grades ("Small", "Moderate", "Large": the US strips' words for 1+ to 3+, STRIP_WORDS)
    "small": "positive", "moderate": "positive", "large": "positive",
    "+": "positive", "++": "positive", "+++": "positive", "++++": "positive", "1+": "positive", "2+": "positive",
    "3+": "positive", "4+": "positive", "+1": "positive", "+2": "positive", "+3": "positive", "+4": "positive",
}
STRIP_WORDS = frozenset({"small", "moderate", "large"})  # a reading only on a urine strip ("Large platelets")
_FLAG_FIRST = re.compile(r"↑↑|↓↓|[↑↓]|\*{1,2}|!|HH|LL|H|L")  # the marks a flag column before the result holds
_BAND_UNITS = frozenset("years yrs y anos am pm a.m. p.m. hrs weeks semanas months meses".split())
_DIMER_BASIS = re.compile(r"[ \t]*(?P<basis>FEU|DDU)\b", re.IGNORECASE)
# A flag word or the reference's label a scan glued to the unit ("/mm³ALTO", "/mm³V.R.")
_GLUED_FLAG = re.compile(r"(?<=[a-zµ³²/%])(?:ALTO|ALTA|BAIXO|BAIXA|HIGH|LOW|V\.R\.?:?|VR:|Ref\.:?)\.?$", re.IGNORECASE)
_OVERSTRUCK = re.compile(r"[xX]{3,}")  # a typewriter's struck-out value ("XXX 281 mg/dl": the value typed beside it)
_FLAG_BEFORE_UNIT = re.compile(r"(?:HH|LL|H|L)(?=%|[mµμunpgk]|I?U/)")  # (not "Leu/µL": a strip's leukocytes)
# A material column between the name and the result ("| SANGUE |", "Soro"): passed over before the value
_MATERIALS = frozenset({"soro", "serum", "plasma", "sangue", "blood", "sangue total", "whole blood", "urina", "urine"})
_BARE_UNITS = frozenset({"fl", "pg"})
# A reference column that gives no range ("Not established", "Ver nota"): the unit column may still follow.
_NO_REFERENCE = frozenset({"not established", "nao estabelecido", "nao estabelecida", "nao estabelecidos",
                           "see note", "see comment", "ver nota", "vide nota", "ver comentario", "not applicable",
                           "nao aplicavel", "nao se aplica"})
_UNIT_LABELS = frozenset({"units:", "unit:", "unidade:", "unidades:", "un.:", "unid.:"})
_COMPARATORS = {"<": "<", "≤": "<=", "<=": "<=", "=<": "<=", ">": ">", "≥": ">=", ">=": ">=", "=>": ">=",
                "inferior a": "<", "menor que": "<", "less than": "<", "superior a": ">", "maior que": ">",
                "greater than": ">"}


@dataclass
class Value:
    token: str
    number: float | None
    unit: Unit | None
    unit_text: str | None
    qualitative: str | None
    end: int
    comparator: str | None = None
    bracketed: bool = False  # printed in brackets after another value (a conversion, or a second result)
    after_reference: bool = False  # a percentage printed after the count's reference ("Fórmula"): none of its own


@dataclass
class Cell:
    values: list[Value]
    ranges: list[tuple[Range, Unit | None]]
    flag: str | None
    end: int
    loose: list[Value] = field(default_factory=list)  # bare numbers after the value (see parser's column units)
    leading_reference: tuple[int, int] | None = None  # where a reference printed before the value is


def read_cell(page: str, start: int, end: int, decimal: str, reference_first: bool = False) -> Cell | None:
    """The tokens of page[start:end], or None when no value follows the name (prose, headers). `reference_first`:
    the table's header puts the reference column before the result's, so what reads as a range, a bound or a band
    before a later value is the reference ("inferior a 34,0   inferior a 9,0 UI/mL", "Normal: 4,0 a 5,6   5,0 %")."""
    if (formula := FORMULA.search(page, start, end)) is not None:
        end = formula.start()  # the cell ends where a formula begins ("6.1 %   (eAG = 28.7 x HbA1c - 46.7)")
    tokens = list(_TOKEN.finditer(page, start, end))
    values: list[Value] = []
    ranges: list[tuple[Range, Unit | None]] = []
    flag: str | None = None
    name_unit: tuple[Unit, str] | None = None  # printed with the name: "TSH (µIU/mL)"
    in_range = False
    bracketed = False  # inside brackets opened after a value: "148 g/L (14.8 g/dL)"
    loose: list[Value] = []
    leading: tuple[int, int] | None = None
    unit_column = False
    last = start
    index = 0

    def add(value: Value) -> None:
        value.bracketed = bracketed
        values.append(value)

    while index < len(tokens):
        token = tokens[index]
        kind, text = token.lastgroup, token.group()
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        unit_after = unit_of(following) if following is not None else None
        if kind == "hydroxy":
            pass  # the rest of a name: "Vitamina D - 25(OH)"
        elif kind == "ref" and reference_first and not values and _value_follows(tokens, index + 1):
            leading = (leading[0] if leading else token.start(), token.end())  # a band's label: "Normal:"
        elif kind == "ref":
            in_range = True
        elif kind == "between" and following is not None and fold(following.group().strip("()[],;:")) in _BAND_UNITS:
            index += 1  # "(7-10 AM)", "40-49 years": a band's label, not a range
        elif kind in ("between", "bound") and not values and not in_range and (
                _value_follows(tokens, index + 1) if reference_first else _reference_first(tokens, index, kind, unit_column)
        ) and (parsed := parse_range(text, decimal)) is not None:
            ranges.append((parsed, unit_after))  # "K/uL   4.00-11.00   0.70": the reference column comes first
            leading = (leading[0] if leading else token.start(), token.end())
            index += unit_after is not None
        elif kind == "bound" and not values and not in_range and (qualified := _QUALIFIED.match(text)):
            # "< 0,5 mg/dL" in the value's place: a value printed with a qualifier
            add(Value(text, parse_number(qualified["number"], decimal), unit_after,
                                unit_text(following) if unit_after and following else None, None,
                                following.end() if unit_after and following else token.end(),
                                _COMPARATORS[fold(qualified["op"]).strip()]))
            index += unit_after is not None
            last = tokens[index].end()
        elif kind in ("between", "bound"):
            if not values:
                return None
            parsed = parse_range(text, decimal)
            if parsed is not None:
                ranges.append((parsed, unit_after))
                index += unit_after is not None
                last = tokens[index].end()
            in_range = True
        elif kind == "number" and _IDENTIFIER.fullmatch(text):
            if not values:
                return None  # "Lic. No. 0085743" under a row with no result: an identifier, never a value
            break
        elif kind == "number":
            following_number = following is not None and following.lastgroup == "number"
            marks = index + 1  # "12,6 ↓ %", "603 CRIT HIGH mg/dL": a flag printed between the value and its unit
            while marks < min(index + 3, len(tokens)) and _is_flag(tokens[marks]):
                marks += 1
            if unit_after is None and index + 1 < marks < len(tokens) and not in_range and len(values) < 2 \
                    and (beyond := unit_of(tokens[marks])) is not None:
                flag = " ".join(mark.group() for mark in tokens[index + 1:marks])
                add(Value(text, parse_number(text, decimal), beyond, unit_text(tokens[marks]), None, tokens[marks].end()))
                index = marks + 1
                last = tokens[marks].end()
                continue
            if in_range and ranges and unit_after is not None and unit_after.text == "%" and len(values) == 1 \
                    and values[0].unit is not None and values[0].unit.text != "%":
                # "5,76 x10^9/L   [ 1,50 - 7,70 ]   65,7 %": the count's percentage, in a column after its reference
                add(Value(text, parse_number(text, decimal), unit_after, unit_text(following), None, following.end(),
                          after_reference=True))
                index += 1
            elif not in_range and unit_after is not None and len(values) < 2:
                add(Value(text, parse_number(text, decimal), unit_after, unit_text(following),
                                    None, following.end()))
                index += 1
            elif not values:
                add(Value(text, parse_number(text, decimal), None, None, None, token.end()))
            elif following_number and not ranges:
                low, high = parse_number(text, decimal), parse_number(following.group(), decimal)
                if low <= high:
                    ranges.append((Range(low=low, high=high, text=f"{text}-{following.group()}"), None))
                index += 1
                in_range = True
            elif not ranges and len(values) + len(loose) < 2:
                # "4   374": a second bare number, a value only where a header gives each column its unit
                loose.append(Value(text, parse_number(text, decimal), None, None, None, token.end()))
            last = tokens[index].end()
        elif kind == "open" and not values:
            opened = index
            while index + 1 < len(tokens) and tokens[index].lastgroup != "close":
                index += 1  # a parenthetical between the name and the value: "(HbA1c)", "(soro)", "(µIU/mL)"
            if index == opened + 2 and (unit := unit_of(tokens[opened + 1])) is not None:
                name_unit = (unit, unit_text(tokens[opened + 1]))
            elif index == opened + 3 and tokens[opened + 1].lastgroup == "number" \
                    and (unit := unit_of(tokens[opened + 2])) is not None:
                # "Neutrófilos:  (5.610/mm³)  60 %": the count in brackets before the percentage
                add(Value(tokens[opened + 1].group(), parse_number(tokens[opened + 1].group(), decimal), unit,
                          unit_text(tokens[opened + 2]), None, tokens[opened + 2].end()))
                last = tokens[index].end()
        elif kind == "star":
            flag = flag if values else text  # ("*2.9": the value's; after a value, its own mark is read with it)
        elif kind in ("pipe", "open", "close"):
            bracketed = (kind == "open" and bool(values)) or (bracketed and kind == "pipe")
        elif kind == "flag" and values:
            flag = text
            last = token.end()
        elif (qualitative := _qualitative(tokens, index)) is not None and not values:
            label, consumed = qualitative
            add(Value(text, None, None, None, label, tokens[index + consumed - 1].end()))
            index += consumed - 1
            last = tokens[index].end()
        elif values and (words := _no_reference(tokens, index)) is not None:
            index += words - 1
            in_range = True
            if index + 1 < len(tokens) and (unit := unit_of(tokens[index + 1])) is not None:
                for value in values:
                    if value.unit is None and value.qualitative is None:
                        value.unit, value.unit_text = unit, unit_text(tokens[index + 1])
                index += 1
            last = tokens[index].end()
        elif values and FLAG.fullmatch(text):
            flag = text
            last = token.end()
        elif values and not ranges and not in_range and values[-1].unit is None and values[-1].qualitative is None \
                and kind in ("word", "scaled") and (unit := unit_of(token)) is not None and _skipped_words(tokens, index):
            # "15.0   Photometric   g/dL   13.0 - 17.0": a method column between the value and its unit
            for value in values:
                if value.unit is None and value.qualitative is None:
                    value.unit, value.unit_text = unit, unit_text(token)
            last = token.end()
        elif fold(text) in _UNIT_LABELS and (unit := unit_after) is not None:
            # "Result: 87   Units: g/L": the unit printed under its own label, for the values before it
            for value in values:
                if value.unit is None and value.qualitative is None:
                    value.unit, value.unit_text = unit, unit_text(following)
            index += 1
            last = tokens[index].end()
        elif fold(text.strip("()[],;:|")) in _MATERIALS:
            if values:
                break  # "Creatinina  Sangue 0,9 mg/dL   Urina 80 mg/dL": another material's result
        elif not values and (unit := _leading_unit(token)) is not None and name_unit in (None, (unit, text)):
            name_unit, unit_column = (unit, text), True  # a unit column before the result column (LIS exports)
        elif not values and flag is None and _FLAG_FIRST.fullmatch(text) and following is not None \
                and following.lastgroup in ("number", "bound"):
            flag = text  # a flag column before the result's: "Neutrófilos (%)   L   33,4 %"
        elif not values and (label_end := _band_label(tokens, index)) is not None:
            # "Fase folicular: 2,4 a 12,6   4,3 mUI/mL", "H 13,0 – 17,0 / M 12,0 – 15,5   14,5 g/dL"
            leading = (leading[0] if leading else token.start(), tokens[label_end - 1].end())
            index = label_end - 1
        elif not values and not _filler(text) and not (text == "/" and leading) \
                and not (text == "—" and reference_first):
            # ("/" between bands printed first: "H 13,0 – 17,0 / M 12,0 – 15,5   14,5"; a dash in a reference column
            # before the result's; elsewhere a dash or a slash is a result not done: the next cell is another column's)
            return None
        index += 1
    if not values:
        return None
    if name_unit is not None and values[0].unit is None and values[0].qualitative is None:
        values[0].unit, values[0].unit_text = name_unit
    for value in values:  # a D-dimer's unit names its calibrator: "ng/mL FEU" is not "ng/mL DDU"
        if value.unit_text is not None and (basis := _DIMER_BASIS.match(page, value.end, end)) is not None:
            value.unit_text += f" {basis['basis'].upper()}"
            value.end = basis.end()
    return Cell(values=values, ranges=ranges, flag=flag, end=max(last, values[-1].end), loose=loose,
                leading_reference=leading if ranges and leading and leading[1] <= values[0].end else None)


def _skipped_words(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether only words (a method's) stand between the last value and the token at `index`."""
    between = []
    for token in reversed(tokens[:index]):
        if token.lastgroup in ("number", "bound", "between", "scaled") or _is_flag(token):
            break
        between.append(token)
    return bool(between) and all(token.lastgroup in ("word", "pipe") for token in between)


def _reference_first(tokens: list[re.Match[str]], index: int, kind: str, unit_first: bool) -> bool:
    """Whether a range before any value is the reference column of a layout that prints it before the result
    ("Test  Units  Ref. range  Result"): a plain number follows it; a one-sided bound ("< 190", which may be a
    qualified value) only where the unit column came first too."""
    return (kind == "between" or unit_first) and any(token.lastgroup == "number" for token in tokens[index + 1:])


def _value_follows(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether a number or a qualified one comes at or after `index`."""
    return any(token.lastgroup in ("number", "bound") for token in tokens[index:])


def _band_label(tokens: list[re.Match[str]], index: int) -> int | None:
    """Where a band's label before a reference printed first ends ("Fase folicular:", "Homens:" before "2,4 a
    12,6", then the value): up to four words, the last closed by a colon (or a sex's word or letter alone: "H 13,0 –
    17,0"), then a range, then a number."""
    for end in range(index, min(index + 4, len(tokens))):
        if tokens[end].lastgroup != "word":
            return None
        if tokens[end].group().endswith(":") or (end == index and _SEX_LABEL.fullmatch(tokens[end].group())):
            after = tokens[end + 1:end + 2]
            rest = tokens[end + 2:]
            if after and after[0].lastgroup in ("between", "bound") and any(
                    token.lastgroup == "number" for token in rest):
                return end + 1
            return None
    return None


def _is_flag(token: re.Match[str]) -> bool:
    return token.lastgroup == "flag" or (token.lastgroup == "word" and bool(FLAG.fullmatch(token.group())))


def unit_of(token: re.Match[str]) -> Unit | None:
    if token.lastgroup not in ("scaled", "word"):
        return None
    text = unit_text(token)
    if (FLAG.fullmatch(token.group()) and token.lastgroup == "word") or text.endswith(":"):
        return None  # a flag, or a label ("M: 4,50-5,90")
    return parse_unit(text)


def unit_text(token: re.Match[str]) -> str:
    """A unit token as printed, without brackets, a sentence's full stop or a flag word or reference label a
    scan glued to it ("/mm³ALTO", "/mm³V.R.", "g/dL."), or a flag's letter glued before it ("H%", "LU/L"; not
    "L/L")."""
    text = _GLUED_FLAG.sub("", token.group().strip("()[],;")).rstrip(".")
    if (flag := _FLAG_BEFORE_UNIT.match(text)) is not None and parse_unit(text) is None \
            and parse_unit(text[flag.end():]) is not None:
        return text[flag.end():]
    return text


def _leading_unit(token: re.Match[str]) -> Unit | None:
    """A unit printed before the value: only spellings no name or word shares (a slash, a percent sign,
    fL, pg), so a name's word is never taken for one."""
    text = token.group().strip("()[],;")
    if "/" not in text and "%" not in text and fold(text) not in _BARE_UNITS:
        return None
    return unit_of(token)


def _filler(text: str) -> bool:
    stripped = text.strip("()[],;:._…")
    return text.startswith("(") or text.endswith(")") or not stripped or fold(stripped) in _FILLER \
        or set(stripped) <= set(".:_-…") or _LEADER_MISREAD.fullmatch(text) is not None \
        or _OVERSTRUCK.fullmatch(text) is not None


def qualitative_label(text: str) -> str | None:
    """The normalised label of a qualitative result ("Não reagente" → non-reactive), None if it is none."""
    return _QUALITATIVE.get(fold(text.strip().strip("()[],;:.")))


def _no_reference(tokens: list[re.Match[str]], index: int) -> int | None:
    """How many words from `index` say the reference column gives no range, if they do."""
    words = [fold(token.group().strip("()[],;:.")) for token in tokens[index:index + 3]]
    return next((size for size in (3, 2) if len(words) >= size and " ".join(words[:size]) in _NO_REFERENCE), None)


def _qualitative(tokens: list[re.Match[str]], index: int) -> tuple[str, int] | None:
    word = fold(tokens[index].group().strip("()[],;:."))
    if index + 1 < len(tokens):
        pair = f"{word} {fold(tokens[index + 1].group().strip('()[],;:.'))}"
        if pair in _QUALITATIVE:
            return _QUALITATIVE[pair], 2
    return (_QUALITATIVE[word], 1) if word in _QUALITATIVE else None
