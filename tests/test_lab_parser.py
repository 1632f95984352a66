"""The lab parser on the layouts labs print, in Portuguese and English (no corpus needed)."""

from __future__ import annotations

import pytest

from nlp.labs.parser import LabResult, parse_lab_report


def rows(text: str) -> dict[str, LabResult]:
    return {result.marker.key: result for result in parse_lab_report([text]).results}


@pytest.mark.parametrize(
    ("line", "key", "value", "unit", "low", "high", "flag"),
    [
        ("Glicose .......: 92 mg/dL   VR: 70 a 99 mg/dL", "glucose", 92.0, "mg/dL", 70.0, 99.0, "N"),
        ("Colesterol Total    210 mg/dL    Desejável: < 190 mg/dL", "cholesterol_total", 210.0, "mg/dL", None, 190.0, "H"),
        ("Hemoglobina Glicada (HbA1c)   6,1 %    Até 5,6 %", "hba1c", 6.1, "%", None, 5.6, "H"),
        ("TSH    2,5 µUI/mL    0,4 a 4,5 µUI/mL", "tsh", 2.5, "µUI/mL", 0.4, 4.5, "N"),
        ("Creatinina      1,10 mg/dL     0,70 a 1,30 mg/dL", "creatinine", 1.1, "mg/dL", 0.7, 1.3, "N"),
        ("Plaquetas   250 mil/mm³   150 a 450 mil/mm³", "platelets", 250.0, "mil/mm³", 150.0, 450.0, "N"),
        ("HDL Colesterol   38 mg/dL   Maior que 40 mg/dL", "hdl", 38.0, "mg/dL", 40.0, None, "L"),
        ("Glucose 6.1 mmol/L (3.9-5.6) H", "glucose", 6.1, "mmol/L", 3.9, 5.6, "H"),
        ("HDL Cholesterol: 45 mg/dL > 40", "hdl", 45.0, "mg/dL", 40.0, None, "N"),
        ("Hemoglobin A1c   7.2 %   <5.7   H", "hba1c", 7.2, "%", None, 5.7, "HH"),
        ("Potassium was 6.8 mEq/L (3.5 to 5.1) HH", "potassium", 6.8, "mEq/L", 3.5, 5.1, "HH"),
        ("Sodium   128   mmol/L   136   145   L", "sodium", 128.0, "mmol/L", 136.0, 145.0, "L"),
        ("• Ferritina: 8 ng/mL (Ref: 15-150) ↓", "ferritin", 8.0, "ng/mL", 15.0, 150.0, "LL"),
    ],
)
def test_row_formats(line: str, key: str, value: float, unit: str, low: float | None, high: float | None,
                     flag: str) -> None:
    result = rows(line)[key]
    assert (result.value, result.unit, result.ref_low, result.ref_high) == (value, unit, low, high)
    assert result.computed_flag == flag


def test_multi_column_lines_yield_every_result() -> None:
    found = rows("Sódio  140 mEq/L  135 a 145     Potássio  4,5 mEq/L  3,5 a 5,1     Cloreto  101 mEq/L  98 a 107")
    assert {key: r.value for key, r in found.items()} == {"sodium": 140.0, "potassium": 4.5, "chloride": 101.0}
    assert found["potassium"].ref_low == 3.5


def test_decimal_commas_and_thousands_dots() -> None:
    found = rows("Leucócitos   7.350 /mm³   4.000 a 11.000\nHemoglobina   13,2 g/dL   12,0 a 16,0")
    assert found["wbc"].value == 7350.0 and found["wbc"].canonical_value == 7.35
    assert found["wbc"].canonical_unit == "10^3/uL"
    assert found["hemoglobin"].value == 13.2


def test_units_convert_to_the_canonical_unit() -> None:
    found = rows("Glucose 6.6 mmol/L 3.9-5.6\nCreatinine 88.4 umol/L 53-115\nHemoglobin 142 g/L 135-175\n"
                 "Calcium 2.5 mmol/L 2.1-2.6")
    assert found["glucose"].canonical_value == pytest.approx(118.9, abs=0.05)
    assert found["glucose"].canonical_low == pytest.approx(70.26, abs=0.05)
    assert found["creatinine"].canonical_value == pytest.approx(1.0, abs=0.001)
    assert found["hemoglobin"].canonical_value == 14.2 and found["hemoglobin"].canonical_unit == "g/dL"
    assert found["calcium"].canonical_value == pytest.approx(10.02, abs=0.01)


def test_printed_flags_are_normalised_and_disagreements_flagged_for_review() -> None:
    found = rows("Glucose  145  mg/dL  70-100  N\nPotassium  3.0  mmol/L  3.5-5.1  ↓\nHDL  32  mg/dL  >40  *")
    assert found["glucose"].printed_flag == "N" and found["glucose"].computed_flag == "HH"
    assert found["glucose"].needs_review
    assert found["potassium"].printed_flag == "L" and not found["potassium"].needs_review
    assert found["hdl"].printed_flag == "L" and found["hdl"].printed_flag_raw == "*"


def test_qualitative_results() -> None:
    found = rows("PSA   Não detectado")
    assert found["psa"].qualitative == "not detected" and found["psa"].value is None


def test_prose_and_headers_are_not_results() -> None:
    text = ("Na admissão o paciente estava estável.\nHemoglobina e hematócrito serão repetidos.\n"
            "Test   Result   Units   Reference Range   Flag\nK+ pending")
    assert rows(text) == {}


def test_spans_point_at_the_row() -> None:
    page = "Laboratório Central\nHemoglobina   14,6 g/dL   13,0 a 17,0 g/dL\n"
    result = parse_lab_report([page]).results[0]
    assert page[result.start:result.end] == "Hemoglobina   14,6 g/dL   13,0 a 17,0 g/dL"
    assert result.page == 1 and result.marker.loinc == "718-7"


def test_report_dates_by_language() -> None:
    report = parse_lab_report(["Data da coleta: 03/04/2026   Liberado em: 05/04/2026\nGlicose 90 mg/dL 70 a 99"])
    assert (str(report.collected_on), str(report.reported_on)) == ("2026-04-03", "2026-04-05")
    report = parse_lab_report(["Collection Date: 03/04/2026  Report Date: 03/05/2026\nGlucose 90 mg/dL 70-99"])
    assert (str(report.collected_on), str(report.reported_on)) == ("2026-03-04", "2026-03-05")
