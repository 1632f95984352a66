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
from docx.table import Table
from docx.text.paragraph import Paragraph

from ingestion.extraction import Extracted, ExtractionError, word97

MAX_UNCOMPRESSED = 200 * 1024 * 1024  # zip bombs fail the document
ANTIWORD_TIMEOUT_S = 60


def _table_lines(table: Table) -> list[str]:
    lines = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:  # merged cells repeat: keep each once
            text = cell.text.strip()
            if not cells or text != cells[-1]:
                cells.append(text)
        lines.append("\t".join(cells))
    return lines


def _body_lines(document: DocxDocument) -> list[str]:
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            lines.append(Paragraph(child, document).text)
        elif child.tag.endswith("}tbl"):
            lines.extend(_table_lines(Table(child, document)))
    return lines


def _declared_pages(path: Path) -> int | None:
    """Word records its last page count in docProps/app.xml."""
    with zipfile.ZipFile(path) as archive:
        try:
            app = archive.read("docProps/app.xml").decode("utf-8", "replace")
        except KeyError:
            return None
    found = re.search(r"<Pages>(\d+)</Pages>", app)
    return int(found.group(1)) if found else None


def extract_docx(path: Path) -> Extracted:
    try:
        with zipfile.ZipFile(path) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNCOMPRESSED:
                raise ExtractionError("DOCX descompactado excede o limite de tamanho.")
        document = docx.Document(str(path))
        text = "\n".join(_body_lines(document))
        pages = _declared_pages(path)
    except ExtractionError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ExtractionError("DOCX inválido ou corrompido.") from exc
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
