"""Hand-made hostile files: decompression bombs, absurd declared sizes, deep nesting and amplification. Each is
small on disk (at most a few MB) and costly only to a reader that trusts it."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import pydicom
from PIL import Image

from tests.fixtures import dicom_bytes, docx_bytes
from tests.hostile_inputs import PNG_SIGNATURE, W_NS, docx_body, png_chunk, rezipped

MB = 1024 * 1024
_HELVETICA = b"/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>"


def _deflated(chunk: bytes, times: int, level: int = 1) -> bytes:
    """`chunk` repeated `times` times, deflated without ever holding the whole in memory."""
    compressor = zlib.compressobj(level)
    return b"".join([*(compressor.compress(chunk) for _ in range(times)), compressor.flush()])


# Images


def png_declaring(width: int, height: int) -> bytes:
    """A PNG header declaring width × height pixels, then a few rows of data."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = _deflated(b"\0" + b"\xff" * min(width, 4096), 16)
    return PNG_SIGNATURE + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", rows) + png_chunk(b"IEND", b"")


def jpeg_declaring(width: int, height: int) -> bytes:
    """A small JPEG whose frame header (SOF0) claims width × height."""
    out = io.BytesIO()
    Image.new("L", (16, 16), 255).save(out, format="JPEG")
    data = bytearray(out.getvalue())
    sof = data.index(b"\xff\xc0")
    struct.pack_into(">HH", data, sof + 5, height, width)
    return bytes(data)


def png_blank(width: int, height: int) -> bytes:
    """A real, valid, blank RGB page of width × height: it decodes to that many pixels."""
    out = io.BytesIO()
    Image.new("RGB", (width, height), (255, 255, 255)).save(out, format="PNG", compress_level=1)
    return out.getvalue()


def png_text_bomb() -> bytes:
    """A valid 8×8 PNG with a zTXt chunk inflating to 256 MB."""
    out = io.BytesIO()
    Image.new("L", (8, 8), 255).save(out, format="PNG")
    data = out.getvalue()
    bomb = png_chunk(b"zTXt", b"Comment\0\0" + _deflated(b"A" * MB, 256, level=9))
    return data[:33] + bomb + data[33:]  # after IHDR


