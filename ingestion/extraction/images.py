"""PNG and JPEG: decoded with a pixel limit (decompression bombs fail the document), then OCR'd."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image, UnidentifiedImageError

from ingestion.extraction import Extracted, ExtractionError, unreadable
from ingestion.extraction.ocr import ENGINE, read_text

MAX_PIXELS = 60_000_000


def extract_image(path: Path) -> Extracted:
    _verify(path)
    with unreadable("Imagem inválida ou corrompida."):
        image = cv2.imdecode(np.fromfile(path, dtype=np.uint8), cv2.IMREAD_COLOR)
    if image is None:
        raise ExtractionError("Imagem inválida ou corrompida.")
    return Extracted(pages=[read_text(image)], engine=ENGINE, page_count=1)


def _verify(path: Path) -> None:
    """Only PNG and JPEG (the sniffed types), within MAX_PIXELS by its header, and decodable to the end. Pillow's
    pixels go when this returns, before OpenCV decodes its own (together, 570 MiB for 60 megapixels)."""
    with unreadable("Imagem inválida ou corrompida."):
        try:
            with Image.open(path, formats=("PNG", "JPEG")) as probe:  # reads the header only
                width, height = probe.size
                if width * height > MAX_PIXELS:
                    raise ExtractionError(f"Imagem grande demais para OCR ({width}×{height} pixels).")
                probe.load()
        except Image.DecompressionBombError as exc:  # Pillow's own limit, checked when it opens the header
            raise ExtractionError(f"Imagem grande demais para OCR (mais de {MAX_PIXELS} pixels).") from exc
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
            raise ExtractionError(f"Imagem inválida ou corrompida: {type(exc).__name__}.") from exc
