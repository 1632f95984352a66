"""A text PDF page's layout: words of different sizes on one line, columns whose rows are not level, stacked
header lines (each through MuPDF itself, on PDFs made here)."""

from __future__ import annotations

import re

import pymupdf

from ingestion.extraction.pdf_text import page_text


def _page(items: list[tuple[float, float, str, float]]) -> pymupdf.Page:
    document = pymupdf.open()
    page = document.new_page()
    for x, y, text, size in items:
        page.insert_text((x, y), text, fontsize=size)
    return page


def test_a_large_value_stays_before_its_small_unit() -> None:
    page = _page([(50, 187, "14.3", 22), (97, 187, "g/dL", 10), (319, 187, "5645", 22), (372, 187, "/cumm", 10)])
    mupdf = page.get_text("text", sort=True)
    assert mupdf.index("g/dL") < mupdf.index("14.3")  # MuPDF's own layout puts the unit first
    assert page_text(page).split() == ["14.3", "g/dL", "5645", "/cumm"]


def test_a_heading_beside_a_row_that_is_not_level_with_it() -> None:
    page = _page([(34, 196.8, "Neutrofilos   52 %", 8), (34, 207.4, "Linfocitos   38 %", 8),
                  (303, 203.8, "FUNCAO HEPATICA", 7.6), (34, 218.0, "Monocitos   7 %", 8)])
    lines = [line.split() for line in page_text(page).splitlines() if line.strip()]
    assert lines == [["Neutrofilos", "52", "%"], ["Linfocitos", "38", "%", "FUNCAO", "HEPATICA"],
                     ["Monocitos", "7", "%"]]


def test_stacked_lines_stay_apart_and_a_plain_page_is_mupdfs_layout() -> None:
    stacked = _page([(300, 100, "Lab Director: Dr. Patricia H. Nguyen", 9), (300, 104, "Accreditation: CAP", 9)])
    assert [line.strip() for line in page_text(stacked).splitlines()] == ["Lab Director: Dr. Patricia H. Nguyen",
                                                                          "Accreditation: CAP"]
    plain = _page([(40, 100, "Hemoglobina", 10), (200, 100, "13,5 g/dL", 10), (300, 100, "12,0 a 16,0", 10),
                   (40, 160, "Glicose", 10), (200, 160, "95 mg/dL", 10)])
    def cells(text: str) -> list[list[str]]:
        return [re.split(r"\s{2,}", line.strip()) for line in text.splitlines()]
    # MuPDF's lines, blank lines and cells (its gaps between columns may be wider, never narrower)
    assert cells(page_text(plain)) == cells(plain.get_text("text", sort=True))
    assert page_text(pymupdf.open().new_page()) == ""


def test_a_landscape_page_turned_by_its_rotation_is_read_as_it_is_seen() -> None:
    document = pymupdf.open()
    page = document.new_page(width=595, height=842)  # stored portrait, its lines drawn up the page
    page.insert_text((100, 800), "Creatinine      115   H   umol/L    64 - 104", fontsize=10, rotate=90)
    page.insert_text((120, 800), "Sodium          138       mmol/L    136 - 145", fontsize=10, rotate=90)
    page.set_rotation(90)
    assert [line.split()[:3] for line in page_text(page).splitlines() if line.strip()] == [
        ["Creatinine", "115", "H"], ["Sodium", "138", "mmol/L"]]


def test_a_value_struck_through_is_not_read_and_an_underlined_one_is() -> None:
    """A corrected report prints the replaced value struck through beside the right one; an underline is no strike."""
    page = _page([(50, 200, "Potassio", 10), (200, 200, "7,0", 10), (230, 200, "4,6 (1)", 10), (300, 200, "mmol/L", 10),
                  (50, 230, "Sodio", 10), (200, 230, "143", 10), (300, 230, "mmol/L", 10)])
    page.draw_line((199, 196.5), (215, 196.5), width=0.8)  # through the middle of "7,0" (10 pt, baseline 200)
    page.draw_line((199, 232), (216, 232), width=0.8)  # under "143"
    lines = [line.split() for line in page_text(page).splitlines() if line.strip()]
    assert lines == [["Potassio", "4,6", "(1)", "mmol/L"], ["Sodio", "143", "mmol/L"]]


def test_a_rule_behind_a_heading_and_a_highlighted_row_are_no_strike_through() -> None:
    page = _page([(50, 80, "Haemoglobin", 10), (220, 80, "11.2", 10), (252, 120, "URINALYSIS", 10),
                  (50, 145, "Glucose", 10), (220, 145, "Negative", 10)])
    page.draw_line((40, 116.5), (560, 116.5), width=0.8)  # a rule across the page at the heading's middle
    page.draw_line((40, 76.5), (560, 76.5), width=13, color=(1, 1, 0.6))  # a highlighter's band through a row
    text = page_text(page)
    assert "URINALYSIS" in text and "11.2" in text


def test_a_tables_columns_stay_over_one_another_from_row_to_row() -> None:
    # a row of wide capitals over a row of narrow digits: each gap counted in its own word's characters drifted
    names, values = ["Hb", "MCHC", "WCC", "T.Bili", "MPV"], ["140", "329", "13.7", "16", "11.0"]
    page = _page([*((60 + 70 * i, 100, name, 9) for i, name in enumerate(names)),
                  *((60 + 70 * i, 112, value, 9) for i, value in enumerate(values)),
                  (20, 100, "TEST", 9), (20, 112, "Result", 9)])
    above, below = [line for line in page_text(page).splitlines() if line.strip()]
    assert [above.index(name) for name in names] == [below.index(value) for value in values]
