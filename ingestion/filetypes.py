"""Decide a file's type from its bytes (magic numbers), never from its name or declared MIME."""

from __future__ import annotations

import filetype

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
DICOM = "application/dicom"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOC = "application/msword"

HEAD_BYTES = 64 * 1024
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WORD_STREAM = "WordDocument".encode("utf-16-le")
# DICOM files written without the 128-byte preamble start with a group 0x0008 element.
_RAW_DICOM_PREFIXES = (b"\x08\x00\x05\x00", b"\x08\x00\x08\x00", b"\x08\x00\x16\x00", b"\x08\x00\x00\x00")


def sniff(head: bytes) -> str | None:
    """The MIME type of a file from its first HEAD_BYTES bytes, or None if it is none we read."""
    if head[128:132] == b"DICM":  # checked first: DICOM's preamble may itself look like TIFF
        return DICOM
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(_OLE2):
        return DOC if _WORD_STREAM in head else None
    guessed = filetype.guess(head)
    if guessed is not None and guessed.mime in {PNG, JPEG, DOCX}:
        return guessed.mime
    if head.startswith(_RAW_DICOM_PREFIXES):
        return DICOM
    return None


def describe(head: bytes, declared: str | None) -> str:
    """What to call an unsupported file in an error: its real type when known, else what the client said."""
    guessed = filetype.guess(head)
    return guessed.mime if guessed is not None else (declared or "application/octet-stream")
