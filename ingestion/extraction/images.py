"""PNG and JPEG: decoded with a pixel limit (decompression bombs fail the document), then OCR'd."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image, UnidentifiedImageError

from ingestion.extraction import Extracted, ExtractionError
from ingestion.extraction.ocr import ENGINE, read_text

MAX_PIXELS = 60_000_000


def extract_image(path: Path) -> Extracted:
    try:
        with Image.open(path) as probe:  # reads the header only
            width, height = probe.size
            if width * height > MAX_PIXELS:
                raise ExtractionError(f"Imagem grande demais para OCR ({width}×{height} pixels).")
            probe.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise ExtractionError(f"Imagem inválida ou corrompida: {type(exc).__name__}.") from exc
    image = cv2.imdecode(np.fromfile(path, dtype=np.uint8), cv2.IMREAD_COLOR)
    if image is None:
        raise ExtractionError("Imagem inválida ou corrompida.")
    return Extracted(pages=[read_text(image)], engine=ENGINE, page_count=1)
