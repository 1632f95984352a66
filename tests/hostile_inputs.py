"""Hostile inputs for the hostile-files suite: small valid seeds, hypothesis strategies that mutate them or make
random bytes under each sniffed type, and hand-made bombs (huge declared sizes, deep nesting, amplification)."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable

import pymupdf
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont

from ingestion import filetypes
from tests.fixtures import NOTE_LINES, dicom_bytes, docx_bytes

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
W_NS = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
# Values that break size and offset arithmetic when written over a field.
BOUNDARY_WORDS = (0, 1, 0x7F, 0x80, 0xFF, 0x7FFF, 0xFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF)


def small_image(kind: str) -> bytes:
    """One short line of text: decodes and OCRs in milliseconds, so many mutants run."""
    image = Image.new("L", (240, 48), 255)
    ImageDraw.Draw(image).text((8, 8), "Hb 14,2 g/dL", fill=0, font=ImageFont.load_default(size=24))
    out = io.BytesIO()
    image.save(out, format=kind)
    return out.getvalue()


def small_pdf() -> bytes:
    """Two lines on a small page: a mutant that loses its text layer is rendered and OCR'd in a fraction of a second."""
    document = pymupdf.open()
    document.new_page(width=320, height=90).insert_text((10, 30), "\n".join(NOTE_LINES[1:3]), fontsize=7)
    return document.tobytes()


def seeds(doc: bytes) -> dict[str, bytes]:
    """A small valid file of each type the workers read; the DOC (LibreOffice's) is made once by the caller."""
    return {filetypes.PDF: small_pdf(), filetypes.PNG: small_image("PNG"),
            filetypes.JPEG: small_image("JPEG"), filetypes.DICOM: dicom_bytes(), filetypes.DOCX: docx_bytes(),
            filetypes.DOC: doc}


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """The seed with a few bytes flipped, overwritten, inserted, spliced from elsewhere, or cut off."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        operation = draw(st.sampled_from(("flip", "word", "insert", "splice", "truncate")))
        if operation == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif operation == "word":
            data[at:at + 4] = struct.pack("<I", draw(st.sampled_from(BOUNDARY_WORDS)))
        elif operation == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif operation == "splice":
            source = draw(st.integers(0, max(len(data) - 1, 0)))
            data[at:at] = data[source:source + draw(st.integers(1, 512))]
        elif operation == "truncate":
            del data[at:]
    return bytes(data)


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_with_crcs(data: bytes) -> bytes:
    """A mutated PNG with its chunks' CRCs made right again, so the mutation reaches the decoders."""
    out, at = bytearray(data[:8]), 8
    while at + 8 <= len(data):
        length = struct.unpack_from(">I", data, at)[0]
        kind, body = data[at + 4:at + 8], data[at + 8:at + 8 + length]
        if len(body) < length:
            out += data[at:]
            break
        out += png_chunk(kind, body)
        at += 12 + length
    return bytes(out)


@st.composite
def docx_mutated_xml(draw: st.DrawFn) -> bytes:
    """A DOCX whose document.xml (not its compressed bytes) is mutated: the damage reaches lxml and python-docx."""
    return rezipped(docx_bytes(), {"word/document.xml": draw(mutated(_document_xml()))})


def _document_xml() -> bytes:
    with zipfile.ZipFile(io.BytesIO(docx_bytes())) as archive:
        return archive.read("word/document.xml")


def rezipped(docx: bytes, replaced: dict[str, bytes]) -> bytes:
    """The DOCX with some members' contents replaced (or added)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            if name not in replaced:
                target.writestr(name, source.read(name))
        for name, content in replaced.items():
            target.writestr(name, content)
    return out.getvalue()


def docx_body(body: bytes) -> bytes:
    xml = b'<?xml version="1.0" encoding="UTF-8"?><w:document ' + W_NS + b"><w:body>" + body + b"</w:body></w:document>"
    return rezipped(docx_bytes(), {"word/document.xml": xml})


@st.composite
def random_docx(draw: st.DrawFn) -> bytes:
    """A zip holding a DOCX's member names with random contents: sniffed as DOCX, nothing inside valid."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", draw(st.sampled_from((zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)))) as archive:
        for name in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels"):
            archive.writestr(name, draw(st.binary(max_size=512)))
    return out.getvalue()


# Random bytes that the sniffer still takes for each type: the magic numbers it looks for, then noise.
_RANDOM_PREFIX: dict[str, Callable[[bytes], bytes]] = {
    filetypes.PDF: lambda noise: b"%PDF-1.7\n" + noise,
    filetypes.PNG: lambda noise: PNG_SIGNATURE + noise,
    filetypes.JPEG: lambda noise: b"\xff\xd8\xff" + noise,
    filetypes.DICOM: lambda noise: noise[:128].ljust(128, b"\0") + b"DICM" + noise[128:],
    filetypes.DOC: lambda noise: (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + noise[:512].ljust(512, b"\0")
                                  + "WordDocument".encode("utf-16-le") + noise[512:]),
}


def random_file(mime: str) -> st.SearchStrategy[bytes]:
    if mime == filetypes.DOCX:
        return random_docx()
    return st.binary(max_size=4096).map(_RANDOM_PREFIX[mime])