# PDF


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of these objects (1 0 obj is the catalog) with a correct cross-reference table."""
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, entries: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), entries) + data + b"\nendstream"


def _one_page(media_box: bytes, content: bytes, resources: bytes = _HELVETICA, filters: bytes = b"",
              more: tuple[bytes, ...] = ()) -> bytes:
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Contents 4 0 R /Resources << %s >> >>"
                 % (media_box, resources), _stream(content, filters), *more])


def pdf_page_size(media_box: bytes) -> bytes:
    return _one_page(media_box, b"BT /F1 12 Tf 72 72 Td (Hemoglobina 14,2 g/dL) Tj ET")


def pdf_flate_bomb() -> bytes:
    """A page whose 1 MB content stream inflates to 1 GB of spaces."""
    return _one_page(b"[0 0 612 792]", _deflated(b" " * MB, 1024), filters=b"/Filter /FlateDecode")


def pdf_huge_image() -> bytes:
    """A page drawing a 20,000 × 20,000 grey image (400 MB decoded, 400 kB deflated)."""
    image = _stream(_deflated(b"\0" * 20_000, 20_000), b"/Type /XObject /Subtype /Image /Width 20000 /Height 20000 "
                    b"/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode")
    return _one_page(b"[0 0 612 792]", b"q 612 0 0 792 0 0 cm /Im1 Do Q", b"/XObject << /Im1 5 0 R >>",
                     more=(image,))


def pdf_nested_forms(calls: int, levels: int, leaf: bytes = b"0 0 m 1 1 l S") -> bytes:
    """Form XObjects each drawing the next one `calls` times, `levels` deep: calls**levels draws of `leaf`
    from a file of a few kB."""
    forms = []
    for level in range(levels):
        last = level == levels - 1
        resources = _HELVETICA + (b"" if last else b" /XObject << /X %d 0 R >>" % (6 + level))
        forms.append(_stream(leaf if last else b"/X Do " * calls,
                             b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << %s >>" % resources))
    return _one_page(b"[0 0 612 792]", b"/X Do " * calls, _HELVETICA + b" /XObject << /X 5 0 R >>", more=tuple(forms))


def pdf_text_amplification() -> bytes:
    """A million draws of a thousand characters: a billion characters of text layer."""
    return pdf_nested_forms(1000, 2, b"BT /F1 1 Tf 10 10 Td (" + b"Hemoglobina " * 80 + b") Tj ET")


def pdf_deep_array(depth: int) -> bytes:
    """A page dictionary holding an array nested `depth` deep."""
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Deep " + b"[" * depth + b"]" * depth + b" >>"])


def pdf_deep_page_tree(depth: int) -> bytes:
    """A page tree `depth` levels of /Pages deep before its one page."""
    nodes = [b"<< /Type /Pages /Kids [%d 0 R] /Count 1%s >>" % (level + 3, b"" if level == 0 else
             b" /Parent %d 0 R" % (level + 1)) for level in range(depth)]
    page = b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] >>" % (depth + 1)
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", *nodes, page])


def pdf_claiming_pages(count: int) -> bytes:
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count %d >>" % count,
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"])


# DOCX


def docx_zip_bomb() -> bytes:
    """A DOCX holding a 'picture' of 150 MB of zeros (150 kB compressed)."""
    out = io.BytesIO(docx_bytes())
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive, archive.open("word/media/image1.png", "w") as part:
        for _ in range(150):
            part.write(b"\0" * MB)
    return out.getvalue()


def docx_huge_xml() -> bytes:
    """17 MB of paragraphs: over the XML limit (parsing would take about 300 MB and 15 s)."""
    return docx_body(b"<w:p><w:r><w:t>Hemoglobina 14,2 g/dL</w:t></w:r></w:p>" * 330_000)


def docx_nested_tables(depth: int) -> bytes:
    return docx_body(b"<w:tbl><w:tr><w:tc>" * depth + b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"
                     + b"</w:tc></w:tr></w:tbl>" * depth)


def docx_grid_span(span: int) -> bytes:
    return docx_body(b'<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:tcPr><w:gridSpan w:val="%d"/>'
                     b"</w:tcPr><w:p><w:r><w:t>Losartana</w:t></w:r></w:p></w:tc></w:tr></w:tbl>" % span)


def docx_entity_bomb() -> bytes:
    entities = b'<!ENTITY a "aaaaaaaaaa">' + b"".join(
        b'<!ENTITY %c "%s">' % (name, (b"&%c;" % (name - 1)) * 10) for name in range(ord("b"), ord("j")))
    xml = (b'<?xml version="1.0"?><!DOCTYPE w:document [' + entities + b"]><w:document " + W_NS
           + b"><w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>")
    return rezipped(docx_bytes(), {"word/document.xml": xml})


def docx_many_members(count: int) -> bytes:
    return rezipped(docx_bytes(), {f"customXml/item{index}.bin": b"" for index in range(count)})


# DOC


def doc_stream_size(doc: bytes, size: int) -> bytes:
    """The DOC with its WordDocument stream's directory entry claiming `size` bytes."""
    data = bytearray(doc)
    entry = data.index("WordDocument".encode("utf-16-le"))
    struct.pack_into("<Q", data, entry + 120, size)
    return bytes(data)


# DICOM


def dicom_huge_dimensions() -> bytes:
    dataset = pydicom.dcmread(io.BytesIO(dicom_bytes()))
    dataset.Rows = dataset.Columns = 65535
    dataset.NumberOfFrames = "2147483647"
    dataset.BitsAllocated = dataset.BitsStored = 16
    out = io.BytesIO()
    pydicom.dcmwrite(out, dataset, enforce_file_format=True)
    return out.getvalue()


def dicom_nested_sequences(depth: int) -> bytes:
    """Sequences (undefined length) nested `depth` deep, before the study's first tag."""
    seed = dicom_bytes()
    nested = b""
    for _ in range(depth):
        nested = (b"\x08\x00\x15\x11SQ\x00\x00\xff\xff\xff\xff\xfe\xff\x00\xe0\xff\xff\xff\xff" + nested
                  + b"\xfe\xff\x0d\xe0\x00\x00\x00\x00\xfe\xff\xdd\xe0\x00\x00\x00\x00")
    at = seed.index(b"\x08\x00\x16\x00")
    return seed[:at] + nested + seed[at:]


def dicom_huge_length() -> bytes:
    """An OB element claiming 4 GB, then 100 bytes."""
    seed = dicom_bytes()
    at = seed.index(b"\x08\x00\x16\x00")
    return seed[:at] + b"\x09\x00\x10\x10OB\x00\x00" + struct.pack("<I", 0xFFFFFFF0) + b"x" * 100
