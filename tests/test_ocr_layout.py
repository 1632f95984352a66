"""A scan read askew: the real OCR engine on a rendered lab table turned a little, as a hand-fed scanner
or a phone photo leaves it. Names and values sit far apart on a row; tilted 1.5° across the page, they
drift a line apart unless the page is straightened first."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from ingestion.extraction.ocr import deskewed, read_text

ROWS = [("Glicose", "92"), ("Creatinina", "1,94"), ("Colesterol total", "259"), ("Triglicerideos", "89"),
        ("Sodio", "141"), ("Potassio", "3,3"), ("Ureia", "41"), ("Acido urico", "6,1")]


def table(angle: float) -> np.ndarray:
    image = Image.new("L", (1650, 900), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=30)
    for row, (name, value) in enumerate(ROWS):
        draw.text((80, 80 + row * 90), name, fill=0, font=font)
        draw.text((1350, 80 + row * 90), value, fill=0, font=font)
    page = np.asarray(image)
    turn = cv2.getRotationMatrix2D((page.shape[1] / 2, page.shape[0] / 2), angle, 1.0)
    return cv2.warpAffine(page, turn, (page.shape[1], page.shape[0]), borderValue=255)


def test_a_tilted_table_keeps_each_name_on_its_values_line() -> None:
    lines = read_text(table(1.5)).splitlines()
    for name, value in ROWS:
        line = next(line for line in lines if name in line)
        assert line.split()[-1] == value, lines


def test_a_straight_page_is_left_as_it_is() -> None:
    page = table(0.0)
    assert deskewed(page) is page


def test_a_photo_with_a_shadow_is_still_set_straight() -> None:
    """A phone photo darkens part of the page: one global threshold takes the shadow for ink (and a shadow
    has no skew), so the angle must come from ink darker than its own neighbourhood."""
    page = table(2.5).astype(np.float64)
    page[:, : page.shape[1] // 2] *= np.linspace(0.45, 0.8, page.shape[1] // 2)  # a shadow band on the left
    lines = read_text(page.astype(np.uint8)).splitlines()
    for name, value in ROWS:
        line = next(line for line in lines if name in line)
        assert line.split()[-1] == value, lines
