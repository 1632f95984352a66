"""DICOM: no OCR (status `skipped`); its non-identifying study metadata is kept."""

from __future__ import annotations

from pathlib import Path

import pydicom
from pydicom.errors import InvalidDicomError

from ingestion.extraction import Extracted, ExtractionError

# Study description tags only: names, ids and birth dates stay in the file, never in the graph.
KEPT_TAGS = ("Modality", "StudyDate", "StudyTime", "StudyDescription", "SeriesDescription", "BodyPartExamined",
             "Manufacturer", "ManufacturerModelName", "InstitutionName", "SOPClassUID", "Rows", "Columns",
             "NumberOfFrames", "PhotometricInterpretation", "TransferSyntaxUID")


def read_dicom(path: Path) -> Extracted:
    try:
        dataset = pydicom.dcmread(path, stop_before_pixels=True)
    except (InvalidDicomError, EOFError, OSError, ValueError, KeyError, TypeError) as exc:
        raise ExtractionError("Arquivo DICOM inválido ou corrompido.") from exc
    metadata = {}
    for tag in KEPT_TAGS:
        value = dataset.get(tag) if tag != "TransferSyntaxUID" else getattr(dataset.file_meta, tag, None)
        if value not in (None, ""):
            metadata[tag] = str(value)
    frames = int(metadata.get("NumberOfFrames", "1") or 1)
    return Extracted(pages=[], engine="pydicom", page_count=frames, metadata=metadata)
