"""Records of ../shared/corpus that the assertion evaluation set points into (offsets, never copies)."""

from __future__ import annotations

import ast
import csv

from tests.support import CORPUS


def record_text(source: str, record: str) -> str:
    """`row N` of a CSV (its transcription or note), `line N` of a spaCy-tuples file, or `all` of a text file."""
    path = CORPUS / source
    kind, _, number = record.partition(" ")
    if kind == "row":
        row = list(csv.DictReader(path.open(encoding="utf-8")))[int(number)]
        return row.get("transcription") or row["note"]
    if kind == "line":
        line = path.read_text(encoding="utf-8").splitlines()[int(number) - 1].strip().rstrip(",")
        return ast.literal_eval(line)[0]
    return path.read_text(encoding="utf-8")
