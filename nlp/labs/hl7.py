"""An HL7 v2 result message (ORU^R01) in a record's text — sent as a text file, or printed from an interface engine's
message browser — read as the structured results it is: each OBX segment one result, its fields parsed by python-hl7
(OBX-3 the test, its LOINC code when coded "LN"; OBX-5 the value, OBX-6 its unit, OBX-7 the reference range, OBX-8 the
abnormal flag, OBX-11 the status, OBX-14 the time, else its OBR-7). A message file ends its segments with carriage
returns (and may keep MLLP's framing bytes); a printout wraps a long segment at a delimiter:
a line that starts no segment continues the one above, up to a blank line. The segments are blanked for the layout
reader, so a message's patient, comments and fields are not read again as a report's rows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import hl7

from nlp.labs.catalog import catalog
from nlp.labs.flags import printed_flag
from nlp.labs.result import LabResult, Span
from nlp.labs.structured import Invalid, plain_result
from nlp.text import fold

# A segment's id and field separator at a line's start ("OBX|", "MSH|"), perhaps after a viewer's line number: the
# segments a result message holds (a wrapped line may start with three capitals and a bar too: "CAN|UNICODE UTF-8")
_SEGMENT = re.compile(r"[ \t]*(?:\d{1,4}[ \t]+)?(?P<id>MSH|SFT|UAC|PID|PD1|NK1|NTE|PV1|PV2|ORC|OBR|OBX|TQ1|TQ2|CTD|CTI|"
                      r"FT1|SPM|SAC|MSA|ERR|EVN|AL1|DG1|IN1|IN2|GT1|TXA|PRT|ROL|ZDS|ZPI)\|")
_RESULT_SEGMENT = re.compile(r"(?:^|[\r\n\x0b])[ \t]*(?:\d{1,4}[ \t]+)?OBX\|")
_DELIMITERS = ("|", "^", "~", "&", "\\")
_WRAP_SLACK = 3  # a line this close to the block's longest was cut at the printer's width
_DEFAULT_HEADER = "MSH|^~\\&|"
# OBX-11 statuses that carry no result: cannot be obtained, deleted, wrong patient, pending, not asked
_NO_RESULT = frozenset({"X", "D", "W", "I", "N"})
# OBX-2 types whose value is a code with its text (the text is the reading: "POS^Positive^L")
_CODED = frozenset({"CE", "CWE", "CNE", "CF"})
_REPORT_TEXT = frozenset({"TX", "FT"})  # a report's printed lines carried as text: left for the layout reader
# HL7 table 0078's off-scale flags: below the absolute low, above the absolute high
_OFF_SCALE = {"<": "L", ">": "H"}
_TIMESTAMP = re.compile(r"(\d{4})(\d{2})(\d{2})")
# An order's specimen (OBR-15, SPM-4) or its test (OBR-4) that says urine: its tests are the urine's
_URINE = re.compile(r"\burin|\burinalysis|\b(?:ur|ua|eas)\b")
_SPECIMEN_FIELDS = {"OBR": ((4, 2), (15, 1), (15, 2)), "SPM": ((4, 1), (4, 2))}  # (field, component)


@dataclass(frozen=True)
class _Segment:
    text: str  # its wrapped lines joined
    start: int
    end: int


@dataclass(frozen=True)
class Message:
    results: list[LabResult]
    spans: list[tuple[int, int]]  # the segments' places on the page, to blank for the layout reader


def read_messages(page: str, number: int) -> Message | None:
    """The results of the HL7 v2 messages printed on `page` (page `number`), or None when it holds no OBX segment."""
    if not _RESULT_SEGMENT.search(page):
        return None
    results: list[LabResult] = []
    spans: list[tuple[int, int]] = []
    header = _DEFAULT_HEADER
    for group in _orders(_segments(page)):
        if group and group[0].text.startswith("MSH"):
            header = group[0].text
        parsed = [(segment, _parsed(header, segment.text)) for segment in group]
        observed, urine = None, False
        for segment, fields in parsed:
            if fields is not None and segment.text[:3] == "OBR":
                observed = _date(_field(fields, 7))
            if fields is not None and segment.text[:3] in _SPECIMEN_FIELDS:
                urine = urine or any(_URINE.search(fold(_field(fields, index, part)))
                                     for index, part in _SPECIMEN_FIELDS[segment.text[:3]])
        for segment, fields in parsed:
            if segment.text[:3] == "OBX" and fields is not None:
                if (result := _result(fields, segment, number, observed, urine)) is not None:
                    results.append(result)
                elif _field(fields, 2) in _REPORT_TEXT:
                    continue  # not blanked: the layout reader reads the report's lines in it
            spans.append((segment.start, segment.end))
    return Message(results, spans)


def _segments(page: str) -> list[_Segment]:
    """The page's segments, each with the lines a printout wrapped it onto: a line that starts no segment continues
    the one above when that one ends at a delimiter, it starts with one, or the one above was cut at the printer's
    width; any other line (a report's row under the message) is not the message's."""
    lines: list[tuple[str, int]] = []
    offset = 0
    for ended in page.splitlines(keepends=True):  # a message file's segments end with a carriage return
        lines.append((ended.rstrip("\r\n\x0b\x1c"), offset))
        offset += len(ended)
    lengths = sorted((len(line.rstrip()) for line, _ in lines if _SEGMENT.match(line)), reverse=True)
    # the printer's width, when two lines or more reach it (one long segment alone says nothing of a wrap)
    width = lengths[0] if len(lengths) > 1 and lengths[1] >= lengths[0] - _WRAP_SLACK else 10 ** 6
    segments: list[_Segment] = []
    current: list[str] = []
    start = end = 0
    above = ""
    for line, at in lines:
        if (match := _SEGMENT.match(line)) is not None:
            if current:
                segments.append(_Segment("".join(current), start, end))
            current, start = [line[match.start("id"):].rstrip()], at + match.start("id")
        elif current and line.strip() and (above.rstrip().endswith(_DELIMITERS) or line.lstrip().startswith(
                _DELIMITERS) or len(above.rstrip()) >= width - _WRAP_SLACK):
            current.append(line.strip())
        else:
            if current:
                segments.append(_Segment("".join(current), start, end))
            current = []
            above = line
            continue
        end, above = at + len(line.rstrip()), line
    if current:
        segments.append(_Segment("".join(current), start, end))
    return segments


def _orders(segments: list[_Segment]) -> list[list[_Segment]]:
    """The segments grouped by order: a message's header and patient, then each OBR with its results and specimen."""
    groups: list[list[_Segment]] = [[]]
    for segment in segments:
        if segment.text[:3] in ("MSH", "OBR") and groups[-1]:
            groups.append([])
        groups[-1].append(segment)
    return groups


def _parsed(header: str, segment: str) -> hl7.Message | None:
    """The segment parsed with its message's separators and escapes (MSH-1, MSH-2), after its header; None when
    they cannot be read (a header cut short: "MSH|^")."""
    try:
        return hl7.parse(f"{header}\r{segment}" if not segment.startswith("MSH") else segment)
    except (AssertionError, IndexError, ValueError):
        return None


def _field(message: hl7.Message, index: int, component: int = 1) -> str:
    """The segment's field's first repetition's component, unescaped ("" when absent)."""
    segment = message[-1]
    if index >= len(segment) or not segment[index]:
        return ""
    first = segment[index][0]
    if isinstance(first, str):
        text = first if component == 1 else ""
    else:
        text = str(first[component - 1]) if component <= len(first) else ""
    return message.unescape(text).strip() if text else ""


def _value(segment: hl7.Message) -> str:
    kind = _field(segment, 2)
    if kind == "SN":  # comparator^number^separator^number: ">^60", "^1^:^160"
        comparator, first, separator, second = (_field(segment, 5, part) for part in (1, 2, 3, 4))
        return f"{comparator}{first}{separator}{second}" if separator else f"{comparator}{first}"
    if kind in _CODED:
        return _field(segment, 5, 2) or _field(segment, 5)
    return _field(segment, 5)


def _result(segment: hl7.Message, where: _Segment, number: int, observed: str | None,
            urine: bool) -> LabResult | None:
    value = _value(segment)
    if not value or _field(segment, 11) in _NO_RESULT:
        return None
    code, text, system = (_field(segment, 3, part) for part in (1, 2, 3))
    name = text or code  # a local code names the test only when no text does ("GLU^Glucose, CSF" is no serum's)
    loinc = code if system == "LN" else None
    if urine and loinc is None:  # an order of urine: its "Glucose" is the urine's, or nothing
        found = catalog().match(fold(name), 0, "urine")
        if found is None or found[1] != len(name):
            return None
        loinc = found[0].loinc
    flag = _field(segment, 8)
    flag = _OFF_SCALE.get(flag, flag if printed_flag(flag) is not None else None) if flag else None
    entry = {"name": name, "code": loinc, "value": value,
             "unit": _field(segment, 6) or _field(segment, 6, 2) or None,
             "reference_range": _field(segment, 7) or None, "flag": flag,
             "date": _date(_field(segment, 14)) or observed}
    try:
        return plain_result({key: part for key, part in entry.items() if part is not None},
                            Span(number, where.start, where.end))
    except Invalid:
        return None  # not a catalogued test (a comment's observation, a computed ratio the catalogue lacks)


def _date(timestamp: str) -> str | None:
    """An HL7 timestamp's day ("20240706094800-0400") in ISO form."""
    match = _TIMESTAMP.match(timestamp)
    if match is None:
        return None
    try:
        return date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None
