"""DICOM: no OCR (status `skipped`); its non-identifying study metadata is kept."""

from __future__ import annotations

from pathlib import Path

import pydicom

from ingestion.extraction import Extracted, unreadable

# Study description tags only: names, ids and birth dates stay in the file, never in the graph.
KEPT_TAGS = ("Modality", "StudyDate", "StudyTime", "StudyDescription", "SeriesDescription", "BodyPartExamined",
             "Manufacturer", "ManufacturerModelName", "InstitutionName", "SOPClassUID", "Rows", "Columns",
             "NumberOfFrames", "PhotometricInterpretation", "TransferSyntaxUID")


MAX_TAG_CHARS = 256  # the kept tags are at most 64 characters in the standard; longer is a malformed file's
MAX_FRAMES = 2**31 - 1


def read_dicom(path: Path) -> Extracted:
    with unreadable("Arquivo DICOM inválido ou corrompido."):  # its values are decoded when first read
        dataset = pydicom.dcmread(path, stop_before_pixels=True)
        metadata = {}
        for tag in KEPT_TAGS:
            value = dataset.get(tag) if tag != "TransferSyntaxUID" else getattr(dataset.file_meta, tag, None)
            if value not in (None, ""):
                metadata[tag] = str(value)[:MAX_TAG_CHARS]
    return Extracted(pages=[], engine="pydicom", page_count=_frames(metadata.get("NumberOfFrames")), metadata=metadata)


def _frames(declared: str | None) -> int:
    """The declared frame count, or 1 when it is absent or no count at all ("ab", "1.", "-5")."""
    try:
        frames = int(declared or 1)
    except ValueError:
        return 1
    return frames if 1 <= frames <= MAX_FRAMES else 1
