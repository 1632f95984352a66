"""Documents built in the tests: text and image-only PDFs, PNG, JPG, DICOM, DOCX."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
import numpy as np
import pydicom
import pymupdf
import pytest
from PIL import Image, ImageDraw, ImageFont
from pydicom.dataset import FileDataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, SecondaryCaptureImageStorage, generate_uid

LAB_LINES = [
    "LABORATORIO CENTRAL - HEMOGRAMA COMPLETO",
    "Material: sangue   Data da coleta: 03/06/2026",
    "Exame            Resultado    Valores de referencia",
    "Hemoglobina      14,2 g/dL    13,0 a 17,0 g/dL",
    "Leucocitos       7.300 /mm3   4.000 a 10.000 /mm3",
    "Plaquetas        282.000 /mm3 150.000 a 450.000 /mm3",
    "Glicose          92 mg/dL     70 a 99 mg/dL",
]
NOTE_LINES = [
    "EVOLUCAO CLINICA",
    "Queixa principal: dor toracica ha 2 dias.",
    "Historia da doenca atual: paciente de 54 anos, hipertenso.",
    "Exame fisico: bom estado geral, PA 140/90 mmHg.",
    "Hipotese diagnostica: angina estavel. Conduta: solicitar ECG.",
]


def text_pdf(lines: list[str] = LAB_LINES, pages: int = 1) -> bytes:
    document = pymupdf.open()
    for _ in range(pages):
        page = document.new_page()
        page.insert_text((50, 72), "\n".join(lines), fontsize=11, fontname="cour")
    return document.tobytes()


def broken_pdf() -> bytes:
    return b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage" * 50


def encrypted_pdf() -> bytes:
    document = pymupdf.open()
    document.new_page().insert_text((50, 72), "confidential")
    return document.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="user", owner_pw="owner")


def page_image(lines: list[str] = LAB_LINES) -> Image.Image:
    font = ImageFont.load_default(size=30)
    image = Image.new("L", (1400, 120 + 52 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for number, line in enumerate(lines):
        draw.text((60, 60 + 52 * number), line, fill=0, font=font)
    return image


def image_bytes(kind: str, lines: list[str] = LAB_LINES) -> bytes:
    out = io.BytesIO()
    page_image(lines).save(out, format=kind, **({"quality": 90} if kind == "JPEG" else {}))
    return out.getvalue()


def image_pdf(lines: list[str] = LAB_LINES, pages: int = 1) -> bytes:
    """A scanned-style PDF: no text layer, each page just the page picture."""
    document = pymupdf.open()
    picture = image_bytes("PNG", lines)
    for _ in range(pages):
        page = document.new_page()
        page.insert_image(page.rect, stream=picture)
    return document.tobytes()


def dicom_bytes() -> bytes:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    dataset = FileDataset("", {}, file_meta=meta, preamble=b"\0" * 128)
    dataset.SOPClassUID = SecondaryCaptureImageStorage
    dataset.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    dataset.Modality = "OT"
    dataset.StudyDescription = "Chest radiograph"
    dataset.PatientName = "Doe^Jane"
    dataset.Rows, dataset.Columns = 8, 8
    dataset.SamplesPerPixel, dataset.PhotometricInterpretation = 1, "MONOCHROME2"
    dataset.BitsAllocated, dataset.BitsStored, dataset.HighBit, dataset.PixelRepresentation = 8, 8, 7, 0
    dataset.PixelData = np.zeros((8, 8), dtype=np.uint8).tobytes()
    out = io.BytesIO()
    pydicom.dcmwrite(out, dataset, enforce_file_format=True)
    return out.getvalue()


PRESCRIPTION_ROWS = [["Medicamento", "Posologia"], ["Losartana 50 mg", "1 comprimido ao dia"]]


def docx_bytes(lines: list[str] = NOTE_LINES, rows: list[list[str]] = PRESCRIPTION_ROWS) -> bytes:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def doc_bytes(docx_content: bytes) -> bytes:
    """A real Word 97 (.doc) file: the DOCX saved by LibreOffice's "MS Word 97" filter."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: `bash .ci/setup --test` installs it")
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "note.docx"
        source.write_bytes(docx_content)
        subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", "doc",
                        "--outdir", work, str(source)], check=True, capture_output=True, timeout=180)
        return (Path(work) / "note.doc").read_bytes()


def numbered_pdf(pages: int) -> bytes:
    """A long text PDF whose every page says which it is."""
    document = pymupdf.open()
    for number in range(1, pages + 1):
        document.new_page().insert_text((50, 72), f"Página {number} de {pages}\nHemoglobina 13,1 g/dL", fontsize=11)
    return document.tobytes()
