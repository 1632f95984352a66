"""Word files: DOCX with python-docx, Word 97–2003 DOC from its piece table (both: paragraphs and tables in
reading order, a row's cells tab-separated), and older DOCs with antiword."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.oxml.table import CT_Tbl
from docx.text.paragraph import Paragraph

from ingestion.extraction import Extracted, ExtractionError, unreadable, word97

MB = 1024 * 1024
MAX_UNCOMPRESSED = 100 * MB  # every part, pictures included: python-docx holds them all in memory
MAX_XML = 16 * MB  # the parts parsed as XML: lxml's tree takes about 16 times their size (and 1 s per MB)
ANTIWORD_TIMEOUT_S = 60


def _table_lines(table: CT_Tbl, document: DocxDocument) -> list[str]:
    """A row's cells tab-separated, each once: a cell spanning columns is not repeated, and one continuing a
    vertical merge reads as the cell above. (python-docx's `row.cells` gives the same, but as one entry per
    spanned column: gridSpan="100000000" built a tuple of 10⁸ cells.)"""
    lines = []
    above: dict[int, str] = {}  # layout-grid column → the text of the cell there in the rows so far
    for row in table.tr_lst:
        cells: list[str] = []
        column = row.grid_before
        for cell in row.tc_lst:
            if cell.vMerge == "continue":
                text = above.get(column, "")
            else:
                text = "\n".join(Paragraph(paragraph, document).text for paragraph in cell.p_lst).strip()
            above[column] = text
            if not cells or text != cells[-1]:
                cells.append(text)
            column += cell.grid_span
        lines.append("\t".join(cells))
    return lines


def _body_lines(document: DocxDocument) -> list[str]:
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            lines.append(Paragraph(child, document).text)
        elif isinstance(child, CT_Tbl):
            lines.extend(_table_lines(child, document))
    return lines


def _declared_pages(archive: zipfile.ZipFile) -> int | None:
    """Word records its last page count in docProps/app.xml."""
    try:
        app = archive.read("docProps/app.xml").decode("utf-8", "replace")
    except KeyError:
        return None
    found = re.search(r"<Pages>(\d{1,6})</Pages>", app)
    return int(found.group(1)) if found else None


def _parsed_as_xml(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    """Whether lxml would parse this part: by its first bytes, as a renamed part is parsed all the same."""
    with archive.open(member) as part:
        return part.read(64).lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n").startswith(b"<")


def _within_limits(archive: zipfile.ZipFile) -> None:
    """Sizes as the archive declares them: zipfile stops a part at its declared size (then fails its CRC)."""
    members = archive.infolist()
    if sum(member.file_size for member in members) > MAX_UNCOMPRESSED:
        raise ExtractionError(f"DOCX descompactado excede o limite de tamanho ({MAX_UNCOMPRESSED // MB} MB).")
    xml = sum(member.file_size for member in members if _parsed_as_xml(archive, member))
    if xml > MAX_XML:
        raise ExtractionError(f"DOCX com texto grande demais: {xml / MB:.1f} MB de XML (limite de {MAX_XML // MB} MB).")


def extract_docx(path: Path) -> Extracted:
    with unreadable("DOCX inválido ou corrompido."):
        with zipfile.ZipFile(path) as archive:
            _within_limits(archive)
            pages = _declared_pages(archive)
        document = docx.Document(str(path))
        text = "\n".join(_body_lines(document))
    return Extracted(pages=[text], engine="python-docx", page_count=pages)


def extract_doc(path: Path) -> Extracted:
    try:
        text = word97.read_text(str(path))
    except word97.Unreadable:  # Word 6/95, or a structure the reader cannot follow: antiword's turn
        return _antiword(path)
    return Extracted(pages=text.split("\f"), engine="word97", page_count=None)


def _antiword(path: Path) -> Extracted:
    antiword = shutil.which("antiword")
    if antiword is None:
        raise RuntimeError("antiword is not installed")  # a setup fault: retried, not blamed on the file
    try:
        done = subprocess.run([antiword, "-w", "0", str(path)], capture_output=True, timeout=ANTIWORD_TIMEOUT_S,
                              env={"ANTIWORDHOME": "/usr/share/antiword", "LANG": "C.UTF-8"})
    except subprocess.TimeoutExpired as exc:
        raise ExtractionError("DOC: tempo de leitura excedido.") from exc
    if done.returncode != 0:
        raise ExtractionError("DOC inválido ou corrompido.")
    text = done.stdout.decode("utf-8", "replace")
    pages = text.split("\f")
    return Extracted(pages=pages if len(pages) > 1 else [text], engine="antiword", page_count=None)
