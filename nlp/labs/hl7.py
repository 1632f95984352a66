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

# A segment's id and field separator at a line's start ("OBX|", "MSH|"): the segments a result message holds (a
# wrapped line may start with three capitals and a bar too: "CAN|UNICODE UTF-8", MSH-17's country continued)
_SEGMENT = re.compile(r"[ \t]*(?:MSH|SFT|UAC|PID|PD1|NK1|NTE|PV1|PV2|ORC|OBR|OBX|TQ1|TQ2|CTD|CTI|FT1|SPM|SAC|MSA|ERR|"
                      r"EVN|AL1|DG1|IN1|IN2|GT1|TXA|PRT|ROL|ZDS|ZPI)\|")
_RESULT_SEGMENT = re.compile(r"(?:^|[\r\n\x0b])[ \t]*OBX\|")
_DEFAULT_HEADER = "MSH|^~\\&|"
# OBX-11 statuses that carry no result: cannot be obtained, deleted, wrong patient, pending, not asked
_NO_RESULT = frozenset({"X", "D", "W", "I", "N"})
# OBX-2 types whose value is a code with its text (the text is the reading: "POS^Positive^L")
_CODED = frozenset({"CE", "CWE", "CNE", "CF"})
# HL7 table 0078's off-scale flags: below the absolute low, above the absolute high
_OFF_SCALE = {"<": "L", ">": "H"}
_TIMESTAMP = re.compile(r"(\d{4})(\d{2})(\d{2})")


@dataclass(frozen=True)
class _Segment:
    text: str  # its wrapped lines joined
    start: int
    end: int


@dataclass(frozen=True)
class Message:
    results: list[LabResult]
    spans: list[tuple[int, int]]  # every segment's place on the page, to blank for the layout reader


def read_messages(page: str, number: int) -> Message | None:
    """The results of the HL7 v2 messages printed on `page` (page `number`), or None when it holds no OBX segment."""
    if not _RESULT_SEGMENT.search(page):
        return None
    segments = _segments(page)
    results: list[LabResult] = []
    header, observed = _DEFAULT_HEADER, None
    for segment in segments:
        kind = segment.text[:3]
        if kind == "MSH":
            header, observed = segment.text, None
        elif kind == "OBR":
            observed = _date(_field(_parsed(header, segment.text), 7))
        elif kind == "OBX" and (result := _result(_parsed(header, segment.text), segment, number, observed)):
            results.append(result)
    return Message(results, [(segment.start, segment.end) for segment in segments])


def _segments(page: str) -> list[_Segment]:
    segments: list[_Segment] = []
    current: list[str] = []
    start = end = offset = 0
    for ended in page.splitlines(keepends=True):  # a message file's segments end with a carriage return
        line = ended.rstrip("\r\n\x0b\x1c")
        if _SEGMENT.match(line) or (current and line.strip()):
            if _SEGMENT.match(line) and current:
                segments.append(_Segment("".join(current), start, end))
                current = []
            if not current:
                start = offset + len(line) - len(line.lstrip())
            current.append(line.strip())
            end = offset + len(line)
        elif current:
            segments.append(_Segment("".join(current), start, end))
            current = []
        offset += len(ended)
    if current:
        segments.append(_Segment("".join(current), start, end))
    return segments


def _parsed(header: str, segment: str) -> hl7.Message:
    """The segment parsed with its message's separators and escapes (MSH-1, MSH-2), after its header."""
    return hl7.parse(f"{header}\r{segment}")


def _field(message: hl7.Message, index: int, component: int = 1) -> str:
    """The segment's field's first repetition's component, unescaped ("" when absent)."""
    segment = message[1]
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


def _result(segment: hl7.Message, where: _Segment, number: int, observed: str | None) -> LabResult | None:
    value = _value(segment)
    if not value or _field(segment, 11) in _NO_RESULT:
        return None
    code, text, system = (_field(segment, 3, part) for part in (1, 2, 3))
    name = text if text and catalog().lookup(text) is not None or not code else code  # a local code may be the name
    flag = _field(segment, 8)
    flag = _OFF_SCALE.get(flag, flag if printed_flag(flag) is not None else None) if flag else None
    entry = {"name": name, "code": code if system == "LN" else None, "value": value,
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
