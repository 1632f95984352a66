"""Section-aware passages: pages cut at section headers, then at sentence or line ends.

Passages tile each page exactly (every character belongs to one passage, whitespace included; a page of
only whitespace has none), so the stored passages are also the stored text.
"""

from __future__ import annotations

import bisect
import re

from nlp.facts import Passage
from nlp.text import fold

MAX_PASSAGE_CHARS = 160  # about a sentence or two: precise hits, and cheap to embed
# Headers of clinical notes and reports in both languages, accent-folded; matched at a line start,
# alone on the line or followed by a colon.
HEADERS = (
    "chief complaint", "history of present illness", "hpi", "past medical history", "past surgical history",
    "medications", "current medications", "allergies", "family history", "social history", "review of systems",
    "physical exam", "physical examination", "vital signs", "vitals", "results", "labs", "laboratory",
    "assessment and plan", "assessment", "plan", "impression", "diagnosis", "diagnoses", "discharge diagnosis",
    "discharge medications", "hospital course", "procedures", "findings", "clinical notes", "recommendations",
    "queixa principal", "qp", "historia da doenca atual", "hda", "historia patologica pregressa", "hpp",
    "antecedentes pessoais", "antecedentes familiares", "historia familiar", "historia social", "habitos de vida",
    "medicamentos em uso", "medicacoes em uso", "medicamentos", "alergias", "exame fisico", "sinais vitais",
    "exames complementares", "exames laboratoriais", "resultados", "hipotese diagnostica", "hipoteses diagnosticas",
    "diagnostico", "impressao", "conduta", "plano", "evolucao", "prescricao", "orientacoes", "conclusao",
    "achados", "tecnica", "laudo",
)
_HEADER = re.compile(
    r"^[ \t]*(?:#+\s*|\*\*)?(?P<name>" + "|".join(re.escape(h) for h in sorted(HEADERS, key=len, reverse=True))
    + r")\b[ \t]*(?:\*\*)?[ \t]*(?::|$)",
    re.MULTILINE,
)
_BREAK = re.compile(r"(?<=[.!?;])\s+|\n")
BLANK_LINE = re.compile(r"(?<=\n)[ \t]*\n")  # a line with nothing on it: a paragraph ends where it does


def sections(page: str) -> list[tuple[int, str | None]]:
    """(start offset, section name) for each section of the page, the first one possibly unnamed."""
    starts: list[tuple[int, str | None]] = [(0, None)]
    for match in _HEADER.finditer(fold(page)):
        if match.start() == 0:
            starts[0] = (0, match.group("name"))
        else:
            starts.append((match.start(), match.group("name")))
    return starts


def passages(pages: list[str], max_chars: int = MAX_PASSAGE_CHARS) -> list[Passage]:
    found: list[Passage] = []
    for number, page in enumerate(pages, start=1):
        bounds = sections(page)
        carry: int | None = None  # start of a whitespace-only piece, merged into the next one
        for index, (start, name) in enumerate(bounds):
            end = bounds[index + 1][0] if index + 1 < len(bounds) else len(page)
            for piece_start, piece_end in _pieces(page, start, end, max_chars):
                piece_start = piece_start if carry is None else carry
                if not page[piece_start:piece_end].strip():
                    carry = piece_start
                    continue
                carry = None
                found.append(Passage(seq=len(found), page=number, start=piece_start, end=piece_end, section=name,
                                     text=page[piece_start:piece_end]))
        if carry is not None and found and found[-1].page == number:  # trailing whitespace joins the last piece
            last = found.pop()
            found.append(Passage(seq=last.seq, page=number, start=last.start, end=len(page), section=last.section,
                                 text=page[last.start:]))
    return found


def _pieces(page: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Contiguous pieces of page[start:end], each ending after a sentence or line break when it can,
    at a blank line rather than inside a paragraph (a lab block's name and its result stay together),
    and never longer than max_chars unless one sentence is."""
    breaks = [m.end() for m in _BREAK.finditer(page, start, end)] + [end]
    paragraph_ends = {m.end() for m in BLANK_LINE.finditer(page, start, end)}
    pieces: list[tuple[int, int]] = []
    piece_start = last_break = last_paragraph = start
    for position in breaks:
        while position - piece_start > max_chars and last_break > piece_start:  # twice after an early blank line
            cut = last_paragraph if last_paragraph - piece_start >= max_chars // 3 else last_break
            pieces.append((piece_start, cut))
            piece_start = cut
        while position - piece_start > max_chars * 2:  # one enormous "sentence": cut it
            pieces.append((piece_start, piece_start + max_chars))
            piece_start += max_chars
        last_break = position
        if position in paragraph_ends:
            last_paragraph = position
    if piece_start < end:
        pieces.append((piece_start, end))
    return pieces


def pages_from(stored: list[Passage], page_count: int) -> list[str]:
    """The pages back from their stored passages."""
    texts = [[] for _ in range(page_count)]
    for passage in sorted(stored, key=lambda p: (p.page, p.start)):
        texts[passage.page - 1].append(passage.text)
    return ["".join(parts) for parts in texts]


class PassageIndex:
    """Which passage holds a page offset: a binary search per page, for attaching facts to passages."""

    def __init__(self, found: list[Passage]) -> None:
        self._pages: dict[int, tuple[list[int], list[int]]] = {}
        for position, passage in enumerate(found):
            starts, positions = self._pages.setdefault(passage.page, ([], []))
            starts.append(passage.start)
            positions.append(position)

    def find(self, page: int, offset: int) -> int | None:
        """The position in the passage list, or None for a page without passages."""
        starts, positions = self._pages.get(page, ([], []))
        index = bisect.bisect_right(starts, offset) - 1
        return positions[index] if index >= 0 else None

    def covering(self, page: int, start: int, end: int) -> list[int]:
        """The positions of the passages a span of the page runs through (a lab block's name in one, its
        result in the next)."""
        first, last = self.find(page, start), self.find(page, max(start, end - 1))
        return [] if first is None or last is None else list(range(first, last + 1))
