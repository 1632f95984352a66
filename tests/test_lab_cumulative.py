"""Cumulative grids: the tests across, one row per collection date down; the newest date's row is the result."""

from __future__ import annotations

from nlp.labs.parser import parse_lab_report

# Newest at the top, month-first dates, names over two lines, a test not done that day, flags as letters
US_GRID = """CUMULATIVE REPORT                                   Patient: DOE, JANE   F   DOB 01/02/1961

 Date          Sodium     Potassium    Glucose     Hemoglobin    Cholesterol    Hemoglobin
 Collected                             fasting                   HDL            A1c
                mmol/L     mmol/L       mg/dL       g/dL          mg/dL          %
               135-145    3.5-5.1       70-99      12.0-16.0      >40            4.0-5.6
 03/14/2025     138        6.9 H        101 H      11.2 L         --             6.1 H
 01/02/2025     140        4.1          95         12.5           52             5.9 H
 11/20/2024     141        4.4          97         12.9           48             5.8 H

Values outside the reference interval are flagged H or L. Glucose 126 mg/dL or more fasting: diabetes.
"""

# Oldest at the top, day-first dates, bracketed ranges, arrows; a cell of two single-spaced names
PT_GRID = """EVOLUÇÃO ANALÍTICA                         Utente: Maria Pinho      Sexo: Feminino

 Data        Hemoglobina Leucócitos   Plaquetas    Creatinina   Colesterol
 colheita                                                        total
                g/dL        x10⁹/L        x10⁹/L       mg/dL        mg/dL
             [12,0 - 15,0]  [4,0 - 11,0]  [150 - 400]  [0,51 - 0,95]  [< 190]

 29/03/2024     13,7        6,83          184          1,01 ↑       201 ↑

 15/06/2024     8,9 ↓       2,38 ↓        104 ↓        —            178
"""


def test_the_newest_row_of_a_grid_is_the_result_whichever_end_it_is_printed_at() -> None:
    results = parse_lab_report([US_GRID]).results
    assert [(r.loinc, r.value, r.unit, r.ref_low, r.ref_high, r.flag) for r in results] == [
        ("2951-2", 138.0, "mmol/L", 135.0, 145.0, "N"),
        ("2823-3", 6.9, "mmol/L", 3.5, 5.1, "HH"),  # beyond Kost's critical limit
        ("2345-7", 101.0, "mg/dL", 70.0, 99.0, "H"),  # "Glucose" over "fasting"
        ("718-7", 11.2, "g/dL", 12.0, 16.0, "L"),
        ("4548-4", 6.1, "%", 4.0, 5.6, "H"),  # "Hemoglobin" over "A1c"; HDL not done that day
    ]
    pt = parse_lab_report([PT_GRID]).results
    assert [(r.loinc, r.value, r.unit, r.ref_low, r.ref_high, r.flag) for r in pt] == [
        ("718-7", 8.9, "g/dL", 12.0, 15.0, "L"),
        ("6690-2", 2.38, "x10⁹/L", 4.0, 11.0, "L"),
        ("777-3", 104.0, "x10⁹/L", 150.0, 400.0, "L"),
        ("2093-3", 178.0, "mg/dL", None, 190.0, "N"),  # creatinine not done on 15/06: March's 1,01 is history
    ]


def test_a_newest_row_that_does_not_give_one_value_per_test_reads_nothing_of_its_grid() -> None:
    broken = US_GRID.replace(" 03/14/2025     138        6.9 H ", " 03/14/2025     138 ")
    assert parse_lab_report([broken]).results == []  # not an earlier row, nor a range or a name read as a value


def test_rows_that_start_with_a_date_under_a_tests_heading_are_rows_not_a_grid() -> None:
    page = ("Date        Test          Result     Units     Reference\n"
            "03/14/2025  Sodium        138        mmol/L    135-145\n"
            "03/14/2025  Potassium     4.2        mmol/L    3.5-5.1\n")
    assert [(r.loinc, r.value) for r in parse_lab_report([page]).results] == [("2951-2", 138.0), ("2823-3", 4.2)]


def test_a_grids_dates_are_read_one_way_and_its_draws_by_the_hour() -> None:
    uk = """ Date/Time            Sodium (mmol/L)   Potassium (mmol/L)   eGFR (mL/min/1.73m2)
                        133-146           3.5-5.3
 02/04/2025 16:45       138               6.9 H                54
 02/04/2025 08:10       139               4.2                  55
 05/01/2025 09:00       141               4.4                  58
"""
    # "02/04/2025" is 2 April (another row's "14/..." would say so; here the page's language, English, does not, but
    # the grid's 05/01 and 02/04 read one way); the afternoon's draw is the newest; eGFR's range is blank, so the
    # ranges row says nothing of which range is whose
    results = parse_lab_report([uk.replace("05/01/2025", "14/01/2025")]).results
    assert [(r.loinc, r.value, r.unit, r.flag) for r in results] == [
        ("2951-2", 138.0, "mmol/L", "N"), ("2823-3", 6.9, "mmol/L", "HH"), ("98979-8", 54.0, "mL/min/1.73m2", "N")]
