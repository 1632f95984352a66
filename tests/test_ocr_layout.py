"""A scan read askew: the real OCR engine on a rendered lab table turned a little, as a hand-fed scanner
or a phone photo leaves it. Names and values sit far apart on a row; tilted 1.5° across the page, they
drift a line apart unless the page is straightened first."""

from __future__ import annotations

import re

import cv2
import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFont

from ingestion.extraction.ocr import deskewed, page_only, read_text

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


def assert_rows_read(lines: list[str], rows: list[tuple[str, str]]) -> None:
    """Each name is read on the line that ends with its value."""
    for name, value in rows:
        line = next(line for line in lines if name in line)
        assert line.split()[-1] == value, lines


def test_a_tilted_table_keeps_each_name_on_its_values_line() -> None:
    lines = read_text(table(1.5)).splitlines()
    assert_rows_read(lines, ROWS)


def test_a_straight_page_is_left_as_it_is() -> None:
    page = table(0.0)
    assert deskewed(page) is page


def test_a_photo_with_a_shadow_is_still_set_straight() -> None:
    """A phone photo darkens part of the page: one global threshold takes the shadow for ink (and a shadow
    has no skew), so the angle must come from ink darker than its own neighbourhood."""
    page = table(2.5).astype(np.float64)
    page[:, : page.shape[1] // 2] *= np.linspace(0.45, 0.8, page.shape[1] // 2)  # a shadow band on the left
    lines = read_text(page.astype(np.uint8)).splitlines()
    assert_rows_read(lines, ROWS)


LEADER_ROWS = [("HEMOGLOBINA", "10,1"), ("VCM", "71,8"), ("HCM", "21,8"), ("CHCM", "30,3"), ("RDW", "17,7"), ("VPM", "8,7")]


def photocopied_dot_leaders(angle: float) -> np.ndarray:
    """A Courier printout whose short names run into dot leaders ("VCM..........:"), photocopied: 180 dpi grey,
    turned a little, blurred, toner grey on a tinted page, speckle."""
    document = pymupdf.open()
    page = document.new_page(width=595, height=842)
    for row, (name, value) in enumerate(LEADER_ROWS):
        page.insert_text((45, 150 + row * 13), f"{name:.<21}:", fontname="cour", fontsize=9)
        page.insert_text((185, 150 + row * 13), value, fontname="cour", fontsize=9)
    pixels = page.get_pixmap(dpi=180, colorspace=pymupdf.csGRAY)
    grey = np.frombuffer(pixels.samples, np.uint8).reshape(pixels.height, pixels.width)
    turn = cv2.getRotationMatrix2D((grey.shape[1] / 2, grey.shape[0] / 2), angle, 1.0)
    grey = cv2.GaussianBlur(cv2.warpAffine(grey, turn, grey.shape[::-1], borderValue=255), (0, 0), 0.7)
    tinted = grey.astype(np.float32) * 0.86 + 22 + np.random.default_rng(3).normal(0.0, 9.0, grey.shape)
    return np.clip(tinted, 0, 255).astype(np.uint8)


def test_short_names_before_dot_leaders_are_read_on_a_photocopy() -> None:
    """Such a name's text box scores under rapidocr's default keep-threshold (0.5), and the row lost its name:
    VCM, HCM, RDW and VPM were read as bare values under the name above."""
    for angle in (1.2, -1.7):
        lines = read_text(photocopied_dot_leaders(angle)).splitlines()
        for name, value in LEADER_ROWS:
            line = next((line for line in lines if line.startswith(name + ".")), None)
            digits = re.sub(r"\D", "", line.rsplit(":", 1)[-1]) if line else ""
            assert digits == re.sub(r"\D", "", value), (angle, lines)  # "8,7" may read "8.7"


def test_a_page_fed_upside_down_is_read_the_right_way_up() -> None:
    """A sheet put into a scanner's feeder the wrong way up reads as garbage upright: it is read turned over, each
    name on its own value's line, in the page's order."""
    lines = read_text(cv2.rotate(table(0.0), cv2.ROTATE_180)).splitlines()
    assert_rows_read(lines, ROWS)
    assert [next(i for i, line in enumerate(lines) if name in line) for name, _ in ROWS] == list(range(len(ROWS)))


def test_a_page_scanned_sideways_is_read_upright() -> None:
    lines = read_text(cv2.rotate(table(0.0), cv2.ROTATE_90_CLOCKWISE)).splitlines()
    assert_rows_read(lines, ROWS)


def viewer_screenshot() -> np.ndarray:
    """A 4K screen of a PDF viewer: light menus above, a dark grey surround, the page a third of the screen."""
    screen = np.full((2160, 3840), 58, dtype=np.uint8)
    screen[:150, :] = 240  # menu and toolbar
    screen[150:, :330] = 235  # the thumbnails' panel
    page = cv2.resize(table(0.0), (1000, 545), interpolation=cv2.INTER_AREA)
    sheet = np.full((1400, 1000), 255, dtype=np.uint8)
    sheet[100:645] = page
    screen[300:1700, 1400:2400] = sheet
    return screen


def test_a_viewer_screenshot_is_read_on_its_page() -> None:
    """At the whole screen's scale the page's text is a few pixels high and goes unread; the page alone reads."""
    shot = viewer_screenshot()
    height, width = page_only(shot).shape
    assert 1395 <= height <= 1410 and 995 <= width <= 1010  # the page (1400 × 1000), to the probe's scale
    lines = read_text(shot).splitlines()
    assert_rows_read(lines, ROWS)


def test_a_scanned_page_and_a_form_are_not_cut() -> None:
    """A scan is all page; a form's largest white box is no page on a dark surround."""
    page = table(0.0)
    assert page_only(page) is page
    form = np.full((1400, 1000), 255, dtype=np.uint8)
    cv2.rectangle(form, (100, 100), (700, 900), 0, 3)  # a boxed part of a white form
    assert page_only(form) is form


def test_a_note_printed_up_the_margin_leaves_the_page_upright() -> None:
    """Portuguese and Brazilian reports print their signature's note up the left margin: more characters on end than
    the table has across, yet the page is upright (its lines across read well only this way up)."""
    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=30)
    for row, (name, value) in enumerate(ROWS[:3]):
        draw.text((160, 200 + row * 70), name, fill=0, font=font)
        draw.text((700, 200 + row * 70), value, fill=0, font=font)
    note = Image.new("L", (1600, 120), 255)
    write = ImageDraw.Draw(note)
    small = ImageFont.load_default(size=24)
    for line, text in enumerate(("Documento assinado digitalmente por Laboratorio Central de Analises Clinicas Lda",
                                 "A autenticidade deste documento pode ser conferida em www.labcentral.pt/validar",
                                 "Director tecnico: Dr. Joao Pereira, especialista em Patologia Clinica, cedula 12345")):
        write.text((0, line * 40), text, fill=0, font=small)
    image.paste(note.rotate(90, expand=True), (30, 60))
    lines = read_text(np.asarray(image)).splitlines()
    assert_rows_read(lines, ROWS[:3])


