"""Word 97–2003 text straight from the file's piece table ([MS-DOC] 2.4.1).

The main document's characters as the piece table lays them out, table cells tab-separated and one row per line
(a row ends at the cell mark whose paragraph carries the table-row property, sprmPFTtp) — the layout the DOCX
reader gives. antiword, the alternative, refuses short documents written by LibreOffice or Word for Mac ("the
text stream of this file is too small to handle", Debian bug 307657): a one-paragraph prescription, typically.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

import olefile

from ingestion.extraction import ExtractionError

WORD_MAGIC = 0xA5EC
FIRST_WORD97_NFIB = 0x00C1
F_ENCRYPTED, F_WHICH_TABLE_STREAM = 0x0100, 0x0200
PAPX_PAIR, CLX_PAIR = 13, 33  # fcPlcfBtePapx/lcbPlcfBtePapx and fcClx/lcbClx in FibRgFcLcb97
PAGE = 512  # formatted disk pages (FKPs) of paragraph properties
ROW_END_SPRMS = {0x2417, 0x244C}  # sprmPFTtp, sprmPFInnerTtp
SPRM_OPERAND_BYTES = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by spra; 6 is variable
SPRM_TDEF_TABLE = 0xD608  # the one variable sprm whose size takes two bytes
CELL_MARK, ROW_MARK = "\x07", "\x00"
FIELD_BEGIN, FIELD_SEPARATOR, FIELD_END = "\x13", "\x14", "\x15"
# Word's control characters → plain text: paragraph and line ends, page breaks, cell ends, special hyphens;
# anchors of pictures, footnotes and drawn objects (\x01 \x02 \x08) are dropped.
CONTROL = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\f", "\x07": "\t", "\x1e": "-", "\x1f": None,
                         "\x01": None, "\x02": None, "\x08": None, "\xa0": " "})


class Unreadable(ExtractionError):
    """Not a Word 97+ file this reader can follow (older Word versions, a damaged structure)."""


@dataclass(frozen=True)
class Piece:
    cp_start: int
    cp_end: int
    fc: int
    compressed: bool


def read_text(path: str) -> str:
    """The main document's text. Unreadable for what another reader may still read; ExtractionError (encrypted)
    for what nobody can."""
    try:
        with olefile.OleFileIO(path) as ole:
            word = ole.openstream("WordDocument").read()
            flags = _fib_header(word)
            table_name = "1Table" if flags & F_WHICH_TABLE_STREAM else "0Table"
            if not ole.exists(table_name):
                raise Unreadable("DOC inválido ou corrompido.")
            table = ole.openstream(table_name).read()
        characters, row_ends = _main_text_length(word), _row_end_fcs(word, table)
        text = "".join(_piece_text(word, piece, row_ends) for piece in _pieces(table, _fc_lcb(word, CLX_PAIR)))
    except (OSError, struct.error, IndexError, ValueError) as exc:  # olefile: OSError for a non-compound file
        raise Unreadable("DOC inválido ou corrompido.") from exc
    return _plain(text[:characters])


def _fib_header(word: bytes) -> int:
    ident, nfib = struct.unpack_from("<HH", word, 0)
    (flags,) = struct.unpack_from("<H", word, 0x0A)
    if ident != WORD_MAGIC:
        raise Unreadable("DOC inválido ou corrompido.")
    if flags & F_ENCRYPTED:
        raise ExtractionError("DOC protegido por senha.")
    if nfib < FIRST_WORD97_NFIB:
        raise Unreadable("DOC anterior ao Word 97.")
    return flags


def _fib_arrays(word: bytes) -> tuple[int, int]:
    """Offsets of FibRgLw97 and FibRgFcLcb: both follow variable-length arrays, so they are walked, not assumed."""
    offset = 32
    (csw,) = struct.unpack_from("<H", word, offset)
    offset += 2 + csw * 2
    (cslw,) = struct.unpack_from("<H", word, offset)
    rg_lw = offset + 2
    offset = rg_lw + cslw * 4
    return rg_lw, offset + 2  # skip cbRgFcLcb


def _main_text_length(word: bytes) -> int:
    rg_lw, _ = _fib_arrays(word)
    (ccp_text,) = struct.unpack_from("<i", word, rg_lw + 3 * 4)
    if ccp_text < 0:
        raise ValueError("negative text length")
    return ccp_text


def _fc_lcb(word: bytes, pair: int) -> tuple[int, int]:
    """Offset and size, in the table stream, of one of the structures the FIB points at."""
    _, rg_fc_lcb = _fib_arrays(word)
    return struct.unpack_from("<II", word, rg_fc_lcb + pair * 8)


def _row_end_fcs(word: bytes, table: bytes) -> set[int]:
    """File offsets just past each table-row end mark: the paragraphs whose properties set sprmPFTtp."""
    offset, size = _fc_lcb(word, PAPX_PAIR)
    count = (size - 4) // 8
    ends = set()
    for pn in struct.unpack_from(f"<{count}I", table, offset + (count + 1) * 4):
        page = word[(pn & 0x3FFFFF) * PAGE:(pn & 0x3FFFFF) * PAGE + PAGE]
        runs = page[PAGE - 1]
        limits = struct.unpack_from(f"<{runs + 1}I", page, 0)
        for run in range(runs):
            start = page[(runs + 1) * 4 + run * 13] * 2
            if start == 0:
                continue
            length, grpprl = (2 * page[start] - 1, start + 1) if page[start] else (2 * page[start + 1], start + 2)
            if _sets_row_end(page[grpprl + 2:grpprl + length]):  # after the 2-byte style index
                ends.add(limits[run + 1])
    return ends


def _sets_row_end(sprms: bytes) -> bool:
    offset = 0
    while offset + 2 < len(sprms):
        (opcode,) = struct.unpack_from("<H", sprms, offset)
        offset += 2
        spra = opcode >> 13
        if spra != 6:
            size = SPRM_OPERAND_BYTES[spra]
        elif opcode == SPRM_TDEF_TABLE:
            size = struct.unpack_from("<H", sprms, offset)[0] + 1
        else:
            size = sprms[offset] + 1
        if opcode in ROW_END_SPRMS and sprms[offset] == 1:
            return True
        offset += size
    return False


def _pieces(table: bytes, clx: tuple[int, int]) -> list[Piece]:
    """The Pcdt in the Clx: after any Prc blocks (0x01), a 0x02 block holding the PlcPcd."""
    offset, end = clx[0], clx[0] + clx[1]
    while offset < end and table[offset] == 0x01:
        (size,) = struct.unpack_from("<h", table, offset + 1)
        offset += 3 + size
    if offset >= end or table[offset] != 0x02:
        raise ValueError("no piece table")
    (size,) = struct.unpack_from("<I", table, offset + 1)
    plc = offset + 5
    count = (size - 4) // 12
    cps = struct.unpack_from(f"<{count + 1}I", table, plc)
    pieces = []
    for index in range(count):
        (fc,) = struct.unpack_from("<I", table, plc + (count + 1) * 4 + index * 8 + 2)
        compressed = bool(fc & 0x40000000)
        pieces.append(Piece(cps[index], cps[index + 1], (fc & 0x3FFFFFFF) // (2 if compressed else 1), compressed))
    return pieces


def _piece_text(word: bytes, piece: Piece, row_ends: set[int]) -> str:
    """The piece's characters, its row-end cell marks turned into ROW_MARK."""
    width = 1 if piece.compressed else 2
    raw = word[piece.fc:piece.fc + width * (piece.cp_end - piece.cp_start)]
    text = raw.decode("cp1252" if piece.compressed else "utf-16-le", "replace")
    return "".join(ROW_MARK if char == CELL_MARK and piece.fc + (index + 1) * width in row_ends else char
                   for index, char in enumerate(text))


def _plain(text: str) -> str:
    """Field codes keep their result only; a row's cells are tab-separated on one line."""
    kept, depth_in_code = [], []
    for char in text:
        if char == FIELD_BEGIN:
            depth_in_code.append(True)
        elif char == FIELD_SEPARATOR and depth_in_code:
            depth_in_code[-1] = False
        elif char == FIELD_END and depth_in_code:
            depth_in_code.pop()
        elif not any(depth_in_code):
            kept.append(char)
    rows = "".join(kept).replace(ROW_MARK, "\n").translate(CONTROL)
    return "\n".join(line.rstrip("\t ") for line in rows.split("\n")).strip("\n")