def test_two_cards_of_a_dark_app_and_a_shadowed_sheet_are_read_whole() -> None:
    """A dark-mode app shows its results on two cards (neither is the page); a sheet photographed with a shadow over
    its lower part is greyer there, not beyond the page."""
    cards = np.full((2000, 1080), 28, dtype=np.uint8)
    cards[300:900, 60:1020] = 255
    cards[1000:1600, 60:1020] = 255
    assert page_only(cards) is cards
    sheet = np.full((1600, 1200), 40, dtype=np.uint8)
    sheet[100:1500, 150:1050] = 228
    sheet[1050:1500, 150:1050] = 172  # the shadow
    assert page_only(sheet) is sheet


OTHER_ROWS = [("Hemoglobina", "13,4"), ("Leucocitos", "7,66"), ("Plaquetas", "227"), ("Ferritina", "68"),
              ("Ferro", "110"), ("Calcio", "9,3"), ("Magnesio", "2,1"), ("Fosforo", "3,6")]


def test_a_sheet_printed_two_pages_to_a_side_is_read_page_after_page() -> None:
    """Each row of the left page beside the same row of the right one: read as one line, the right page's names
    stood between the left page's values; each page is read on its own, the left one first."""
    left = table(0.0)
    right = table(0.0).copy()
    right[:] = 255
    image = Image.fromarray(right)
    draw, font = ImageDraw.Draw(image), ImageFont.load_default(size=30)
    for row, (name, value) in enumerate(OTHER_ROWS):
        draw.text((80, 80 + row * 90), name, fill=0, font=font)
        draw.text((1350, 80 + row * 90), value, fill=0, font=font)
    sheet = np.full((900, 3500), 255, dtype=np.uint8)
    sheet[:, :1650], sheet[:, 1850:] = left, np.asarray(image)
    lines = read_text(sheet).splitlines()
    assert_rows_read(lines, ROWS + OTHER_ROWS)
    order = [next(i for i, line in enumerate(lines) if name in line) for name, _ in ROWS + OTHER_ROWS]
    assert order == sorted(order)
