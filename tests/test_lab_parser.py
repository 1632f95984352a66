"""The lab parser on the layouts labs print, in Portuguese and English (no corpus needed)."""

from __future__ import annotations

import pytest

from nlp.labs import catalog
from nlp.labs.loinc import corrected, is_valid
from nlp.labs.parser import parse_lab_report
from nlp.labs.result import LabResult


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
        ("Hemoglobin A1c   7.2 %   <5.7   H", "hba1c", 7.2, "%", None, 5.7, "H"),
        ("Potassium was 6.8 mEq/L (3.5 to 5.1) HH", "potassium", 6.8, "mEq/L", 3.5, 5.1, "HH"),
        ("Sodium   128   mmol/L   136   145   L", "sodium", 128.0, "mmol/L", 136.0, 145.0, "L"),
        ("• Ferritina: 8 ng/mL (Ref: 15-150) ↓", "ferritin", 8.0, "ng/mL", 15.0, 150.0, "L"),
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


def test_a_contradicting_printed_flag_is_corrected_and_the_correction_kept() -> None:
    found = rows("Glucose  145  mg/dL  70-100  N\nPotassium  3.0  mmol/L  3.5-5.1  ↓\nHDL  32  mg/dL  >40  *\n"
                 "TSH  6.5  mIU/L  0.4-4.0  HH")
    assert (found["glucose"].printed_flag, found["glucose"].flag, found["glucose"].flag_corrected) == ("N", "H", True)
    assert found["glucose"].needs_review
    assert (found["potassium"].flag, found["potassium"].flag_corrected) == ("L", False)
    assert (found["hdl"].printed_flag_raw, found["hdl"].flag, found["hdl"].flag_corrected) == ("*", "L", False)
    assert (found["tsh"].printed_flag, found["tsh"].flag, found["tsh"].flag_corrected) == ("HH", "H", True)


@pytest.mark.parametrize(("line", "key", "flag"), [
    ("Potassium 6.9 mmol/L 3.5-5.1", "potassium", "HH"),  # Kost 1990: ≥ 6.2 mmol/L
    ("Potássio 2,5 mEq/L 3,5 a 5,1", "potassium", "LL"),
    ("Glucose 131 mg/dL 70-99", "glucose", "H"),  # high, far from the 484 mg/dL limit
    ("Glucose 2.2 mmol/L 3.9-5.6", "glucose", "LL"),  # 39.6 mg/dL: converted before the limit is applied
    ("HbA1c 6.8 % 4.0-5.6", "hba1c", "H"), ("HbA1c 14.0 % 4.0-5.6", "hba1c", "H"),  # no critical limit exists
    ("Triglycerides 244 mg/dL <150", "triglycerides", "H"), ("Triglycerides 2000 mg/dL <150", "triglycerides", "H"),
    ("Haemoglobin 58 g/L 115-165", "hemoglobin", "LL"), ("Sodium 118 mmol/L 135-145", "sodium", "LL"),
    ("Platelets 18 x10^9/L 150-400", "platelets", "LL"),
    ("INR 5.0 0.8-1.2", "inr", "H"), ("INR 6.1 0.8-1.2", "inr", "HH"),
])
def test_critical_flags_come_from_analyte_limits(line: str, key: str, flag: str) -> None:
    assert rows(line)[key].flag == flag


def test_a_value_without_a_readable_unit_is_kept_unconverted() -> None:
    result = rows("Glicose   98   70 a 99")["glucose"]
    assert (result.value, result.unit, result.unconverted, result.canonical_value) == (98.0, None, True, None)
    assert result.flag == "N" and result.needs_review  # against its own printed range, never a critical limit
    assert rows("Glucose 30 (70-99)")["glucose"].flag == "L"  # 30 what? not called critical


def test_qualitative_results() -> None:
    found = rows("PSA   Não detectado")
    assert found["psa"].qualitative == "not detected" and found["psa"].value is None


@pytest.mark.parametrize(("text", "key", "value", "unit", "low", "high", "flag"), [
    # the Brazilian block: name in capitals on its own line, method, then the labelled result
    ("HEMOGLOBINA\nMétodo: Automatizado\nResultado: 13,1 g/dL      Valor de referência: 12,0 a 16,0",
     "hemoglobin", 13.1, "g/dL", 12.0, 16.0, "N"),
    ("GLICOSE\nMaterial: Soro\nMétodo: Enzimático\nResultado.......: 131 mg/dL\nValor de referência:\n"
     "Normal: 70 a 99 mg/dL\nDiabetes: ≥ 126 mg/dL", "glucose", 131.0, "mg/dL", 70.0, 99.0, "H"),
    # label-value lines, British spelling and SI unit
    ("Test: Haemoglobin\nResult: 116\nUnits: g/L\nReference interval: 115-165", "hemoglobin", 116.0, "g/L",
     115.0, 165.0, "N"),
    ("Haemoglobin 116 g/L (115-165)", "hemoglobin", 116.0, "g/L", 115.0, 165.0, "N"),
    ("Creatinine 88 umol/L 45-90", "creatinine", 88.0, "umol/L", 45.0, 90.0, "N"),
    # unit in a group header, qualifier on the value
    ("BIOQUÍMICA (mg/dL)\nGlicose   105   70 a 99\nUreia   30   15 a 45", "glucose", 105.0, "mg/dL", 70.0, 99.0, "H"),
    ("PCR   < 0,5 mg/dL   VR: < 0,5", "crp", 0.5, "mg/dL", None, 0.5, "N"),
    # per-sex ranges: the header's sex picks one
    ("Sexo: Feminino\nHemoglobina   11,6 g/dL   Homens: 13,5 a 17,5  Mulheres: 12,0 a 15,5", "hemoglobin", 11.6,
     "g/dL", 12.0, 15.5, "L"),
])
def test_layouts_beyond_one_row(text: str, key: str, value: float, unit: str, low: float | None, high: float | None,
                                flag: str) -> None:
    result = rows(text)[key]
    assert (result.value, result.unit, result.ref_low, result.ref_high, result.flag) == (value, unit, low, high, flag)


def test_per_sex_ranges_without_a_known_sex_are_kept_as_text_and_not_guessed() -> None:
    result = rows("Hemoglobina   11,6 g/dL   Homens: 13,5 a 17,5  Mulheres: 12,0 a 15,5")["hemoglobin"]
    assert (result.ref_low, result.ref_high) == (None, None) and "Mulheres" in (result.ref_text or "")
    assert parse_lab_report(["Hemoglobina   11,6 g/dL   Homens: 13,5 a 17,5  Mulheres: 12,0 a 15,5"],
                            sex="male").results[0].flag == "L"


def test_percentages_and_absolute_counts_are_different_results() -> None:
    found = parse_lab_report(["Neutrófilos segmentados  58,0 %  3.480 /mm³  40 a 70 %  1.600 a 7.700 /mm³"]).results
    assert {(r.loinc, r.value, r.unit) for r in found} == {("770-8", 58.0, "%"), ("751-8", 3480.0, "/mm³")}
    absolute = next(r for r in found if r.loinc == "751-8")
    assert (absolute.canonical_value, absolute.canonical_unit, absolute.ref_low) == (3.48, "10^3/uL", 1600.0)


def test_urinalysis_names_mean_the_urine_tests() -> None:
    found = parse_lab_report(["URINA TIPO I\nDensidade   1,020\nGlicose   Negativo\nHemoglobina   Traços\n"
                              "HEMOGRAMA\nHemoglobina   13,5 g/dL"]).results
    assert [(r.loinc, r.value, r.qualitative) for r in found] == [
        ("5811-5", 1.02, None), ("25428-4", None, "negative"), ("5794-3", None, "trace"), ("718-7", 13.5, None)]


def test_si_units_carry_their_own_loinc_code() -> None:
    assert rows("Glucose 5.4 mmol/L 3.9-5.6")["glucose"].loinc == "14749-6"
    assert rows("Glucose 98 mg/dL 70-99")["glucose"].loinc == "2345-7"


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


def test_units_printed_under_their_own_label_on_the_row() -> None:
    found = rows("Test: Leucocytes   Result: 12.3   Units: x10^9/L   Reference interval: 4.0 - 11.0")["wbc"]
    assert (found.value, found.unit, found.canonical_value, found.flag) == (12.3, "x10^9/L", 12.3, "H")


def test_a_critical_flag_the_printed_range_contradicts_means_a_misread_unit() -> None:
    # 65 read as mmol/L would be 735 mg/dL of creatinine, yet it sits inside its own printed range
    found = rows("Creatinine   65   mmol/L   45 - 90")["creatinine"]
    assert (found.flag, found.unconverted, found.canonical_value) == ("N", True, None)


@pytest.mark.parametrize(("text", "key", "low", "high"), [
    ("Sexo: Feminino\nHemácias   5,28 milhões/mm³   H: 4,50 a 5,90  M: 4,00 a 5,20", "rbc", 4.0, 5.2),
    ("Sexo: Masculino  Idade: 55 anos\nPSA total   3,1 ng/mL   40 a 49 anos: até 2,5   50 a 59 anos: até 3,5   "
     "≥ 60 anos: até 4,5", "psa", None, 3.5),
    ("25-OH Vitamina D   25,8 ng/mL   Deficiência: < 20   Insuficiência: 20 a 29   Suficiência: 30 a 100",
     "vitamin_d", 30.0, 100.0),
])
def test_the_patients_range_among_several(text: str, key: str, low: float | None, high: float | None) -> None:
    found = rows(text)[key]
    assert (found.ref_low, found.ref_high) == (low, high)


def test_age_bands_without_an_age_give_no_range() -> None:
    found = rows("PSA total   3,1 ng/mL   40 a 49 anos: até 2,5   50 a 59 anos: até 3,5")["psa"]
    assert (found.ref_low, found.ref_high, found.flag) == (None, None, "N")


def test_transposed_tables_read_column_by_column() -> None:
    text = ("ELETRÓLITOS - SORO\n"
            "              Sódio          Potássio          Cálcio\n"
            " Resultado     149             4,9               8,9\n"
            " Unidade       mEq/L           mEq/L             mg/dL\n"
            " Referência    136 - 145       3,5 - 5,1         8,6 - 10,3\n")
    found = {r.marker.key: (r.value, r.unit, r.ref_low, r.ref_high, r.flag) for r in parse_lab_report([text]).results}
    assert found == {"sodium": (149.0, "mEq/L", 136.0, 145.0, "H"), "potassium": (4.9, "mEq/L", 3.5, 5.1, "N"),
                     "calcium": (8.9, "mg/dL", 8.6, 10.3, "N")}


def test_a_marker_named_twice_and_a_restated_result() -> None:
    text = ("TGO / AST    85 U/L    até 40\nVPM - Volume plaquetário médio   9,0 fL   7,4 a 10,4\n"
            "POTASSIUM   6.9   mmol/L   3.5-5.1\nCritical value called to Dr Lee: POTASSIUM 6.9\n")
    found = parse_lab_report([text]).results
    assert [(r.marker.key, r.value) for r in found] == [("ast", 85.0), ("mpv", 9.0), ("potassium", 6.9)]


def test_hba1c_in_ifcc_units_keeps_its_own_code_and_is_never_scaled() -> None:
    found = rows("HbA1c (IFCC)   68   mmol/mol   20 - 41")["hba1c"]
    assert (found.loinc, found.canonical_value, found.unconverted, found.flag) == ("59261-8", None, True, "H")


def test_a_one_sided_reference_across_a_wide_gap_is_not_a_range_with_the_value() -> None:
    text = ("ENZIMAS (U/L)\n  TGO / AST                  85                     até 32\n"
            "  Gama-GT                    71                 5 a 36\n")
    found = {r.marker.key: (r.value, r.unit, r.ref_low, r.ref_high, r.flag) for r in parse_lab_report([text]).results}
    assert found == {"ast": (85.0, "U/L", None, 32.0, "H"), "ggt": (71.0, "U/L", 5.0, 36.0, "H")}


def test_a_ditto_mark_repeats_the_unit_of_the_row_above() -> None:
    text = ("TEST            RESULT UNITS        REFERENCE\n"
            "Sodium             129   mmol/L       133 - 146\n"
            "Potassium          5.8   \"            3.5 - 5.3\n"
            "Albumin             43   g/L          35 - 50\n"
            "Total protein       86   \"            60 - 80\n")
    found = {r.marker.key: (r.value, r.unit, r.flag) for r in parse_lab_report([text]).results}
    assert found == {"sodium": (129.0, "mmol/L", "L"), "potassium": (5.8, "mmol/L", "H"),
                     "albumin": (43.0, "g/L", "N"), "total_protein": (86.0, "g/L", "H")}


def test_urine_leukocyte_esterase_by_its_parenthesised_name() -> None:
    text = "URINA TIPO I\n   Leucócitos (esterase)          Negativo          Negativo\n"
    found = parse_lab_report([text]).results
    assert [(r.marker.key, r.qualitative) for r in found] == [("urine_leukocyte_esterase", "negative")]


def test_a_cumulative_report_gives_its_newest_column_only() -> None:
    text = ("Data da coleta: 10/05/2025\n"
            "Exame                 02/01/2025      10/05/2025      15/09/2024     Unidade    Referência\n"
            "  Glicose               101 *            93              88          mg/dL      70 a 99\n"
            "  Ferritina              ---            45,2            60,1         ng/mL      13 a 150\n")
    found = {r.marker.key: (r.value, r.unit, r.flag) for r in parse_lab_report([text]).results}
    assert found == {"glucose": (93.0, "mg/dL", "N"), "ferritin": (45.2, "ng/mL", "N")}


def test_a_control_column_is_not_a_result() -> None:
    text = ("Test                     Patient     Control   Units     Reference\n"
            "Prothrombin time           21.2        12.1     sec       11.0 - 13.5\n"
            "aPTT                       33.0        29.8     sec       25.0 - 35.0\n")
    found = [(r.marker.key, r.value, r.unit, r.flag) for r in parse_lab_report([text]).results]
    assert found == [("pt_seconds", 21.2, "sec", "H"), ("aptt", 33.0, "sec", "N")]


def test_urinalysis_parts_and_sediment_counts_per_field() -> None:
    text = ("URINA TIPO I\nEXAME QUÍMICO\n  Glicose          Negativo       Negativo\n"
            "SEDIMENTOSCOPIA\n  Leucócitos       6 por campo    Até 5 por campo\n"
            "  Hemácias         2.000 /mL      Até 10.000 /mL\n  Células epiteliais    Raras\n")
    found = {r.marker.key: (r.loinc, r.value, r.qualitative, r.unit) for r in parse_lab_report([text]).results}
    assert found == {"urine_glucose": ("25428-4", None, "negative", None),
                     "urine_wbc": ("5821-4", 6.0, None, "por campo"), "urine_rbc": ("30391-7", 2000.0, None, "/mL"),
                     "urine_epithelial_cells": ("5787-7", None, "rare", None)}


def test_a_name_followed_by_its_description_and_serologies() -> None:
    text = ("  HBsAg - Antígeno de superfície do vírus B          Reagente        Não reagente\n"
            "  Toxoplasmose IgM                                   Não reagente    Não reagente\n"
            "Rubéola - Anticorpos IgG\n  Resultado:   Reagente\n  Índice: 12,4\n")
    found = [(r.marker.key, r.qualitative) for r in parse_lab_report([text]).results]
    assert found == [("hbsag", "reactive"), ("toxoplasma_igm", "non-reactive"), ("rubella_igg", "reactive")]


@pytest.mark.parametrize(("header", "expected"), [
    ("Sex: Female  Age: 41\nCollected: 06/02/2025 07:40\nClinical information: luteal phase\n", (1.7, 27.0, "N")),
    ("Sex: Female  Age: 58\nCollected: 06/02/2025 07:40\nClinical information: postmenopausal\n", (0.1, 0.8, "H")),
    ("Sex: Female  Age: 41\nCollected: 06/02/2025 07:40\n", (None, None, "N")),  # the phase is not said
])
def test_the_band_of_this_patient_among_phases(header: str, expected: tuple) -> None:  # noqa: ANN001
    text = (header + "Test            Result   Units     Reference ranges\n"
            "Progesterone     9.40     ng/mL     Follicular phase      0.20 - 1.50\n"
            "                                    Luteal phase          1.70 - 27.00\n"
            "                                    Postmenopause         0.10 - 0.80\n"
            "                                    Male                  0.20 - 1.40\n")
    result = parse_lab_report([text]).results[0]
    assert (result.ref_low, result.ref_high, result.flag) == expected


def test_the_band_of_this_patient_by_sex_and_age_and_by_time_of_day() -> None:
    text = ("Sex: Female   Age: 36\nCollected: 02/11/2025 4:30 PM\n"
            "Testosterone, total    30     ng/dL     Male 20-49 years        249 - 836\n"
            "                                        Female 20-49 years        8 - 48\n"
            "                                        Female 50 years and over  3 - 41\n"
            "Cortisol               9.1    ug/dL     Morning (7-10 AM)       6.2 - 19.4\n"
            "                                        Afternoon (4-8 PM)      2.3 - 11.9\n")
    found = {r.marker.key: (r.ref_low, r.ref_high, r.flag) for r in parse_lab_report([text]).results}
    assert found == {"testosterone": (8.0, 48.0, "N"), "cortisol": (2.3, 11.9, "N")}


def test_quest_style_bounds_flag_words_and_indian_units() -> None:
    text = ("EGFR               54        > OR = 60 mL/min/1.73m2\n"
            "Potassium          7.0   Critical   mmol/L    3.5-5.2\n"
            "WBC                0.8              x10E3/uL  3.4-10.8\n"
            "Platelet Count     2.10   lakhs/cumm   1.50 - 4.10\n"
            "Platelet count 1 lakh/cumm = 100,000/cumm.\n")
    found = [(r.marker.key, r.value, r.ref_low, r.ref_high, r.flag) for r in parse_lab_report([text]).results]
    assert found == [("egfr", 54.0, 60.0, None, "L"), ("potassium", 7.0, 3.5, 5.2, "HH"),
                     ("wbc", 0.8, 3.4, 10.8, "LL"), ("platelets", 2.1, 1.5, 4.1, "N")]


@pytest.mark.parametrize("text", [
    # a patient header with two dates, a period, prose naming a previous result: no columns to drop
    "Paciente: Maria   DN 01/02/1960   Coleta 11/09/2025\nGlicose     92 mg/dL     70 - 99\n",
    "Período 01/08/2025 - 11/09/2025\nGlicose     92 mg/dL     70 - 99\n",
    "Resultado liberado após comparação com o exame anterior.\nGlicose     92 mg/dL     70 - 99\n",
    # a control table, then a table of one value column: its rows are read whole
    "Test     Patient     Control     Units\nINR     1.1     1.0\nTest     Result     Units     Reference\n"
    "Glicose     92 mg/dL     70 - 99\n",
])
def test_ordinary_tables_keep_every_value(text: str) -> None:
    glucose = next(r for r in parse_lab_report([text]).results if r.marker.key == "glucose")
    assert (glucose.value, glucose.unit, glucose.ref_low, glucose.ref_high) == (92.0, "mg/dL", 70.0, 99.0)


def test_a_lower_bound_beside_the_value_and_a_printed_h() -> None:
    found = {r.marker.key: (r.value, r.ref_low, r.flag) for r in parse_lab_report([
        "eGFR            78        >=60\nHDL Cholesterol    45   mg/dL   >= 40\n"]).results}
    assert found == {"egfr": (78.0, 60.0, "N"), "hdl": (45.0, 40.0, "N")}
    glucose = parse_lab_report(["Glucose    110   mg/dL    70 - 99    H\n"]).results[0]
    assert (glucose.printed_flag, glucose.flag) == ("H", "H")


def test_a_unit_column_before_the_result_column() -> None:
    found = rows("CODIGO   EXAME               UNIDADE      RESULTADO    VALOR DE REFERENCIA\n"
                 "HB       HEMOGLOBINA         g/dL              10,1 L  M: 13,5-17,5 F: 12,0-16,0\n"
                 "NEU%     NEUTROFILOS %       %                 49,6    40-75\n"
                 "NEU#     NEUTROFILOS ABS     /mm3             2.639    1.800-7.700\n"
                 "AU       ACIDO URICO         mg/dL              8,3 H  M: 3,5-7,2 F: 2,6-6,0\n")
    assert (found["hemoglobin"].value, found["hemoglobin"].unit) == (10.1, "g/dL")
    assert (found["neutrophils_pct"].value, found["neutrophils"].value, found["neutrophils"].unit) == \
        (49.6, 2639.0, "/mm3")
    assert found["uric_acid"].unit == "mg/dL" and found["uric_acid"].flag == "H", "'M:' is a label, not molar"


def test_a_dash_in_an_empty_unit_column_is_not_a_description() -> None:
    found = rows("*** URINA TIPO I ***\n"
                 "EAS      SANGUE              -                  TRACOS *  NEGATIVO\n"
                 "EAS      NITRITO             -                NEGATIVO    NEGATIVO\n")
    assert (found["urine_blood"].qualitative, found["urine_nitrite"].qualitative) == ("trace", "negative")


def test_cards_side_by_side_with_the_value_and_the_bar_ends_under_each_name() -> None:
    found = rows(
        " Hemoglobin              Below range     White Blood Cells            Normal\n"
        "  Carries oxygen around your body            Cells that fight infection\n"
        "     12.7 g/dL                                    6.1 x10^3/uL\n"
        "\n"
        "      13.5            17.5                         4.0             11.0\n"
        "                                                   Previous: 4.1 (Nov 2025)\n"
        "  Iron                    Normal     Vitamin D, 25-OH          Below range\n"
        "   Iron circulating in the blood          Bone and muscle health\n"
        "        109 mcg/dL                         23.7 ng/mL\n"
        "      65          175                     30            100\n")
    assert {key: (r.value, r.unit, r.ref_low, r.ref_high, r.flag) for key, r in found.items()} == {
        "hemoglobin": (12.7, "g/dL", 13.5, 17.5, "L"), "wbc": (6.1, "x10^3/uL", 4.0, 11.0, "N"),
        "iron": (109.0, "mcg/dL", 65.0, 175.0, "N"), "vitamin_d": (23.7, "ng/mL", 30.0, 100.0, "L")}


def test_a_bracketed_conversion_is_the_same_result_and_a_bracketed_percentage_another() -> None:
    found = parse_lab_report([
        "Hemoglobin        148 g/L     (14.8 g/dL)      120-160 g/L\n"
        "Urea              6.9 mmol/L  (BUN 19 mg/dL)   2.5-7.8 mmol/L\n"
        "Free T4           18.5 pmol/L (1.44 ng/dL)     12.0-22.0 pmol/L\n"
        "Neutrophils       3.6 x10^9/L (60 %)           2.0-7.5 x10^9/L\n"]).results
    assert [(r.marker.key, r.value, r.unit) for r in found] == [
        ("hemoglobin", 148.0, "g/L"), ("urea", 6.9, "mmol/L"), ("free_t4", 18.5, "pmol/L"),
        ("neutrophils", 3.6, "x10^9/L"), ("neutrophils_pct", 60.0, "%")]
    assert found[2].loinc == "14920-3" and round(found[2].canonical_value, 2) == 1.44  # 18.5 pmol/L ÷ 12.87


def test_a_blood_gas_report_reads_the_analysers_names_and_whole_blood_codes() -> None:
    found = rows("BLOOD GAS REPORT\n"
                 "Blood gas values\n"
                 "pH              7.397                 7.35-7.45\n"
                 "pCO2             5.05  kPa     5.40   4.7-6.0\n"
                 "cBase(B)        -1.3  mmol/L          -2.0-2.0\n"
                 "Electrolyte values\n"
                 "cK+              5.4  mmol/L          3.5-5.0      H\n"
                 "cGlu             4.5  mmol/L          4.0-7.8\n"
                 "cLac             1.0  mmol/L          0.5-2.2\n")
    assert {key: (r.loinc, r.value, r.flag) for key, r in found.items()} == {
        "blood_ph": ("2744-1", 7.397, "N"), "pco2": ("2019-8", 5.05, "N"), "base_excess": ("1925-7", -1.3, "N"),
        "potassium": ("6298-4", 5.4, "H"), "glucose": ("15074-8", 4.5, "N"), "lactate": ("2518-9", 1.0, "N")}
    assert round(found["pco2"].canonical_value, 1) == 37.9  # kPa → mmHg
    assert rows("pH  7.40\nPotassium  4.1 mmol/L")["potassium"].loinc == "2823-3", "outside a gas report: serum"


def test_a_letter_gives_the_results_its_sentences_name_and_nothing_said_without_a_name() -> None:
    letter = ("Dear Dr Hartley,\n"
              "Thank you for seeing this pleasant 61-year-old man, who has had increasing tiredness and thirst.\n"
              "His bloods taken on 25 September 2026 showed Hb 97 g/L, WCC 9.6, plt 103, creatinine 77 umol/L.\n"
              "His HbA1c has risen to 50 mmol/mol (it was 47 in March despite dose titration).\n"
              "Liver function tests showed an ALT of 17 U/L and his ferritin (iron stores) was 538 ug/L.\n"
              "I would be grateful for your advice on further management of his diabetes and his kidneys.\n")
    found = {r.marker.key: (r.value, r.unit, r.unconverted) for r in parse_lab_report([letter]).results}
    assert found == {"hemoglobin": (97.0, "g/L", False), "wbc": (9.6, None, True), "platelets": (103.0, None, True),
                     "creatinine": (77.0, "umol/L", False), "hba1c": (50.0, "mmol/mol", True),
                     "alt": (17.0, "U/L", False), "ferritin": (538.0, "ug/L", False)}


def test_a_report_with_a_comment_in_sentences_is_read_by_its_rows() -> None:
    report = ("Glucose                 92 mg/dL        70-99\n"
              "Hemoglobin A1c          5.4 %           4.0-5.6\n"
              "Comment: an HbA1c of 6.5 % or more on two occasions is diagnostic of diabetes mellitus.\n")
    assert [(r.marker.key, r.value) for r in parse_lab_report([report]).results] == [("glucose", 92.0),
                                                                                      ("hba1c", 5.4)]


def test_key_per_line_blocks_and_side_by_side_panels_of_two_specimens() -> None:
    found = rows("Análise: Anticorpos anti-tireoperoxidase (anti-TPO)\n"
                 "Amostra: Soro\n"
                 "Resultado : 6,5\n"
                 "Unidade de medida: UI/mL\n"
                 "Referência: Inferior a 9\n\n"
                 " HORMÔNIOS                                   URINA TIPO I\n"
                 " TSH              3,36   µUI/mL   0,27 a 4,20       Glicose       Negativo      Negativo\n"
                 " Neutrófilos #    5,43   10³/µL   1,8 a 7,5         Nitrito       Negativo      Negativo\n"
                 " TP - atividade   97     %        70 a 120          pH            6,3           5,0 a 8,0\n")
    assert {key: (r.value, r.qualitative, r.unit) for key, r in found.items()} == {
        "anti_tpo": (6.5, None, "UI/mL"), "tsh": (3.36, None, "µUI/mL"), "urine_glucose": (None, "negative", None),
        "neutrophils": (5.43, None, "10³/µL"), "urine_nitrite": (None, "negative", None),
        "pt_activity": (97.0, None, "%"), "urine_ph": (6.3, None, None)}


def test_a_faxed_scan_of_two_blocks_side_by_side_and_its_misread_characters() -> None:
    """As OCR gives a faxed page: two exams' blocks joined on each line, a colon for a point or a space, a
    slash lost, a flag word glued to the unit, a count's thousands point taken for a decimal one."""
    found = rows("Sexo: M   Idade: 82 anos\n"
                 "HEMOGLOBINA  TRANSAMINASE PIRÚVICA (TGP)\n"
                 "Método: Citometria de fluxo  Método: Cinético UV (IFCC)\n"
                 "Resultado: 4.4 gdL  Valor de referéncia. 13.5 a 17.5  Resuitado: 25 U/L  Valor de referència: Inferior a 41\n"
                 "PLAQUETAS  GAMA GT\n"
                 "Resultado: 334:000 /mm³ Valor de referência: 150.000 a 450.000  Resultado: 17:U/L  Valor de referência: 8 a 61\n"
                 "Leucócitos: 14.350/mm³ALTO  Valor de referência: 4.000 a 11.000\n"
                 "Coleta: 26/03/2026 às 06:46\n")
    assert {key: (r.value, r.unit, r.flag) for key, r in found.items()} == {
        "hemoglobin": (4.4, "gdL", "LL"), "alt": (25.0, "U/L", "N"), "platelets": (334000.0, "/mm³", "N"),
        "ggt": (17.0, "U/L", "N"), "wbc": (14350.0, "/mm³", "H")}


def test_cardiac_markers_and_drug_levels_with_their_therapeutic_range() -> None:
    found = rows("TROPONINA I ULTRASSENSÍVEL     < 1,9 ng/L        Inferior a 34,2 ng/L\n"
                 "CK-MB MASSA                    7,0 ng/mL          Inferior a 5,0 ng/mL\n"
                 "D-DÍMERO                       280 ng/mL FEU      Inferior a 500 ng/mL FEU\n"
                 "DIGOXINA                       0,92 ng/mL         Faixa terapêutica: 0,8 a 2,0 ng/mL\n"
                 "LÍTIO                          0,43 mmol/L        Faixa terapêutica: 0,6 a 1,2 mmol/L\n")
    assert {key: (r.loinc, r.value, r.unit, r.flag) for key, r in found.items()} == {
        "troponin_i_hs": ("89579-7", 1.9, "ng/L", "N"), "ck_mb_mass": ("13969-1", 7.0, "ng/mL", "H"),
        "d_dimer": ("48065-7", 280.0, "ng/mL FEU", "N"), "digoxin": ("10535-3", 0.92, "ng/mL", "N"),
        "lithium": ("14334-7", 0.43, "mmol/L", "L")}


def test_names_with_asides_wrapped_in_their_cells_and_index_lines() -> None:
    found = rows(" Haematocrit (packed cell volume, PCV)     0.40     L/L       0.36-0.47\n"
                 " Thyroid-stimulating hormone (TSH), third  3.03     mIU/L     0.27-4.20\n"
                 " generation\n"
                 " Mean corpuscular hemoglobin               33.6     g/dL      32.0-36.0\n"
                 " concentration (MCHC)\n"
                 "Anti-HIV 1/2 + Ag p24 (4ª geração)  ...........  Não reagente       Não reagente\n"
                 "    Índice: 0,11 (não reagente < 1,00)\n")
    assert {key: (r.value, r.qualitative) for key, r in found.items()} == {
        "hematocrit": (0.4, None), "tsh": (3.03, None), "mchc": (33.6, None), "hiv_screen": (None, "non-reactive")}


def test_a_range_in_another_scale_a_sex_without_colon_and_a_temperature_corrected_column() -> None:
    found = rows("Sex: F\n"
                 "Albumin       44 g/L    (4.4 g/dL)     35-50 (3.5-5.0 g/dL)\n"
                 "Creatinine    50 umol/L (0.57 mg/dL)   M 62-106; F 44-80\n"
                 "eGFR (CKD-EPI 2021)    68    mL/min/1.73 m²    > 60\n"
                 "BLOOD GAS ANALYSIS\n"
                 "Parameter                 Value      Temp corr.      Units          Normal range\n"
                 "pCO2                      4.16              3.81     kPa              4.7-6.0\n")
    assert {key: (r.value, r.unit, r.ref_low, r.ref_high, r.flag) for key, r in found.items()} == {
        "albumin": (44.0, "g/L", 35.0, 50.0, "N"), "creatinine": (50.0, "umol/L", 44.0, 80.0, "N"),
        "egfr": (68.0, "mL/min/1.73 m²", 60.0, None, "N"), "pco2": (4.16, "kPa", 4.7, 6.0, "L")}


def test_a_page_of_comments_gives_no_result_from_its_thresholds() -> None:
    comments = ("Interpretation of the glycated haemoglobin result, according to current guidelines:\n"
                "An HbA1c of 48 mmol/mol or more on two occasions is diagnostic of diabetes mellitus in adults.\n"
                "A fasting glucose of 7.0 mmol/L or above indicates diabetes when it is confirmed on a second sample.\n"
                "Values between the two thresholds should be discussed with the requesting clinician in due course.\n")
    assert parse_lab_report([comments]).results == []


def test_a_cumulative_report_with_units_and_ranges_before_its_dated_columns() -> None:
    found = rows("Test                  Units          Ref. range          03/21/26     04/16/26     06/04/26\n"
                 "WBC                   K/uL           4.00-11.00          0.60 L       0.72 L       0.70 LL\n"
                 "Hematocrit            %              36.0-46.0           43.4         --           42.6\n"
                 "eGFR                  mL/min/1.73m2 Greater than 60      78           70           72\n")
    assert {key: (r.value, r.ref_low, r.ref_high, r.flag) for key, r in found.items()} == {
        "wbc": (0.7, 4.0, 11.0, "LL"), "hematocrit": (42.6, 36.0, 46.0, "N"), "egfr": (72.0, 60.0, None, "N")}


def test_three_cards_a_row_whose_lines_do_not_keep_the_names_columns() -> None:
    found = rows("Sexo: Feminino\n"
                 "  Hemoglobina (Hb)           Acima      Glóbulos brancos            Abaixo     Contagem de plaquetas      Normal\n"
                 " 17,7 g/dL                 3.620 /mm³               212.000 /mm³\n"
                 "\n"
                 "         12,0                      15,5                     4.000                   11.000          "
                 "        150.000                 450.000\n")
    assert {key: (r.value, r.ref_low, r.ref_high, r.flag) for key, r in found.items()} == {
        "hemoglobin": (17.7, 12.0, 15.5, "H"), "wbc": (3620.0, 4000.0, 11000.0, "L"),
        "platelets": (212000.0, 150000.0, 450000.0, "N")}


def test_a_dipstick_grade_a_strip_leukocyte_and_ehrlich_units() -> None:
    found = rows("URINE MICROSCOPY & DIPSTICK\n"
                 "  Urobilinogen          0.2 E.U./dL        Less than 2.0\n"
                 "  Leucocytes            3+            A    Negative\n"
                 "  White cells           67 /µL        H    Less than 10\n")
    assert {key: (r.value, r.qualitative, r.unit) for key, r in found.items()} == {
        "urine_urobilinogen": (0.2, None, "E.U./dL"), "urine_leukocyte_esterase": (None, "positive", None),
        "urine_wbc": (67.0, None, "/µL")}


def test_antibodies_by_organism_and_class_and_a_differential_under_bare_unit_headers() -> None:
    found = rows("TOXOPLASMA GONDII - ANTICORPOS IgG\nResultado:   REAGENTE\n"
                 "RUBÉOLA - IgM\nResultado:  NÃO REAGENTE\n"
                 "HEPATITE B - HBsAg\nResultado:  NÃO REAGENTE\n"
                 "LEUCOGRAMA\n"
                 "                                          %        /mm3      Valores de referencia\n"
                 "BASTONETES..........................:     4         374      0 a 5 %   0 a 500\n"
                 "NEUTROFILOS TOTAIS..................:    51       4.774      40 a 70 %   1.800 a 7.700\n")
    assert {key: (r.value, r.qualitative, r.unit) for key, r in found.items()} == {
        "toxoplasma_igg": (None, "reactive", None), "rubella_igm": (None, "non-reactive", None),
        "hbsag": (None, "non-reactive", None), "band_neutrophils_pct": (4.0, None, "%"),
        "band_neutrophils": (374.0, None, "/mm3"), "neutrophils_pct": (51.0, None, "%"),
        "neutrophils": (4774.0, None, "/mm3")}


def test_a_flag_column_between_the_patients_and_the_controls() -> None:
    found = rows("Test              Patient    Flag  Control     Units          Reference Range\n"
                 "PT                29.4  H       12.3     sec            11.0-14.0\n"
                 "Thrombin Time     20.1  H       16.1     sec            14.0-19.0\n")
    assert {key: (r.value, r.unit) for key, r in found.items()} == {"pt_seconds": (29.4, "sec"),
                                                                   "thrombin_time": (20.1, "sec")}


def test_month_named_dates_head_a_cumulative_report_and_a_previous_results_date_is_no_value() -> None:
    found = rows("Test                Units      Ref. range     21-Jul-2026   07-May-2026   29-Mar-2026\n"
                 "Magnesium           mmol/L     0.70-1.00               --          1.19        1.25 H\n"
                 "CRP                 mg/L       < 5.0                 59.4 H        67.1 H      56.2 H\n"
                 "Test                Units      Ref. range            Result       Previous    Prev. date\n"
                 "Hemoglobin A1c      %          4.0-5.6                  --           3.8 L     05/30/2026\n"
                 "TSH                 mIU/L      0.27-4.20              2.10         2.33       05/30/2026\n")
    assert {key: r.value for key, r in found.items()} == {"crp": 59.4, "tsh": 2.1}


def test_a_letters_dose_unit_is_not_a_marker() -> None:
    letter = ("Prezado colega, encaminho a paciente de 64 anos com diabetes tipo 2 em acompanhamento regular.\n"
              "Em uso de losartana 50 mg 12/12h e metformina 850 mg duas vezes ao dia desde o ano passado.\n"
              "Exames de setembro mostraram creatinina de 1,4 mg/dL e potássio 5,1 mEq/L, sem outras alterações.\n"
              "Peço avaliação da função renal e ajuste das medicações conforme a sua avaliação clínica.\n")
    assert [(r.marker.key, r.value) for r in parse_lab_report([letter]).results] == [("creatinine", 1.4),
                                                                                     ("potassium", 5.1)]


def test_a_letters_doses_and_values_of_another_time_are_not_results() -> None:
    letter = ("Dear Dr Smith, thank you for seeing this lady who has had increasing tiredness over the last months.\n"
              "We started her on folic acid 5 mg daily and vitamin B12 1000 micrograms monthly this spring.\n"
              "She also takes insulin 10 units at night and magnesium 400 mg daily with her evening meal.\n"
              "Her creatinine was 98 umol/L in March and is now raised, and her haemoglobin is 112 g/L.\n"
              "His potassium 2 weeks ago was 6.1 and it has been normal since the change of treatment.\n")
    assert [(r.marker.key, r.value) for r in parse_lab_report([letter]).results] == [("hemoglobin", 112.0)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Antibody to Hepatitis B surface antigen     Reactive", []),  # anti-HBs, never HBsAg
    ("Pesquisa de leucócitos  Presentes", []),  # a stool test, not the blood count
    ("Exame        Resultado   Anterior   Referência   Unidade\nGlicose      95          130        < 100        mg/dL\n",
     [("glucose", 95.0)]),
    ("Troponin I (ng/L)   < 5   34", [("troponin_i", 5.0)]),  # a qualified value, not a reference before one
    ("Cortisol   7-10 AM   15.2 ug/dL   6.2-19.4", [("cortisol", 15.2)]),
    ("URINA TIPO I\nCreatinina  120 mg/dL\n", []),  # a urine creatinine is not the serum's
    ("Blood gas values\npH   7.40\nELETRÓLITOS\nPotássio   4,1 mmol/L   3,5 a 5,1\n", [("potassium", 4.1)]),
    ("URINA TIPO I\nProteínas  +1\n", [("urine_protein", None)]),  # a grade, not the number 1
    ("  Ferritina                 Normal       Ferro sérico              Normal\n"
     "                                          85   ug/dL\n", [("iron", 85.0)]),  # under the right card only
    ("URINE MICROSCOPY\nPus cells  Nil\n", [("urine_wbc", None)]),  # seen under the microscope, not a strip
    ("Iron               15 umol/L     10 - 30\nbinding capacity not done\n", [("iron", 15.0)]),  # a comment
])
def test_what_the_review_found_read_wrongly(text: str, expected: list[tuple[str, float | None]]) -> None:
    found = parse_lab_report([text]).results
    assert [(r.marker.key, r.value) for r in found if r.marker.key != "blood_ph"] == expected
    assert all(r.loinc != "6298-4" for r in found), "a serum section after a gas report takes serum codes"


def test_a_differentials_one_range_goes_to_the_value_it_fits() -> None:
    found = rows("LEUCOGRAMA\n        %        /mm3      Valores de referencia\n"
                 "Neutrófilos       60      4.080     1.800 a 7.500\n")
    assert (found["neutrophils_pct"].ref_low, found["neutrophils"].ref_low, found["neutrophils"].ref_high) == \
        (None, 1800.0, 7500.0)


def test_conventional_and_si_columns_side_by_side_are_one_result() -> None:
    found = parse_lab_report([
        "                     Conventional                 SI\n"
        "Test                 Result  Units        Result  Units      Flag   Reference (Conv.)   Reference (SI)\n"
        "Hemoglobin            15.0  g/dL           150  g/L                 12 - 15.5           120 - 155\n"
        "Bilirubin, total       0.5  mg/dL            9  µmol/L              0.2 - 1.2           3 - 21\n"
        "AST                    119  U/L           1.98  µkat/L      HIGH   10 - 35             0.17 - 0.58\n"
        "Neutrophils           3.6 x10^9/L          60  %                   2.0-7.5\n"]).results
    assert [(r.marker.key, r.value) for r in found] == [("hemoglobin", 15.0), ("bilirubin_total", 0.5), ("ast", 119.0),
                                                        ("neutrophils", 3.6), ("neutrophils_pct", 60.0)]


def test_a_letter_with_a_list_of_results_and_sentences_and_urine_ratios() -> None:
    letter = ("Dear Dr Jones, thank you for seeing this man who was admitted with a chest infection last week.\n"
              "Blood tests on admission revealed creatinine 224 µmol/L (baseline 167), K 3.1 and CRP 3 mg/L.\n"
              "He was treated with intravenous fluids and antibiotics and made a good recovery on the ward.\n"
              "Further results:\n"
              "   - Glucose 4.1 mmol/L [3.5-7.8]\n"
              "   - HbA1c 34 mmol/mol [< 42]\n"
              "      (previous HbA1c 38 mmol/mol six months ago)\n"
              "Please could you repeat his renal function and electrolytes in one to two weeks, with thanks.\n")
    assert [(r.marker.key, r.value) for r in parse_lab_report([letter]).results] == [
        ("glucose", 4.1), ("hba1c", 34.0), ("creatinine", 224.0), ("potassium", 3.1), ("crp", 3.0)]
    urine = rows("URINALYSIS\nDensidade   1.020   1.005 a 1.030\nAlbumin/Creatinine Ratio   65.1 mg/g creat\n"
                 "Creatinine, Urine   78 mg/dL\n")
    assert {key: r.value for key, r in urine.items()} == {"urine_specific_gravity": 1.02,
                                                          "albumin_creatinine_ratio": 65.1, "urine_creatinine": 78.0}


def test_a_material_column_between_the_name_and_the_unit() -> None:
    found = rows("EXAME                  | MATERIAL   | UNIDADE   | RESULTADO   | VALOR REFERENCIAL\n"
                 "HEMOGLOBINA            | SANGUE     | g/dL      | 15,1        | 12 A 15,5\n"
                 "CREATININA             | SORO       | mg/dL     | 0,78        | 0,55 A 1,02\n"
                 "BETA-HCG QUALITATIVO   | SORO       | -         | NEGATIVO    | NEGATIVO\n")
    assert {key: (r.value, r.qualitative, r.unit) for key, r in found.items()} == {
        "hemoglobin": (15.1, None, "g/dL"), "creatinine": (0.78, None, "mg/dL"),
        "hcg_qualitative": (None, "negative", None)}


@pytest.mark.parametrize(("text", "expected"), [
    # a 24-hour collection's '24' is no value: the day's amount is its own analyte
    ("Urine creatinine 24 hr   1.2 g/24 hr   0.8-1.8\n", [("urine_creatinine_24h", 1.2, "N")]),
    ("URINÁLISE\nDensidade   1.035   1.005 a 1.030\n", [("urine_specific_gravity", 1.035, "H")]),
    ("CRP  3 mg/L  4 mg/L\n", [("crp", 3.0, "N"), ("crp", 4.0, "N")]),  # two in one unit: not one, converted
    ("Test  01/03/2024  15/03/2024\nCRP  3 mg/L  4 mg/L\n", [("crp", 4.0, "N")]),  # under dates: the newest
    ("EXAME        MATERIAL   RESULTADO\nCreatinina   Sangue   0,9 mg/dL    Urina   80 mg/dL\n",
     [("creatinine", 0.9, "N")]),  # the urine's creatinine is not the blood's
    ("BLOOD GAS\nStandard bicarbonate   17.0 mmol/L\nHCO3 actual   15.2 mmol/L\n", [("gas_bicarbonate", 15.2, "N")]),
])
def test_what_the_second_review_found(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(r.marker.key, r.value, r.flag) for r in parse_lab_report([text]).results] == expected


def test_a_letters_sentences_never_restate_a_marker_its_table_gives() -> None:
    letter = ("Dear Dr Jones, thank you for seeing this lady with anaemia and chronic kidney disease stage three.\n"
              "On admission her potassium was 2.9 mmol/L and she was given oral supplements with good effect.\n"
              "Her previous HbA1c was 58 mmol/mol and has now improved with the new treatment she started.\n"
              "We will aim for a target INR 2.5 and we will see her again in clinic in about six weeks time.\n"
              "Sodium  139 mmol/L\nPotassium  4.6 mmol/L\nCreatinine  88 umol/L\n")
    assert [(r.marker.key, r.value) for r in parse_lab_report([letter]).results] == [
        ("sodium", 139.0), ("potassium", 4.6), ("creatinine", 88.0)]


def test_a_name_that_says_urine_is_the_urine_test_in_any_section() -> None:
    """A chemistry panel's "Albumin, Urine" is not serum albumin, under whatever heading it stands; a reference
    column that gives no range ("Not established") does not hide the unit column after it."""
    found = parse_lab_report(["URINE ALBUMIN / CREATININE RATIO\n"
                              "  Albumin, Urine              50.8      Not established       mg/L\n"
                              "  Creatinine, Urine           78        Not established       mg/dL\n"
                              "BIOQUÍMICA\n"
                              "  Creatinina urinária         80        Não estabelecido      mg/dL\n"]).results
    assert [(r.marker.key, r.value, r.unit) for r in found] == [
        ("urine_albumin", 50.8, "mg/L"), ("urine_creatinine", 78.0, "mg/dL"), ("urine_creatinine", 80.0, "mg/dL")]
    timed = parse_lab_report(["Creatinina urinária de 24 horas   1,2 g/24h   0,8 a 1,8\n"]).results
    assert [(r.loinc, r.value) for r in timed] == [("2162-6", 1.2)]  # the amount passed in a day: another analyte


def test_a_venous_gas_takes_the_venous_codes_and_a_bracketed_sign_is_a_flag() -> None:
    """LOINC codes a gas by where it was drawn; "(+)"/"(-)" printed between a value and its unit flag it."""
    report = ("GASOMETRIA VENOSA\n"
              "pH                    7,43 (+)              7,31 a 7,41\n"
              "PCO2                  45,3 mmHg             41,0 a 51,0\n"
              "Bicarbonato (HCO3)    29,8 (+)  mmol/L      23,0 a 29,0\n"
              "Sódio (Na+)           134 (-)   mmol/L      136 a 145\n")
    found = [(r.marker.key, r.loinc, r.value, r.unit, r.printed_flag) for r in parse_lab_report([report]).results]
    assert found == [("blood_ph", "2746-6", 7.43, None, "H"), ("pco2", "2021-4", 45.3, "mmHg", "N"),
                     ("gas_bicarbonate", "14627-4", 29.8, "mmol/L", "H"), ("sodium", "2947-0", 134.0, "mmol/L", "L")]
    arterial = parse_lab_report(["GASOMETRIA ARTERIAL\npH   7,40   7,35 a 7,45\n"]).results
    assert [r.loinc for r in arterial] == ["2744-1"]
    serology = parse_lab_report(["SOROLOGIA\nHBsAg   (+)\nAnti-HIV 1 e 2   0,12 (-)\n"]).results
    assert [(r.marker.key, r.qualitative, r.flag) for r in serology] == [("hbsag", "positive", "N"),
                                                                        ("hiv_screen", None, "N")]  # negative


def test_the_days_control_beside_the_patients_value_is_not_a_result() -> None:
    """A coagulogram prints the control plasma's time beside the patient's under an indented header."""
    report = ("TEMPO DE TROMBOPLASTINA PARCIAL ATIVADA (TTPA)\n"
              "                                   Paciente            Controle do dia     Valores de referência\n"
              "  TTPA (segundos)                  32,4 segundos       28,9 segundos       24,0 a 38,0 segundos\n")
    assert [(r.marker.key, r.value) for r in parse_lab_report([report]).results] == [("aptt", 32.4)]


def test_a_time_tests_tempo_row_under_its_heading_is_its_result_not_the_controls() -> None:
    """"Tempo" under "TEMPO DE PROTROMBINA" is the heading's time, with or without a colon; the control plasma's
    time beside it is not a second result, and a label with a gap under another heading reads nothing."""
    report = ("TEMPO DE PROTROMBINA (TP)\n"
              "                                   Paciente            Controle do dia     Valores de referência\n"
              "  Tempo                            14,2 segundos Alto  11,3 segundos       10,0 a 14,0 segundos\n"
              "  TP - atividade                   62 % Baixo                              Superior a 70 %\n"
              "TEMPO DE TROMBINA\nTempo: 16,1 s   14 a 19 s\n"
              "BICARBONATO\n  Padrão   24,8 mmol/L\n")
    found = [(r.marker.key, r.value, r.flag) for r in parse_lab_report([report]).results]
    assert found == [("pt_seconds", 14.2, "H"), ("pt_activity", 62.0, "L"), ("thrombin_time", 16.1, "N")]


def test_a_plain_cell_name_is_the_percentage_where_the_page_names_its_counts_apart() -> None:
    """A photographed differential lost its "%" signs: "Lymphs 24" beside "Lymphs (Absolute) 1.2 x10E3/uL" is
    the percentage (unconverted, its unit unread), never a count of 24; without such a row it stays a count."""
    report = ("CBC With Differential/Platelet\n"
              "Lymphs  24  20-45\n"
              "Lymphs (Absolute)  1.2  x10E3/uL  0.7-3.1\n")
    found = [(r.marker.key, r.loinc, r.value, r.unit) for r in parse_lab_report([report]).results]
    assert found == [("lymphocytes_pct", "736-9", 24.0, None), ("lymphocytes", "731-0", 1.2, "x10E3/uL")]
    alone = parse_lab_report(["CBC\nLymphs  2.4  1.0-4.8\n"]).results
    assert [(r.marker.key, r.value) for r in alone] == [("lymphocytes", 2.4)]


def test_per_field_counts_written_p_c_are_counts_per_high_power_field() -> None:
    """Brazilian sediment counts "por campo" are often printed "p/c": without the unit they took the per-volume codes."""
    report = "URINA TIPO I (EAS)\nSEDIMENTOSCOPIA\n  Leucócitos   2 p/c   até 5 p/c\n  Hemácias   12 p/c   até 3 p/c\n"
    found = [(r.loinc, r.value, r.unit, r.flag) for r in parse_lab_report([report]).results]
    assert found == [("5821-4", 2.0, "p/c", "N"), ("13945-1", 12.0, "p/c", "H")]


def test_a_scans_specks_and_misread_marks_are_undone() -> None:
    """A speck before "Resultado:", an apostrophe inside "Não reagente" and a semicolon read for a decimal comma."""
    report = ("ANTI-HCV - ANTICORPOS CONTRA HEPATITE C\nMaterial: Soro\n、Resultado:  Não reagente\n"
              "HBsAg - ANTÍGENO DE SUPERFÍCIE DA HEPATITE B\nResultado:  Não'reagente\n"
              "TSH - HORMÔNIO TIREOESTIMULANTE\nRESULTADO  2;58 µUI/mL  Valor de referência: De 0,27 a 4,2 µUI/mL\n")
    found = [(r.marker.key, r.value, r.qualitative) for r in parse_lab_report([report]).results]
    assert found == [("anti_hcv", None, "non-reactive"), ("hbsag", None, "non-reactive"), ("tsh", 2.58, None)]


def test_bands_written_with_a_colon_pick_the_patients_and_never_read_an_age_as_the_range() -> None:
    """"Homens 20 a 49 anos: 249 a 836" is a band for men of those ages, not a range of 20 to 49."""
    report = ("Paciente: JOSÉ   Sexo: Masculino   Idade: 84 anos\n"
              "TESTOSTERONA TOTAL\n  Resultado:        605 ng/dL\n   Valores de referência:\n"
              "     Homens 20 a 49 anos: 249 a 836 ng/dL\n     Homens 50 anos ou mais: 193 a 740 ng/dL\n"
              "     Mulheres: 8,4 a 48,1 ng/dL\n"
              "ESTRADIOL\n  Resultado:         46,0 pg/mL\n   Valores de referência:\n"
              "     Fase folicular: 12,5 a 166 pg/mL\n     Fase lútea: 43,8 a 211 pg/mL\n     Homens: 25,8 a 60,7 pg/mL\n")
    found = [(r.marker.key, r.ref_low, r.ref_high, r.flag) for r in parse_lab_report([report]).results]
    assert found == [("testosterone", 193.0, 740.0, "N"), ("estradiol", 25.8, 60.7, "N")]


def test_a_lone_value_under_two_header_units_takes_the_one_that_measures_it() -> None:
    """Under "%   /mm³" the total leukocyte count has one value: a count per mm³ (whole: "5.040" is 5040), never
    a percentage (it has none); a cell type's lone value keeps the first column's, as it always did."""
    report = ("Leucograma\n%  /mm³  V.R. (%)  V.R. (/mm³)\n"
              "Global de leucócitos  5.040  4.000 a 11.000\n"
              "Neutrófilos  78,7  3.966  40 a 75  1.800 a 7.500\n"
              "Monócitos  6,8\n")
    found = [(r.marker.key, r.value, r.unit) for r in parse_lab_report([report]).results]
    assert found == [("wbc", 5040.0, "/mm³"), ("neutrophils_pct", 78.7, "%"), ("neutrophils", 3966.0, "/mm³"),
                     ("monocytes_pct", 6.8, "%")]


def test_a_bleeding_time_is_read_in_minutes() -> None:
    report = "COAGULOGRAMA\nTempo de sangramento     2,0 minutos     1 a 3 minutos\nBleeding time   4 minutes   1-3 minutes\n"
    found = [(r.loinc, r.value, r.unit, r.flag) for r in parse_lab_report([report]).results]
    assert found == [("11067-6", 2.0, "minutos", "N"), ("11067-6", 4.0, "minutes", "H")]
    timed = parse_lab_report(["Cortisol  14,0   Coleta 30 min após ACTH: > 18 ug/dL\n"]).results
    assert [(r.value, r.unit, r.flag) for r in timed] == [(14.0, "ug/dL", "L")]  # "30 min" is no second value


def test_a_reference_label_glued_to_the_unit_leaves_the_unit_read() -> None:
    """A fax scan lost the space in "/mm³ V.R.": "323.000" is then still a whole count per mm³, never 323."""
    report = "PLAQUETAS\nMétodo: Impedância\nResultado: 323.000 /mm³V.R. 150.000 a 450.000\n"
    found = [(r.value, r.unit, r.ref_low, r.ref_high) for r in parse_lab_report([report]).results]
    assert found == [(323000.0, "/mm³", 150000.0, 450000.0)]


@pytest.mark.parametrize(("row", "loinc"), [
    ("CO-OXIMETRY\nTotal Hemoglobin   16.0   g/dL   13.5 - 17.5\n", "718-7"),
    ("HEMATOLOGY\nTotal RBC Count  5.98 H  millions/cumm  4.50- 5.90\n", "789-8"),
])
def test_a_total_named_as_such_is_its_marker(row: str, loinc: str) -> None:
    assert [r.loinc for r in parse_lab_report([row]).results] == [loinc]


def test_a_range_that_lost_one_space_is_still_a_range() -> None:
    """"2a 10" hid the absolute count's column as "1a6" did: the count is read, the percentage keeps its range."""
    report = "Leucograma\n%  /mm³  V.R. (%)  V.R. (/mm³)\nMonócitos  4  256  2a 10  200 a 1.000\nHemoglobina 13,5 g/dL\n"
    found = [(r.marker.key, r.value, r.ref_low, r.ref_high) for r in parse_lab_report([report]).results]
    assert found[:2] == [("monocytes_pct", 4.0, 2.0, 10.0), ("monocytes", 256.0, 200.0, 1000.0)]


def test_a_range_whose_spaces_a_scan_lost_is_still_a_range() -> None:
    """"1a6" is "1 a 6": read as a word it hid the absolute count after it and lent the count's range to the %."""
    report = ("Leucograma\n%  /mm³  V.R. (%)  V.R. (/mm³)\n"
              "Eosinófilos  4  365  1a6  20 a 500\n"
              "Basófilos  1  91  0a2  0 a 200\n")
    found = [(r.marker.key, r.value, r.flag) for r in parse_lab_report([report]).results]
    assert found == [("eosinophils_pct", 4.0, "N"), ("eosinophils", 365.0, "N"),
                     ("basophils_pct", 1.0, "N"), ("basophils", 91.0, "N")]


def test_a_cortisol_named_morning_or_afternoon_takes_its_timed_code_and_range() -> None:
    """The band's label "(7-10 a.m.)" is not the range; LOINC codes AM and PM specimens apart (by mass)."""
    report = ("HORMONES\n"
              "Cortisol, AM (8 a.m.)        15.8     µg/dL     AM (7-10 a.m.): 6.2-19.4\n"
              "Cortisol, PM (4 p.m.)         4.8     µg/dL     PM (3-5 p.m.): 2.3-11.9\n"
              "Cortisol                     12.0     µg/dL     6.2-19.4\n"
              "CORTISOL MATINAL             331      nmol/L    171 a 536\n")
    found = [(r.loinc, r.value, r.ref_low, r.flag) for r in parse_lab_report([report]).results]
    assert found == [("9813-7", 15.8, 6.2, "N"), ("9812-9", 4.8, 2.3, "N"), ("2143-6", 12.0, 6.2, "N"),
                     ("14675-3", 331.0, 171.0, "N")]


def test_a_urinalysis_reads_mucus_hyaline_casts_and_ua_named_counts() -> None:
    report = ("URINALYSIS\nMicroscopic\n"
              "WBC, UA              26      H     0 - 5       /HPF\n"
              "Hyaline Casts        1             0 - 2       /LPF\n"
              "Mucus                Rare\n"
              "EAS\nFilamentos de muco   Raros\nCilindros hialinos   Ausentes\n")
    found = [(r.marker.key, r.loinc, r.value, r.qualitative) for r in parse_lab_report([report]).results]
    assert found == [("urine_wbc", "5821-4", 26.0, None), ("urine_hyaline_casts", "5796-8", 1.0, None),
                     ("urine_mucus", "8247-9", None, "rare"), ("urine_mucus", "8247-9", None, "rare"),
                     ("urine_hyaline_casts", "25162-9", None, "absent")]


def test_generic_prefixes_may_follow_one_another() -> None:
    report = ("SOROLOGIA\nHEPATITE B - ANTICORPOS ANTI-HBc TOTAL\nMaterial: soro   Método: Quimioluminescência\n"
              "Resultado:   Reagente\n")
    assert [(r.marker.key, r.qualitative) for r in parse_lab_report([report]).results] == [
        ("anti_hbc_total", "reactive")]


def test_a_us_strips_grade_words_are_positive_readings() -> None:
    report = ("URINALYSIS\nChemical (dipstick)\n"
              "  Hemoglobin              Moderate     Abnormal    Negative\n"
              "  Leukocyte Esterase      Small        Abnormal    Negative\n")
    assert [(r.marker.key, r.qualitative, r.flag) for r in parse_lab_report([report]).results] == [
        ("urine_blood", "positive", "A"), ("urine_leukocyte_esterase", "positive", "A")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ferritina   45 ng/mL   Ver nota\n", [("ferritin", 45.0, "N")]),  # the phrase ends the row: no crash
    ("Vitamin D   32 ng/mL   Not established", [("vitamin_d", 32.0, "N")]),
    # a day's amount, another analyte than the serum's or a spot urine's creatinine
    ("BIOQUIMICA\nCreatinina urinária (24h)   1200 mg/24h   800 a 1800\n", [("urine_creatinine_24h", 1200.0, "N")]),
    ("BIOQUIMICA\nCreatinina urinária - 24 horas   1200 mg/24h   800 a 1800\n", [("urine_creatinine_24h", 1200.0, "N")]),
    ("HEMATOLOGY\nPlatelets   250   150-400   x10^9/L\nPlatelets   Large platelets present\n",
     [("platelets", 250.0, "N")]),  # a strip's grade word only on a urine strip
    ("TEMPO DE TROMBOPLASTINA PARCIAL ATIVADA (TTPA)\n"
     "                                   Paciente            Controle do dia     Valores de referência\n"
     "  TTPA (segundos)                  32,4 segundos       28,9 segundos       24,0 a 38,0 segundos\n"
     "D-DÍMERO\n  D-dímero   980 ng/mL   < 500 ng/mL\n\nPROTEÍNA C REATIVA\n  PCR   12 mg/L   < 5 mg/L\n",
     [("aptt", 32.4, "N"), ("d_dimer", 980.0, "H"), ("crp", 12.0, "H")]),  # a control header heads its block only
    ("Exame  Resultado  Anterior  Referência\nPCR  12 mg/L  < 5 mg/L\n", [("crp", 12.0, "H")]),
])
def test_what_the_third_review_found(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(r.marker.key, r.value, r.flag) for r in parse_lab_report([text]).results] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("CORTISOL\n  Time    08:30\n  Result:   14.0 ug/dL\n", [("cortisol", 14.0, "N")]),  # a time label only for time tests
    ("GLICOSE PÓS-PRANDIAL\n  Tempo    2 horas\n  Resultado:  120 mg/dL\n", [("glucose_postprandial", 120.0, "N")]),
    ("TEMPO DE PROTROMBINA (TP)\n"
     "                                   Paciente            Controle do dia     Valores de referência\n"
     "  Tempo                            > 120 segundos      11,3 segundos       10,0 a 14,0 segundos\n"
     "  TP - atividade                   5 %                 100 %               Superior a 70 %\n",
     [("pt_seconds", 120.0, "HH"), ("pt_activity", 5.0, "L")]),  # the controls stay blanked
    ("Collected: 01/02/2024 08:15\nCORTISOL\nCortisol   14.0 ug/dL\n  Reference:\n"
     "    Morning (7:00-10:00 AM)   6.2 - 19.4 ug/dL\n    Afternoon (4:00-8:00 PM)   2.3 - 11.9 ug/dL\n",
     [("cortisol", 14.0, "N")]),  # a clock's colon is no band separator
    ("CURVA GLICÊMICA\nGlicose  85;140;120 mg/dL\n", [("glucose", 85.0, "N")]),  # a series, not a decimal
    ("CBC\nNeutrophils (Absolute)  3.2  x10E3/uL  1.4-7.0\nNeutrophils  3200  1400-7000\n",
     [("neutrophils", 3.2, "N"), ("neutrophils", 3200.0, "N")]),  # no percentage above 100
    ("PLAQUETAS\nResultado: 323.000 /mm³VR: 150.000 a 450.000\n", [("platelets", 323000.0, "N")]),
    ("HEMATOLOGY\nHb 13.5 A1c 6.2\n", [("hemoglobin", 13.5, "N")]),  # "13.5 A1c" is no range
])
def test_what_the_fourth_review_found(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(r.marker.key, r.value, r.flag) for r in parse_lab_report([text]).results] == expected


def test_a_strip_pad_reads_negative_or_positive_and_a_counts_grade_is_present() -> None:
    text = ("URINA TIPO I\nELEMENTOS ANORMAIS\n  Proteínas        Ausentes       Ausentes\n"
            "  Hemoglobina      Presente       Ausente\nSEDIMENTOSCOPIA\n  Células epiteliais    Algumas\n"
            "  Bactérias        Numerosas\n  Cilindros        Ausentes\n")
    found = {r.marker.key: (r.qualitative, r.value_text) for r in parse_lab_report([text]).results}
    assert found == {"urine_protein": ("negative", "Ausentes"), "urine_blood": ("positive", "Presente"),
                     "urine_epithelial_cells": ("present", "Algumas"), "urine_bacteria": ("present", "Numerosas"),
                     "urine_casts": ("absent", "Ausentes")}


def test_a_general_reports_further_markers_and_their_codes() -> None:
    """Complement, tumour markers, immunoglobulins and autoantibodies are read under their own codes; "CA 125" is no
    calcium; amylase takes LOINC's 1798-8 (1798-2 fails the check digit)."""
    text = ("BIOQUÍMICA\nComplemento C3   88 mg/dL   90 a 180\nCA 125   12,4 U/mL   Inferior a 35\n"
            "Amilase   70 U/L   28 a 100\nImunoglobulina G (IgG)   1.050 mg/dL   700 a 1.600\n"
            "FAN (HEp-2)   Não reagente\nCálcio   9,1 mg/dL   8,6 a 10,3\n")
    found = [(r.loinc, r.value, r.qualitative, r.flag) for r in parse_lab_report([text]).results]
    assert found == [("4485-9", 88.0, None, "L"), ("10334-1", 12.4, None, "N"), ("1798-8", 70.0, None, "N"),
                     ("2465-3", 1050.0, None, "N"), ("8061-4", None, "non-reactive", "N"),
                     ("17861-6", 9.1, None, "N")]


def test_a_result_first_export_and_names_a_fixed_width_column_cut_short() -> None:
    """An LIS export that prints the result before the name, under a header that says so (after a code column, or
    with "< 0,50" as the reference after it), and names cut at the column's width: read as the one marker they
    begin."""
    text = ("  RESULTADO UNIDADE       EXAME                    REFERENCIA         FL\n"
            "      5,23 10^6/uL       ERITROCITOS              4,50 - 5,90\n"
            "      29,4 pg            HEMOGLOBINA CORPUSCULAR  27,0 - 33,0\n"
            "      1,62               RELACAO ALBUMINA/GLOBULI 1,10 - 2,20\n"
            "    < 0,03 mg/dL         PROTEINA C REATIVA       < 0,50\n"
            "0147        15,5 *   %             RDW - AMPLITUDE DE DI 11,5 A 14,5\n"
            "3     Hemoglobina\n")
    found = [(r.marker.key, r.value, r.comparator, r.unit, r.ref_low, r.ref_high, r.flag)
             for r in parse_lab_report([text]).results]
    # a value without a unit before a name (the ratio's 1,62, a row's index 3) is not read: it may be a section's
    # number, a time, a code
    assert found == [("rbc", 5.23, None, "10^6/uL", 4.5, 5.9, "N"), ("mch", 29.4, None, "pg", 27.0, 33.0, "N"),
                     ("crp", 0.03, "<", "mg/dL", None, 0.5, "N"), ("rdw", 15.5, None, "%", 11.5, 14.5, "H")]
    cut = parse_lab_report(["EXAME               | RESULTADO|\nHEMOGLOBINA CORPUSCU|      30,0|\n"
                            "HEMOGLOBINA         |      16,3|\nHemoglobina do paciente estável 12\n"]).results
    assert [(r.marker.key, r.value) for r in cut] == [("mch", 30.0), ("hemoglobin", 16.3)]


def test_a_flag_column_before_the_result_and_a_percentage_after_the_reference() -> None:
    """European Portuguese hospital layouts: "Ind." (the flag) before the result, and a "Fórmula" column of the
    differential's percentages after the count's reference (the percentage takes none of the count's range)."""
    text = ("Sexo: Masculino\n"
            " Análise                         Resultado   Unidades      Valores de referência     Fórmula\n"
            " Neutrófilos                     5,76    x10^9/L            [ 1,50 - 7,70 ]           65,7 %\n"
            " Conc hemoglobina globular média (CHGM)    33,9    g/dL     [ 32,0 - 36,0 ]\n"
            " Análise                         Ind. Resultado  Unidade     Intervalo de referência\n"
            " Linfócitos (%)                  H        54,1 %             20,0 - 45,0\n"
            " Creatinina                      H        221  µmol/L        45 - 84\n")
    found = [(r.loinc, r.value, r.unit, r.ref_low, r.ref_high, r.flag, r.printed_flag_raw)
             for r in parse_lab_report([text]).results]
    assert found == [("751-8", 5.76, "x10^9/L", 1.5, 7.7, "N", None), ("770-8", 65.7, "%", None, None, "N", None),
                     ("786-4", 33.9, "g/dL", 32.0, 36.0, "N", None), ("736-9", 54.1, "%", 20.0, 45.0, "H", "H"),
                     ("14682-9", 221.0, "µmol/L", 45.0, 84.0, "H", "H")]


def test_a_cumulative_table_headed_by_its_dates_with_empty_cells() -> None:
    """"Date   04/02/26 … 14/10/26" heads the columns alone; a row with an empty cell keeps its values under the
    dates they stand under, so the newest (right-hand) column's value is the result, or there is none."""
    text = ("Request           P7251975  P5681564  P9809400  P6141987\n"
            "Date              04/02/26  06/04/26  09/04/26  14/10/26\n"
            "Time                 14:06     11:30     10:27     14:48  Units         Ref.Range\n"
            "Red cell count        4.28      4.45                4.44  x10^12/L      3.80-5.80\n"
            "Potassium              4.8       5.1                 4.6  mmol/L        3.5-5.3\n"
            "Magnesium             0.81      0.86                      mmol/L        0.70-1.00\n"
            "Hematocrit           0.352     0.297     0.345     0.333 L/L           0.37-0.47\n")
    found = [(r.marker.key, r.value, r.unit) for r in parse_lab_report([text]).results]
    assert found == [("rbc", 4.44, "x10^12/L"), ("potassium", 4.6, "mmol/L"), ("hematocrit", 0.333, "L/L")]


def test_temperature_corrected_gas_values_and_a_coagulations_mean_normal_column() -> None:
    """A gas analyser's values at the patient's temperature ("pH(T)", under "Temperature Corrected Values") are
    not results; "Patient Mean Normal" heads two columns and the normal's is no result; a flag of two marks
    ("193.3 !!") stays with the patient's value; the aPTT ratio has its own code."""
    gas = ("Blood Gas Values\npH           7.481        H  (7.350-7.450)\nAcid-Base Status\n"
           "HCO3 act      34.9 mmol/L H  (22.0-26.0)\n\nTemperature Corrected Values (36.0 °C)\n"
           "pH(T)        7.496\npCO2(T)       45.2 mmHg\n")
    assert [(r.marker.key, r.value) for r in parse_lab_report([gas]).results] == [
        ("blood_ph", 7.481), ("gas_bicarbonate", 34.9)]
    coagulation = ("Test                              Patient Mean Normal  Units        Ref. Interval  Flag\n"
                   "Thrombin Time                          16.9           16.2  sec           14.0-19.0\n"
                   "Test                                Patient            Control      Units      Ref. Range\n"
                   "APTT                              193.3 !!            29.2          sec        24-38\n"
                   "APTT ratio                          6.62 *                                     0.80-1.20\n")
    assert [(r.marker.key, r.loinc, r.value, r.flag) for r in parse_lab_report([coagulation]).results] == [
        ("thrombin_time", "3243-3", 16.9, "N"), ("aptt", "3173-2", 193.3, "HH"), ("aptt_ratio", "63561-5", 6.62, "H")]


def test_a_method_column_between_the_value_and_its_unit() -> None:
    text = ("TEST NAME                   RESULT      FLAG  METHOD            UNIT          BIO. REF. INTERVAL\n"
            " Haemoglobin (Hb)           15.0              Photometric       g/dL          13.0 - 17.0\n"
            " Total Leucocyte Count (TLC) 11267   H        Flow cytometry    /cumm         4000 - 10000\n")
    found = [(r.marker.key, r.value, r.unit, r.canonical_value, r.flag) for r in parse_lab_report([text]).results]
    assert found == [("hemoglobin", 15.0, "g/dL", 15.0, "N"), ("wbc", 11267.0, "/cumm", 11.267, "H")]


def test_a_scans_specks_around_labels_a_bracketed_count_and_a_dash_before_a_value() -> None:
    text = ("Sexo: Masculino\n: UREIA\nMaterial:.Soro\nResultado:.98mg/dL\n"
            "Neutrófilos:  (5.610/mm³) 60 %  Ref.: 40 a 70 %  (1.800 a 7.500 /mm³)\n"
            "PSA TOTAL\nResultado: -2,09 ng/mL  Ref.: inferior a 4.00\n"
            "GASOMETRIA ARTERIAL\nBE   -3,2 mmol/L   -2,0 a +2,0\n")
    found = [(r.marker.key, r.value, r.unit) for r in parse_lab_report([text]).results]
    assert found == [("urea", 98.0, "mg/dL"), ("neutrophils", 5610.0, "/mm³"), ("neutrophils_pct", 60.0, "%"),
                     ("psa", 2.09, "ng/mL"), ("base_excess", -3.2, "mmol/L")]


def test_a_reference_printed_before_the_value_with_its_bands_under_it() -> None:
    """EXAME  REFERÊNCIA  RESULTADO: a band's label and range before the value, the other bands on the lines
    under the name; the patient's band applies (a man's here)."""
    text = ("Sexo: Masculino\nEXAME                  REFERÊNCIA                          RESULTADO UNIDADE\n"
            "LH                          Fase folicular: 2,4 a 12,6                  4,3  mUI/mL\n"
            "                                 Pico ovulatório: 14,0 a 95,6\n"
            "                          Homens: 1,7 a 8,6\n"
            "TESTOSTERONA TOTAL         Mulheres: 8,4 a 48,1                         549,3  ng/dL\n"
            "                          Homens: 249,0 a 836,0\n")
    found = [(r.marker.key, r.value, r.unit, r.ref_low, r.ref_high) for r in parse_lab_report([text]).results]
    assert found == [("lh", 4.3, "mUI/mL", 1.7, 8.6), ("testosterone", 549.3, "ng/dL", 249.0, 836.0)]


def test_a_days_urine_amounts_a_ratio_in_mg_per_mmol_and_a_value_of_last_year() -> None:
    rows_ = parse_lab_report(["Urine ACR   6.8 mg/mmol   <3.0\n"
                              "Proteinúria de 24 horas   0,62 g/24h   inferior a 0,15\n"]).results
    assert [(r.loinc, r.value, r.unit, r.canonical_value, r.flag) for r in rows_] == [
        ("32294-1", 6.8, "mg/mmol", 6.8, "H"), (rows_[1].loinc, 0.62, "g/24h", 620.0, "H")]
    letter = ("Dear Dr Patel,\n\nHer diabetes control has drifted: last year's HbA1c was 58 mmol/mol and it is now "
              "62 mmol/mol. Her TSH is 1.08 mU/L.\n")
    assert [(r.marker.key, r.value) for r in parse_lab_report([letter]).results] == [("tsh", 1.08)]


def test_a_sediments_readings_are_absent_or_present_and_us_abbreviations() -> None:
    pages = ["URINALYSIS\nMICROSCOPY\nSquamous epithelial cells   Nil\nBacteria   Moderate\n",
             "T Bili   1.0 mg/dL   0.2-1.2\nAbs Neut   3.1 K/uL   1.8-7.7\nE.S.R.   4 mm/1st hr   0-15\n"]
    found = [(r.marker.key, r.value, r.qualitative) for r in parse_lab_report(pages).results]
    assert found == [("urine_squamous_cells", None, "absent"), ("urine_bacteria", None, "present"),
                     ("bilirubin_total", 1.0, None), ("neutrophils", 3.1, None), ("esr", 4.0, None)]


def test_ucum_counts_a_misread_attolitre_and_dates_one_space_apart() -> None:
    """"10*9/L" is UCUM's 10⁹/L; "mg/aL" is a scan's misread "mg/dL", never an attolitre (no unit, no conversion,
    no critical flag); a cumulative header's dates may stand one space apart."""
    found = parse_lab_report(["WBC   7.8   10*9/L   4.0-11.0\nGLICOSE  80mg/aL  70 a 99\n"]).results
    assert [(r.value, r.unit, r.canonical_value, r.flag) for r in found] == [(7.8, "10*9/L", 7.8, "N"),
                                                                             (80.0, None, None, "N")]
    text = ("Date             20-Nov-26 24-Oct-26 10-Oct-26\n"
            "Potassium            5.8 H      5.9H      6.0H  mmol/L        3.5-5.3\n")
    assert [(r.value, r.flag) for r in parse_lab_report([text]).results] == [(5.8, "H")]


@pytest.mark.parametrize(("text", "expected"), [
    # what a review of the result-first reader, the cut-short names and the scan fixes found
    ("1.1   GLICOSE\n      Resultado: 95 mg/dL      VR: 70 a 99 mg/dL\n", [("glucose", 95.0, "N")]),  # a section's number
    ("08.30   CORTISOL\n   Resultado: 12,5 ug/dL\n", [("cortisol", 12.5, "N")]),  # a time
    ("Anterior       Exame            Atual\n13,2 g/dL      HEMOGLOBINA      ---\n4,1 mmol/L     POTASSIO   4,5 mmol/L\n",
     [("potassium", 4.5, "N")]),  # a previous result left of a name, the current one not done
    ("Vitamina B1                  45 ug/L          28 a 85\n", []),  # thiamine is no vitamin B12
    ("HEMOGLOBINA A1    97,5 %\n", []),  # nor an HbA1c
    ("CREATININE\nResult: .98 mg/dL     Reference: .60 - 1.30\n", []),  # never 98, critical
    ("Exame             20/11/2026   24/10/2026   Unidade   Referencia\n"
     "PCR                                   3,2   mg/L      < 5,0\n", []),  # nothing under the newest date
    ("Sexo: Feminino   Idade: 62 anos\nFSH            Fase folicular: 3,5 a 12,5          85,0  mUI/mL\n",
     [("fsh", 85.0, "N")]),  # one band printed, not hers: no range
    ("Bilirubin(T)      0.8 mg/dL     0.2 - 1.2\n", [("bilirubin_total", 0.8, "N")]),  # "(T)" outside a gas: a total
    ("GASOMETRIA ARTERIAL\nTemp. corr.: 37,0 C\npH          7,40\n", [("blood_ph", 7.4, "N")]),  # a setting, no heading
    ("Data de coleta    12/03/2024        Data de liberacao    14/03/2024\nHemoglobina   13,5 g/dL   12,0 a 16,0\n",
     [("hemoglobin", 13.5, "N")]),  # a patient's header, no table of dates
    ("Triglycerides: Normal <150 · Borderline 150-199 · High 200-499\n", []),  # an interpretive table's band
    ("URINA TIPO I\nUrobilinogênio      Normal     até 1,0 mg/dL\n", [("urine_urobilinogen", None, "N")]),  # a result
])
def test_what_the_sessions_review_found(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(r.marker.key, r.value, r.flag) for r in parse_lab_report([text]).results] == expected


def test_a_percentage_after_the_reference_takes_no_flag_and_urine_readings_stay_their_tests() -> None:
    found = parse_lab_report([" Neutrofilos        H   8,50   x10^9/L     [ 1,50 - 7,70 ]     55,0 %\n"]).results
    assert [(r.marker.key, r.flag, r.printed_flag_raw) for r in found] == [("neutrophils", "H", "H"),
                                                                           ("neutrophils_pct", "N", None)]
    urine = parse_lab_report(["URINA TIPO I\nMicroalbumina      Negativo\nBactérias   Negativo\n"]).results
    assert [(r.marker.key, r.qualitative) for r in urine] == [("urine_albumin", "negative"),
                                                              ("urine_bacteria", "absent")]


def test_a_table_whose_header_prints_the_reference_first() -> None:
    """Under "EXAME   REFERÊNCIA   RESULTADO", a bound, a range or a labelled band before the value is the
    reference ("inferior a 34,0" is no result of its own), and the tiers under it go on with it."""
    text = ("EXAME                  REFERÊNCIA                          RESULTADO UNIDADE\n"
            "ANTI-TPO               inferior a 34,0                     inferior a 9,0  UI/mL\n"
            "HEMOGLOBINA GLICADA    Normal: 4,0 a 5,6                   5,0 %\n"
            "                       Pré-diabetes: 5,7 a 6,4\n"
            "                       Diabetes: 6,5 ou mais\n"
            "25 OH VITAMINA D       Deficiência: inferior a 20          18,5  ng/mL        Baixo\n"
            "                       Insuficiência: 20 a 29\n"
            "                       Suficiência: 30 a 100\n"
            "PSA TOTAL              inferior a 4,00                     0,49  ng/mL\n")
    found = [(r.marker.key, r.comparator, r.value, r.ref_low, r.ref_high, r.flag)
             for r in parse_lab_report([text]).results]
    assert found == [("anti_tpo", "<", 9.0, None, 34.0, "N"), ("hba1c", None, 5.0, 4.0, 5.6, "N"),
                     ("vitamin_d", None, 18.5, 30.0, 100.0, "L"), ("psa", None, 0.49, None, 4.0, "N")]
    # without such a header, a qualified number in the value's place is the value
    assert [(r.comparator, r.value) for r in parse_lab_report(["PSA TOTAL    inferior a 4,00 ng/mL\n"]).results] == [
        ("<", 4.0)]


def test_a_note_on_reading_a_marker_and_a_vitamin_ds_name_are_no_results() -> None:
    text = ("HEMOGLOBINA GLICADA (HbA1c): 6,8 %. Valor de referência: 4,0 a 5,6 %.\n\n"
            "Hemoglobina glicada — interpretação (SBD): normal inferior a 5,7 %; pré-diabetes 5,7 a 6,4 %; diabetes "
            "igual ou superior a\n6,5 %.\n"
            "Vitamina D - 25(OH)        34,3    ng/mL     30,0 - 100,0\n")
    assert [(r.marker.key, r.value) for r in parse_lab_report([text]).results] == [("hba1c", 6.8), ("vitamin_d", 34.3)]


def test_a_qualified_value_under_its_date_and_a_telephoned_value_restated() -> None:
    """Under a cumulative report's dates, "<4" and ">90" are dates' results like any number (the newest is the
    report's); a sentence repeating a row's value without its range restates it."""
    text = ("Date              04/02/26  06/04/26  09/04/26  14/10/26\n"
            "Time                 14:06     11:30     10:27     14:48  Units         Ref.Range\n"
            "eGFR                   >90       >90        86        90  mL/min/1.73m2 >60\n"
            "CRP                                2         3        <4  mg/L          <5\n"
            "Sodium                 139       145      154H      112L  mmol/L        133-146\n\n"
            "Sodium 112 mmol/L telephoned to Dr F. Ross (Ward 3B) by BMS at 11:06.\n")
    found = [(r.marker.key, r.comparator, r.value, r.flag) for r in parse_lab_report([text]).results]
    assert found == [("egfr", None, 90.0, "N"), ("crp", "<", 4.0, "N"), ("sodium", None, 112.0, "LL")]


@pytest.mark.parametrize(("text", "expected"), [
    # a cumulative report's dates on a line of their own, their times on the header under them: the newest's column
    ("                                        12/09/23     05/12/23     14/03/24\n"
     "HAEMATOLOGY                              08:40        09:05        08:15       Units           Ref. Range\n"
     "Haemoglobin                              94           91           93 L       g/L             (115-165)\n",
     [("hemoglobin", 93.0, "L")]),
    # a flowsheet: two columns on one day, ordered by their times; a bound and its unit before them is the reference
    ("                                      09/11/24        09/11/24        09/12/24        09/12/24\n"
     "Component       Ref Range    Units       1753            2303            0507            1158\n"
     "BUN             7 - 20       mg/dL       31 H            30 H            28 H            25 H\n"
     "Troponin I, high sensitivity   <34   ng/L   70 H         59 H            46 H            39 H\n",
     [("bun", 25.0, "H"), ("troponin_i_hs", 39.0, "H")]),
    # a discharge summary's admission and discharge columns; a dialysis sheet's months with the current one marked
    (" Exame             Admissão (11/04)      Alta (20/04)        Unidade         Valor de referência\n"
     " Hemoglobina              14,6                12,5               g/dL            12,0 a 15,5\n",
     [("hemoglobin", 12.5, "N")]),
    ("Exame                 Jan       Fev       Mar (atual)      Unidade       Referência\n"
     "Hemoglobina           10,7      9,7       9,9              g/dL          12,0 a 15,5\n",
     [("hemoglobin", 9.9, "L")]),
])
def test_the_columns_a_flowsheet_or_a_summary_heads_as_current(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(r.marker.key, r.value, r.flag) for r in parse_lab_report([text]).results] == expected


def test_a_delimited_export_printed_as_text() -> None:
    """A CSV printed from an editor: the fields before the test's are no results; a quoted field keeps its
    delimiter; a semicolon export keeps its decimal commas."""
    text = ("PatientID,Sex,DOB,Collected,Panel,Test,Result,Units,RefRange,Flag,Status\n"
            "6565132,F,1948-12-16,2024-11-19 07:46,CBC,Hemoglobin,10.0,g/dL,11.1-15.9,L,Final\n"
            "6565132,F,1948-12-16,2024-11-19 07:46,CMP14,\"Carbon Dioxide, Total\",24,mmol/L,20-29,,Final\n"
            "6565132,F,1948-12-16,2024-11-19 07:46,LIPID,HDL Cholesterol,37,mg/dL,>39,L,Final\n")
    found = parse_lab_report([text]).results
    assert [(r.marker.key, r.value, r.unit, r.ref_low, r.ref_high, r.flag) for r in found] == [
        ("hemoglobin", 10.0, "g/dL", 11.1, 15.9, "L"), ("total_co2", 24.0, "mmol/L", 20.0, 29.0, "N"),
        ("hdl", 37.0, "mg/dL", 39.0, None, "L")]
    assert text[found[0].start:found[0].end].startswith("Hemoglobin,10.0")  # offsets still point at the print
    semicolons = ("CodPaciente;Data;Exame;Resultado;Unidade;Referencia\n"
                  "10293;12/03/2024;Hemoglobina;11,2;g/dL;12,0 a 16,0\n")
    assert [(r.value, r.flag) for r in parse_lab_report([semicolons]).results] == [(11.2, "L")]


def test_a_clinic_notes_results_inline_and_values_on_admission() -> None:
    note = ("Anamnese:        Refere cumprir a terapêutica. Sem hipoglicemias.\n"
            "Exames:          (08/05/2024) Hb 14,4 g/dL; Leuc 8,9; Plaq 291; Cr 1,0; K 4,8;\n"
            "Exames anteriores:   HbA1c 7,5%; Ureia 40; Na 138.\n"
            "Prescrição:      metformina 850\n      mg 12/12h, anlodipino 5 mg/dia\n"
            "Labs 24/11/2024: Glicemia 148 / HbA1c 6,7% / Ca 9,7\n")
    found = [(r.marker.key, r.value) for r in parse_lab_report([note]).results]
    assert found == [("hemoglobin", 14.4), ("wbc", 8.9), ("platelets", 291.0), ("creatinine", 1.0),
                     ("potassium", 4.8), ("glucose", 148.0), ("hba1c", 6.7), ("calcium", 9.7)]
    letter = ("A paciente foi internada por pneumonia adquirida na comunidade, tratada com ceftriaxona e com boa\n"
              "evolução clínica durante toda a internação, sem intercorrências e sem necessidade de oxigênio.\n"
              "Na admissão (10/01/2024): Hb 16,9 g/dL; creatinina 1,30 mg/dL; sódio 133 mEq/L.\n"
              "Exames da última coleta, 21/01/2024: Hb 15,9 g/dL; creatinina 1,37 mg/dL; potássio 3,1 mEq/L.\n")
    said = [(r.marker.key, r.value) for r in parse_lab_report([letter]).results]
    assert said == [("sodium", 133.0), ("hemoglobin", 15.9), ("creatinine", 1.37), ("potassium", 3.1)]
    once = ("He was admitted with a chest infection on a background of chronic kidney disease and treated.\n"
            "Blood tests on admission revealed creatinine 224 µmol/L (baseline 167), sodium 143 mmol/L.\n")
    assert [(r.marker.key, r.value) for r in parse_lab_report([once]).results] == [("creatinine", 224.0),
                                                                                 ("sodium", 143.0)]


def test_a_blood_gas_rows_with_their_specimen_and_a_serum_heading_after_them() -> None:
    text = ("BLOOD GAS, ARTERIAL (POC analyzer)\n"
            " pH, Arterial                 7.35 - 7.45          7.30 L\n"
            " Sodium, Whole Blood          136 - 145   mmol/L   141\n"
            "CHEMISTRY (serum)\n"
            " Chloride                     98 - 107    mmol/L   108 H\n")
    found = [(r.marker.key, r.loinc, r.value) for r in parse_lab_report([text]).results]
    assert found == [("blood_ph", "2744-1", 7.3), ("sodium", "2947-0", 141.0), ("chloride", "2075-0", 108.0)]


def test_units_in_capitals_canadas_e9_an_esr_per_first_hour_and_a_feme_urine() -> None:
    text = ("GLICOSE                               76     MG/DL      70 A 99\n"
            "POTASSIO                             4,2     MEQ/L      3,5 A 5,1\n"
            "Velocidade de sedimentação           40    mm/1.ª h     [< 20]\n"
            "WBC              6.6   x E9/L     4.0-11.0\n")
    found = [(r.marker.key, r.unit, r.canonical_value, r.flag) for r in parse_lab_report([text]).results]
    assert found == [("glucose", "MG/DL", 76.0, "N"), ("potassium", "MEQ/L", 4.2, "N"), ("esr", "mm/1.ª", 40.0, "H"),
                     ("wbc", "x E9/L", 6.6, "N")]
    urine = ("URINE FEME\n  Protein                                     Negative             Negative\n"
             "EAS\nCOR                            AMARELO CITRINO\nPROTEINAS                       NEGATIVO\n")
    assert [(r.marker.key, r.qualitative) for r in parse_lab_report([urine]).results] == [
        ("urine_protein", "negative"), ("urine_protein", "negative")]


def test_a_differentials_columns_under_a_section_named_first() -> None:
    text = ("LEUCOGRAMA             %      /mm³               Valores de referência (%  | /mm³)\n"
            "     Neutrófilos ..........:  52       2.688               40 a 70 %  1.600 a 7.700\n")
    found = [(r.marker.key, r.value, r.unit) for r in parse_lab_report([text]).results]
    assert found == [("neutrophils_pct", 52.0, "%"), ("neutrophils", 2688.0, "/mm³")]


def test_names_read_on_the_new_parts_and_a_control_row() -> None:
    text = ("eTFG (CKD-EPI 2021)          112   mL/min/1,73 m²     > 60\n"
            "Sat. transferrina (IST)       41 %      20 a 50\n"
            "Adjusted Calcium              2.36  mmol/L    2.20-2.60\n"
            "Anti-Mullerian Hormone (AMH)  0.59  ng/mL     1.0-3.5\n"
            "Syphilis antibody             Not detected\n"
            "Red cell antibodies           None detected\n"
            "TTPA - tempo do controle ..........:   29,8 segundos\n"
            "Base Excess, Arterial        -2.0 - 2.0     mmol/L      -5.0 L\n")
    found = [(r.loinc, r.value, r.qualitative) for r in parse_lab_report([text]).results]
    assert found == [("98979-8", 112.0, None), ("2502-3", 41.0, None), ("29265-6", 2.36, None),
                     ("38476-8", 0.59, None), ("22587-0", None, "not detected"), ("890-4", None, "negative")]


def test_a_footnotes_tiers_and_a_page_number_are_no_results() -> None:
    text = ("Vitamina D (25-OH)      21,1 ng/mL    Baixo  30 a 100 (suficiência)\n\n"
            "Vitamina D: deficiência < 20; insuficiência 20 a 29; suficiência 30 a 100; toxicidade > 100 ng/mL.\n\n\n"
            "                                                                                1/1\n")
    assert [(r.marker.key, r.value) for r in parse_lab_report([text]).results] == [("vitamin_d", 21.1)]


def test_a_name_with_more_of_its_cell_after_it_did_not_wrap() -> None:
    """"TTPA (segundos)" over "R (P/C)" is the time in seconds, not a ratio named "TTPA R"; a name that ends its cell
    may still wrap ("Mean corpuscular hemoglobin" over "concentration (MCHC)")."""
    text = ("  TTPA (segundos)                         32,4 segundos         24,0 a 38,0 segundos\n"
            "  R (P/C)                                  1,12                  até 1,25\n"
            "Mean corpuscular hemoglobin       33.1   g/dL   32-36\nconcentration (MCHC)\n")
    assert [(r.loinc, r.value) for r in parse_lab_report([text]).results] == [("3173-2", 32.4), ("786-4", 33.1)]


@pytest.mark.parametrize(("text", "expected"), [
    # what a review of this round found (each read wrongly, or lost, by a first version of the round's rules)
    ("Data da coleta:                     Data de liberação:\n12/03/2024                          14/03/2024\n\n"
     "LEUCOGRAMA                 %          /mm³         Valores de referência\n"
     "Neutrófilos              58,0         3.944        40 a 70 %   1.800 a 7.700\n",
     [("neutrophils_pct", 58.0, "N"), ("neutrophils", 3944.0, "N")]),  # a patient header's dates head no columns
    ("                        10/03/24    02/04/24\nHAEMATOLOGY             08:40       09:15       Units      Ref\n"
     "Haemoglobin             98          121         g/L        115-165\n",
     [("hemoglobin", 98.0, "L"), ("hemoglobin", 121.0, "N")]),  # March to April, or October to February: not told
    ("Test                      Result     Units      Low     High\nC-Reactive Protein        <0.5       mg/dL      0.0     0.9\n",
     [("crp", 0.5, "N")]),  # a qualified result, its unit, then the range's ends
    ("Exame                  Resultado      Unidade    Referência       Resultado anterior\n"
     "PCR                    < 3,0          mg/L       < 5,0            < 1,0\n", [("crp", 3.0, "N")]),
    ("Relação paciente/controle TTPA   1,05   0,80 a 1,20\nRNI (controle de anticoagulação oral)   2,6   2,0 a 3,0\n"
     "HbA1c - controle do diabetes   8,1 %\n", [("aptt_ratio", 1.05, "N"), ("inr", 2.6, "N"), ("hba1c", 8.1, "N")]),
    ("HbA1c (target <53)   48 mmol/mol\nColesterol LDL (meta < 100)   145 mg/dL\n",
     [("hba1c", 48.0, "N"), ("ldl", 145.0, "N")]),  # an aside is no note
    ("GASOMETRIA ARTERIAL\npO2 venoso   38 mmHg\n", []),  # a venous value is no arterial one
    ("DIALYSIS SESSION RECORD\nPre-dialysis bloods (prior to session):   Urea 28.4 mmol/L   Potassium 6.1 mmol/L\n",
     [("urea", 28.4, "N"), ("potassium", 6.1, "N")]),  # "prior to" labels no earlier results
    ("Evolução 24/11: paciente estável, sem febre. Labs: Hb 10,1 / Leuc 12.300 / Cr 1,4\n"
     "EAS: Leuc 50.000 / Hem 20.000 / Nitrito positivo\n",
     [("hemoglobin", 10.1, "N"), ("wbc", 12300.0, "N"), ("creatinine", 1.4, "N")]),  # a urinalysis's line: no blood's
    ("Test,Result,Units,Reference Range,Flag,Previous Result,Previous Date\n"
     "Creatinine,,mg/dL,0.6-1.2,,1.1,2024-01-10\nGlucose,98,mg/dL,70-99,,110,2024-01-10\n",
     [("glucose", 98.0, "N")]),  # an export's previous result is none
    ("EAS - ELEMENTOS ANORMAIS E SEDIMENTO\nGlicose                Negativo\n\n"
     "HEMOGRAMA              RESULTADO      UNIDADE      REFERÊNCIA\nHemoglobina            13,5           g/dL         12,0 a 16,0\n",
     [("urine_glucose", None, "N"), ("hemoglobin", 13.5, "N")]),  # a heading with its columns ends a urinalysis
])
def test_what_the_rounds_review_found(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert [(r.marker.key, r.value, r.flag) for r in parse_lab_report([text]).results] == expected


def test_units_in_capitals_keep_their_enzyme_units_and_a_letter_says_what_its_visit_compared() -> None:
    prolactin = parse_lab_report(["PROLACTIN   350   MU/L   100 - 500\n"]).results[0]
    assert (prolactin.unit, prolactin.canonical_value, prolactin.unconverted) == ("MU/L", None, True)
    letter = ("Dear Dr Smith,\nThank you for referring this gentleman who I saw in the renal clinic today with his wife.\n"
              "Compared with his previous visit: HbA1c 58 mmol/mol, creatinine 132 umol/L, potassium 5.2 mmol/L.\n")
    assert [(r.marker.key, r.value) for r in parse_lab_report([letter]).results] == [("creatinine", 132.0),
                                                                                   ("potassium", 5.2)]


def test_a_notes_dated_lines_targets_and_doses() -> None:
    note = ("EVOLUÇÃO NEFROLOGIA\nLabs 10/11/2024: Cr 2,8 / Ur 140 / K 6,1 / Hb 8,2\n"
            "Labs 24/11/2024: Cr 1,6 / Ur 80 / K 4,6 / Hb 9,4\n"
            "Prescrição: Vitamina D 50.000 UI; Cálcio 500 mg; Potássio 20 mEq\nMetas: LDL < 70; HbA1c < 7,0; PA < 130/80\n")
    assert [(r.marker.key, r.value) for r in parse_lab_report([note]).results] == [
        ("creatinine", 1.6), ("potassium", 4.6), ("hemoglobin", 9.4)]


def test_a_page_printed_in_two_columns_of_staggered_blocks() -> None:
    """Blocks down the left and, not level with them, blocks down the right: each column read on its own (offsets
    still point at the page); a title across both stays whole."""
    left = ["EXAME: HEMOGLOBINA", "RESULTADO: 14,7", "UNIDADE: g/dL", "REFERENCIA: 12,0 A 16,0", "",
            "EXAME: GLICOSE", "RESULTADO: 89", "UNIDADE: mg/dL", "REFERENCIA: 70 A 99", "",
            "EXAME: CREATININA", "RESULTADO: 2,44  ALTERADO", "UNIDADE: mg/dL", "REFERENCIA: 0,50 A 0,90", ""]
    right = ["", "", "EXAME: TSH", "RESULTADO: 3,06", "UNIDADE: µUI/mL", "REFERENCIA: 0,45 A 4,50", "",
             "EXAME: FERRITINA", "RESULTADO: 64,1", "UNIDADE: ng/mL", "REFERENCIA: 15,0 A 150,0", "",
             "EXAME: VITAMINA B12", "RESULTADO: 307", "UNIDADE: pg/mL"]
    page = "LABORATÓRIO DE SAÚDE PÚBLICA - RESULTADOS DE EXAMES DO PACIENTE EM DUAS COLUNAS\n" + "\n".join(
        f" {a:<50}{b}" for a, b in zip(left, right, strict=True)) + "\n"
    found = parse_lab_report([page]).results
    assert [(r.marker.key, r.value, r.unit, r.flag) for r in found] == [
        ("hemoglobin", 14.7, "g/dL", "N"), ("glucose", 89.0, "mg/dL", "N"), ("creatinine", 2.44, "mg/dL", "H"),
        ("tsh", 3.06, "µUI/mL", "N"), ("ferritin", 64.1, "ng/mL", "N"), ("vitamin_b12", 307.0, "pg/mL", "N")]
    assert page[found[3].start:found[3].end].startswith("TSH")


@pytest.mark.parametrize(("text", "expected"), [
    # what a second review of the round found (each lost or misread by a first version of its fixes)
    ("Glicemia capilar   110 mg/dL\nGlucose, Whole Blood     5.4 mmol/L     3.9-6.1\n",
     [("glucose", 110.0), ("glucose", 5.4)]),  # a specimen word after the name, outside a gas
    ("GASOMETRIA ARTERIAL\npO2 venoso   38 mmHg\npO2     85 mmHg   80 a 100\n", [("po2", 85.0)]),  # sets no section
    ("URINA TIPO I\nCOR    AMARELO CITRINO\nCRISTAIS    AUSENTES\nLEUCOCITOS   3.000 /mL   ATE 10.000 /mL\n",
     [("urine_wbc", 3000.0)]),  # a capitals row ends no urinalysis: the count is the urine's
    ("Exame                                              Resultado        Valores de referencia\n"
     "Creatinina                                         1,4 mg/dL        0,6 a 1,2 mg/dL\n"
     "                              TFG estimada (CKD-EPI): 52 mL/min/1,73m2\n"
     "Hemoglobina glicada                                6,8 %            4,0 a 5,6 %\n"
     "                              Glicemia media estimada: 148 mg/dL\n"
     "Ureia                                              45 mg/dL         15 a 40 mg/dL\n"
     "                              Colesterol nao-HDL: 170 mg/dL\n",
     [("creatinine", 1.4), ("egfr", 52.0), ("hba1c", 6.8), ("eag", 148.0), ("urea", 45.0), ("non_hdl", 170.0)]),
    ("Labs 10/28: Cr 2.8 / K 6.1\nLabs 11/02: Cr 1.6 / K 4.6\n",  # no year, month or day first: none told newest
     [("creatinine", 2.8), ("potassium", 6.1), ("creatinine", 1.6), ("potassium", 4.6)]),
    ("Medications prior to admission: ferrous sulfate 200 mg daily. Today her haemoglobin is 10.2 g/dL and ferritin "
     "12 ug/L.\n", [("hemoglobin", 10.2), ("ferritin", 12.0)]),  # the label's sentence only
    ("APTT (control)   30.0 s\nAPTT   32.5 s   25-35\n", [("aptt", 32.5)]),
    ("Previous values:   Hemoglobina 10,2 g/dL\nHemoglobina   13,5 g/dL   12,0 a 16,0\n", [("hemoglobin", 13.5)]),
])
def test_what_the_rounds_second_review_found(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert [(r.marker.key, r.value) for r in parse_lab_report([text]).results] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an amount a day is a 24-hour urine's, whatever name the row gives it (a concentration is never per day)
    ("Sódio                    142 mmol/L        136 a 145 mmol/L\n"
     "Sódio urinário           243 mEq/24h   H   40 a 220 mEq/24h\n"
     "Proteína total - urina de 24h    0,27 g/24h    inferior a 0,15 g/24h\n",
     [("sodium", "2951-2", 142.0, "N"), ("urine_sodium_24h", "2956-1", 243.0, "H"),
      ("urine_protein_24h", "2889-4", 270.0, "H")]),
    # SI substance concentrations take their molar codes
    ("Non-HDL cholesterol   3.9 mmol/L   < 4.0\nPTH   5.2 pmol/L   1.6 - 6.9\nUrine creatinine   9.1 mmol/L\n",
     [("non_hdl", "70204-3", 150.793, "N"), ("pth", "14866-8", 49.01, "N"),
      ("urine_creatinine", "14683-7", 102.939, None)]),
    # squamous cells are coded apart from epithelial cells of every kind
    ("URINALYSIS\nMICROSCOPY\nSquamous epithelial cells   Few\nURINA TIPO I\nSEDIMENTOSCOPIA\nCélulas epiteliais   Raras\n",
     [("urine_squamous_cells", "11277-1", None, "N"), ("urine_epithelial_cells", "5787-7", None, "N")]),
])
def test_the_code_says_what_was_measured(text: str, expected: list[tuple[str, str, float | None, str | None]]) -> None:
    found = parse_lab_report([text]).results
    assert [(r.marker.key, r.loinc, r.canonical_value, r.flag if r.ref_text or r.qualitative else None)
            for r in found] == expected


def test_a_reference_label_ending_its_row_takes_the_range_under_it() -> None:
    text = ("URÉIA\nMaterial: Soro   Método: Enzimático UV (urease)\n"
            "  Uréia:                         54 mg/dL                        Valores de referência:\n"
            "                                                                  15 a 45 mg/dL\n\n"
            "PSA TOTAL\n  PSA total:                         1,84 ng/mL                      Valores de referência:\n"
            "                                                                     Até 4,00 ng/mL\n\n"
            "  Vitamina D (25-OH)                          19,5 ng/mL                   Valores de referência:\n"
            "                                                            Deficiência: inferior a 20 ng/mL\n"
            "                                                            Insuficiência: 20 a 29 ng/mL\n"
            "                                                            Suficiência: 30 a 100 ng/mL\n\n"
            "  Ferritina                      80 ng/mL\n"
            "                                 22 a 322 ng/mL\n")  # no label above: a line of its own, not its range
    found = [(r.marker.key, r.ref_low, r.ref_high, r.flag) for r in parse_lab_report([text]).results]
    assert found == [("urea", 15.0, 45.0, "H"), ("psa", None, 4.0, "N"), ("vitamin_d", 30.0, 100.0, "L"),
                     ("ferritin", None, None, "N")]


@pytest.mark.parametrize(("text", "expected"), [
    # what a review of this session's codes and reference labels found (each misread by their first version)
    ("Calcium, urine      5.4 mmol/24h (216 mg/24h)     2.5-7.5 mmol/24h\n",  # one result in two units, not two
     [("urine_calcium_24h", "6874-2", 5.4, 2.5, 7.5)]),
    ("PRESCRIÇÃO\nCálcio      500 mg/dia\nPotássio    40 mEq/dia\n", []),  # doses: no 24-hour urine's, no lab results
    ("Glicose   95 mg/d   70 a 99\n", [("glucose", "2345-7", 95.0, 70.0, 99.0)]),  # a scan's "mg/dL" without its L
    ("24 HOUR URINE\nCreatinine   12.5 mmol/24h\n", [("urine_creatinine_24h", "14684-5", 12.5, None, None)]),
    ("Sódio urinário   6 mEq/h\n", [("urine_sodium", "2955-3", 6.0, None, None)]),  # per hour is no day's amount
    ("LDL direto   3,2 mmol/L   < 3,0\n", [("ldl_direct", "69419-0", 3.2, None, 3.0)]),  # the direct assay's molar code
    ("Creatinina urinária de 24 horas   12,5 mmol/24h\n", [("urine_creatinine_24h", "14684-5", 12.5, None, None)]),
    ("URINA TIPO I\nSEDIMENTOSCOPIA\nCélulas epiteliais (de transição)   Raras\nCélulas epiteliais   Raras\n",
     [("urine_epithelial_cells", "5787-7", None, None, None)]),  # a kind the catalogue has no code for: nothing read
    ("  Glicose:   128 mg/dL   Ref.:\n  Jejum de 8 a 12 horas\n", [("glucose", "2345-7", 128.0, None, None)]),
    ("  Ureia:   54 mg/dL   VR:\n  Fator Qwerty:   0,9 mg/L   0,6 a 1,0\n", [("urea", "3091-6", 54.0, None, None)]),
    ("  TSH:   2,5 µUI/mL   VR:\n  Idade 1 a 5 anos\n", [("tsh", "3016-3", 2.5, None, None)]),
])
def test_what_this_sessions_review_found(text: str, expected: list[tuple[str, str, float | None, float | None,
                                                                         float | None]]) -> None:
    found = parse_lab_report([text]).results
    assert [(r.marker.key, r.loinc, r.value, r.ref_low, r.ref_high) for r in found] == expected


def test_loinc_check_digits_and_a_catalogue_slip_refused() -> None:
    """LOINC's mod 10: a code with a wrong check digit names no term (but the fourteen LOINC issued so), and a
    catalogue holding one does not load: a slip would file every result under another analyte."""
    codes = ("2345-7", "718-7", "98979-8", "14979-9", "6580-7", "3024-0", "3173-5", "2345", "LP1234-5")
    assert [is_valid(code) for code in codes] == [True] * 5 + [False] * 4
    assert [corrected(code) for code in ("3024-0", "3173-5", "3024-7", "6580-7")] == ["3024-7", "3173-2", "3024-7",
                                                                                       "6580-7"]
    with pytest.raises(ValueError, match="free_t4: 3024-0 fails"):
        catalog._check_codes("free_t4", {"loinc": "3024-7", "unit_loinc": {"pmol/L": "3024-0"}})
    catalog._check_codes("cortisol", {"loinc": "2143-6", "timed_loinc": {"am": "9813-7", "pm": "9812-9"}})


def test_a_structured_result_whose_code_fails_its_check_digit_says_so() -> None:
    """A partner's "3024-0" is refused with the reason and the code it may have meant, not as an unknown marker; with
    a catalogued name beside it, the name is read."""
    from nlp.labs.structured import read_structured

    read = read_structured([{"code": "3024-0", "value": 1.3, "unit": "ng/dL"},
                            {"code": "3024-0", "name": "Free T4", "value": 1.3, "unit": "ng/dL"},
                            {"code": "9999-4", "value": 1.0, "unit": "mg/dL"}])
    assert [(r.index, r.reason) for r in read.rejected] == [
        (0, "code: '3024-0' fails LOINC's check digit (a slip for '3024-7'?)"),
        (2, "name/code: '9999-4' is not a known lab marker (use a LOINC code or a catalogued name)")]
    assert [(r.loinc, r.value) for r in read.results] == [("3024-7", 1.3)]


def test_a_previous_results_column_in_one_of_two_panels_side_by_side_is_not_read() -> None:
    """Two tables side by side under one header line, the right one with an earlier result's column headed by its
    date ("Anterior" above "(22/08/25)"): each row's earlier value is blanked in the panel its name stands in, and
    the result keeps its unit. A single table's dated column beside "Resultado" is an earlier result too."""
    text = ("                                                                       Anterior\n"
            "Exame            Resultado   Unidade    Referência       Exame           Resultado   (22/08/25)   Unidade"
            "    Referência\n"
            "Hemoglobina      14,6        g/dL       12,0 - 16,0         Glicose      257 *       315          mg/dL"
            "      70 - 99\n"
            "Leucócitos       7,1         x10³/µL    4,0 - 11,0        Creatinina     2,61 *      2,87         mg/dL"
            "      0,50 - 0,90\n"
            "                                                                  TSH      2,13        1,83         µUI/mL"
            "     0,45 - 4,50\n")
    found = [(r.marker.key, r.value, r.unit, r.flag) for r in parse_lab_report([text]).results]
    assert sorted(found) == [("creatinine", 2.61, "mg/dL", "H"), ("glucose", 257.0, "mg/dL", "H"),
                             ("hemoglobin", 14.6, "g/dL", "N"), ("tsh", 2.13, "µUI/mL", "N"),
                             ("wbc", 7.1, "x10³/µL", "N")]
    single = ("Exame          Resultado   (22/08/25)   Unidade   Referência\n"
              "Glicose        257         315          mg/dL     70 - 99\n")
    assert [(r.value, r.unit) for r in parse_lab_report([single]).results] == [(257.0, "mg/dL")]


def test_a_cards_status_is_not_the_result_of_a_test_measured_in_a_unit() -> None:
    """A portal card prints a status beside the name and the value under it: "Normal" beside "Colesterol total" is
    no reading of it (the value under it is), and a status before the value ("Acima do intervalo   16,9 g/dL") is
    passed over. A qualitative test's "Normal" is still its result."""
    card = ("  Colesterol total                                      Normal\n"
            " 180 mg/dL\n"
            "   Intervalo de referência: < 190 mg/dL\n\n"
            "  Hemoglobina                                      Leucócitos\n"
            "    Acima do intervalo           16,9 g/dL          Dentro do intervalo         8,04 x10^9/L\n\n"
            "   Valores de referência: 12,0 – 15,5 g/dL                Valores de referência: 4,00 – 11,00 x10^9/L\n")
    found = [(r.marker.key, r.value, r.unit, r.flag) for r in parse_lab_report([card]).results]
    assert found == [("cholesterol_total", 180.0, "mg/dL", "N"), ("hemoglobin", 16.9, "g/dL", "H"),
                     ("wbc", 8.04, "x10^9/L", "N")]
    assert [(r.marker.key, r.qualitative) for r in parse_lab_report(["Urobilinogênio      Normal\n"]).results] == \
        [("urine_urobilinogen", "normal")]


def test_a_gas_analysers_sample_line_says_arterial_or_venous() -> None:
    """An analyser printout without the word "gas": its "Sample: Arterial" line starts the gas (pH, pCO2 and the
    whole-blood electrolytes read with their gas codes); "Sample type   Venous" above a "Blood Gas Values" heading
    makes it a venous gas. A scan's "pC02"/"p02"/"cHC03-" are the gases' O, and "Pt Temp:" is no prothrombin time."""
    arterial = ("Sample:    Arterial\nPt Temp:   35.5 C     FIO2: 21 %\nOperator:  3632\n"
                "Patient Results @ 37.0 C\npH         7.40            7.35-7.45\npC02         31 L  mmHg      35-45\n"
                "K+          4.2    mmol/L   3.5-5.0\ncHC03-(P)  19.2 L  mmol/L  22.0-26.0\n")
    assert [(r.loinc, r.value) for r in parse_lab_report([arterial]).results] == [
        ("2744-1", 7.4), ("2019-8", 31.0), ("6298-4", 4.2), ("1960-4", 19.2)]
    venous = ("Sample type        Venous\nT                  37.0 °C\n-------------\nBlood Gas Values\n"
              "pH          7.353          [ 7.310 - 7.410 ]\npCO2         6.17 kPa      [  5.30 -  6.70 ]\n")
    assert [r.loinc for r in parse_lab_report([venous]).results] == ["2746-6", "2021-4"]
    chemistry = ("Material: sangue venoso\nPotássio   4,2 mmol/L   3,5 a 5,1\nGASOMETRIA\npH   7,40   7,35 a 7,45\n")
    assert [r.loinc for r in parse_lab_report([chemistry]).results] == ["2823-3", "2744-1"]


def test_a_result_card_gives_its_unit_and_bar_ends_around_the_value() -> None:
    """A portal card: the status beside the name, the unit alone under it (or in brackets after the name), the
    value, then the bar's two ends: the unit and the range are the card's. A line of tier names ("Normal   Borderline
    high   High") is no reference label, so the value under it is read; a soft hyphen is a hyphen ("25\u00adOH")."""
    card = (" WBC                                                 NORMAL\n   x10E3/uL\n\n"
            "                              6.3\n\n\n                                   3.4                       10.8\n\n"
            "  Platelets (x10E3/uL)                      Low\n\n                 119\n\n"
            "               150                    450\n")
    found = [(r.marker.key, r.value, r.unit, r.ref_low, r.ref_high, r.flag) for r in parse_lab_report([card]).results]
    assert found == [("wbc", 6.3, "x10E3/uL", 3.4, 10.8, "N"), ("platelets", 119.0, "x10E3/uL", 150.0, 450.0, "L")]
    tiers = ("   Triglycerides\n\n            Normal                          Normal       Borderline high       High\n"
             " 124 mg/dL                                       < 150        150–199        ≥ 200\n\n"
             "  Vitamin D, 25\u00adOH, Total\n                                Reference: 30 – 100 ng/mL\n 28 ng/mL\n")
    assert [(r.marker.key, r.value, r.unit) for r in parse_lab_report([tiers]).results] == [
        ("triglycerides", 124.0, "mg/dL"), ("vitamin_d", 28.0, "ng/mL")]


@pytest.mark.parametrize(("text", "expected"), [
    # "Normal" beside a name is its reading unless a card's value stands under it, never a labelled line's number
    ("Glicemia de jejum: normal\nJejum: 12 horas\n", [("2345-7", "normal", None, None)]),
    ("Hemoglobina: normal\nIdade: 45 anos\n", [("718-7", "normal", None, None)]),
    ("Vitamina B12: normal\n2 amostras coletadas.\n", [("2132-9", "normal", None, None)]),
    ("Glicose   Normal\n", [("2345-7", "Normal", None, None)]),
    # a reference tier above the result is no status before a value
    ("Vitamina D (25-OH)\nBaixo           < 20 ng/mL\nNormal          30 a 100 ng/mL\nResultado: 24 ng/mL\n",
     [("62292-8", "24", 30.0, 100.0)]),
    ("Ferritin\nLow             < 15 ng/mL\nResult          22 ng/mL\n", [("2276-4", "22", None, None)]),
    # a "Normal" label over the range, or tier names under a result read, still head the reference
    ("Glicose                      105 mg/dL\n  Normal\n  70 a 99 mg/dL\n", [("2345-7", "105", 70.0, 99.0)]),
    ("TRIGLYCERIDES\nResult: 180 mg/dL\nNormal        Borderline high     High          Very high\n"
     "<150          150-199             200-499       >=500\n", [("2571-8", "180", None, 150.0)]),
    # a bracket after a card's name that is no lab unit ("(S)": serum; "(M)": male) gives no unit
    ("Ferritin (S)                          Normal\n85 ng/mL\n15                  150\n", [("2276-4", "85", 15.0, 150.0)]),
    ("Testosterona total (M)                Normal\n450\n300                 1000\n", [("2986-8", "450", 300.0, 1000.0)]),
    # a two-letter name before a specimen word is still the marker
    ("Na sérico: 140 mmol/L\nHb total: 13,2 g/dL\n", [("2951-2", "140", None, None), ("718-7", "13,2", None, None)]),
    # the previous test's venous material is not the arterial gas's; an arterial test's material ends at the next's
    ("POTÁSSIO\nResultado: 4,5 mmol/L\nMaterial: Sangue venoso         Método: Eletrodo íon seletivo\n\n"
     "GASOMETRIA ARTERIAL\npH 7,41\npCO2 38 mmHg\n", [("2823-3", "4,5", None, None), ("2744-1", "7,41", None, None),
                                                    ("2019-8", "38", None, None)]),
    ("LACTATO\nMaterial: Sangue arterial\nResultado: 1,8 mmol/L\n\nCREATININA\nMaterial: Soro\nResultado: 0,9 mg/dL\n"
     "SÓDIO\nMaterial: Soro\nResultado: 140 mmol/L\n", [("2524-7", "1,8", None, None), ("2160-0", "0,9", None, None),
                                                       ("2951-2", "140", None, None)]),
    # a date one space after "Result" is the result's own heading, not an earlier result's column
    ("Test                  Result (03/14/2025)     Reference        Units\n"
     "C-Reactive Protein    3.2                     < 5.0            mg/L\n", [("1988-5", "3.2", None, 5.0)]),
    # another table's own header ends the dated column's rule
    ("Exame   Resultado   (22/08/25)   Unidade   Referência\nGlicose   92   88   mg/dL   70 - 99\n\n"
     "LEUCOGRAMA   %   /mm³   Referência\nNeutrófilos   60   4200   1800 - 7700\n",
     [("2345-7", "92", 70.0, 99.0), ("770-8", "60", None, None), ("751-8", "4200", 1800.0, 7700.0)]),
    # a bed's code is no misread gas
    ("GASOMETRIA ARTERIAL\nLeito:   P02   67 anos\nSala:   S02   1º andar\npH   7,40\n", [("2744-1", "7,40", None, None)]),
])
def test_what_the_fourth_sessions_review_found(text: str, expected: list[tuple]) -> None:
    assert [(r.loinc, r.value_text, r.ref_low, r.ref_high) for r in parse_lab_report([text]).results] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence after a name and its colon is a note on the result above, not a block's head over the footer's lab code
    ("Potassium          2.1   Critical   mmol/L     3.5-5.2     01\n\n"
     "Potassium: critical result verified by repeat analysis; physician notified.\n\n"
     "01 CCL Main Laboratory, 88 Kessler Pkwy, Columbus, OH 43215\n", [("2823-3", "2.1", "mmol/L", "LL")]),
    # a scan's dot leader whose colon was read as "!" is still a leader
    ("VITAMINA B12...  .....!  635 pg/mL  (197 a 771)\n", [("2132-9", "635", "pg/mL", "N")]),
    # a scan's "%" read as an 8 in a differential's column heads
    ("LEUCÓCITOS.  7.360 /mm³  (4.000 a 11.000)\n8  /mm  V.R. (8)  V.R. (/mm³)\n"
     "NEUTRÓFILOS..  61,5  4.529  40 a 75  1.600 a 7.700\n",
     [("6690-2", "7.360", "/mm³", "N"), ("770-8", "61,5", "%", "N"), ("751-8", "4.529", "/mm³", "N")]),
    # ... and an 8 that is a count's value stays a value
    ("LEUCÓCITOS  8 /mm³\n", [("6690-2", "8", "/mm³", "LL")]),
    # a Sysmex analyser's immature granulocytes, as a percentage and as a count
    ("Immature Granulocytes      0     %          Not Estab.\nImmature Grans (Abs)     0.0    x10E3/uL     0.0-0.1\n",
     [("51584-1", "0", "%", "N"), ("53115-2", "0.0", "x10E3/uL", "N")]),
    # India's grams: "gm/dL", and "gm%" for grams per 100 mL; a haemoglobin of 4.1 g/dL is critical
    ("Haemoglobin        4.1     L     gm/dL       12.0 - 15.0\nHb   10.2  gm%   12 - 16\n",
     [("718-7", "4.1", "gm/dL", "LL"), ("718-7", "10.2", "gm%", "L")]),
    # "Valor de referência:" ending a block's result line: the range is on the line under it
    ("  Fator reumatoide\n  Método: Imunoturbidimetria   Material: Soro\n"
     "     Resultado:       93,2 UI/mL          Valor de referência:\n"
     "                                           Inferior a 14,0 UI/mL\n", [("11572-5", "93,2", "UI/mL", "H")]),
    # Brazil's "Masc.:"/"Fem.:" ranges, the second under the first: the patient's sex picks
    ("Sexo: Feminino  Idade: 44 anos\n Creatinina     0,57   mg/dL      Masc.: 0,70 a 1,20\n"
     "                                  Fem.: 0,50 a 0,90\n", [("2160-0", "0,57", "mg/dL", "N")]),
    ("Sexo: Feminino\nFerritina     9 ng/mL     Masc: 30 a 400\n                              Fem: 13 a 150\n",
     [("2276-4", "9", "ng/mL", "L")]),
    # an aPTT beyond Kost's 78 s is critical
    ("APTT          192.2   sec    25.0-35.0\n", [("3173-2", "192.2", "sec", "HH")]),
    # (from part L) an analyser's printout with no gas heading: its blood pH starts the gas, venous by its sample line
    ("Sample:    Venous\nPt Temp:   37.0 C\n======\nMeasured @ 37.0 C\npH        7.345           7.310-7.410\n"
     "pCO2       6.69    kPa    5.30-6.70\nNa+         137    mmol/L 133-146\n",
     [("2746-6", "7.345", None, "N"), ("2021-4", "6.69", "kPa", "N"), ("2947-0", "137", "mmol/L", "N")]),
    # (from part J) an urgent care's rapid antigen tests; a kit's lot number under a panel's heading is no value;
    # a haematocrit in "%PCV"
    (" RAPID STREP A\n OSOM Strep A  Lot: 7720B  Int. control: Valid\n   Test          Result        Reference\n"
     "   Strep A Antigen (throat)      Negative      Negative\n   Influenza A Antigen      Positive      Negative\n"
     "  SARS-CoV-2 Antigen      Negative      Negative\n   Hct        47       %PCV      38 - 51\n",
     [("78012-2", "Negative", None, "N"), ("80382-5", "Positive", None, "N"), ("94558-4", "Negative", None, "N"),
      ("4544-3", "47", "%PCV", "N")]),
    # what the round's review found: a comment after a name's colon over its value, a sediment's words, a
    # zero-padded value, an 8 that is a count, an unheaded gas ending at the next heading or venous by a sample line
    # a blank line above it, a rapid antibody test
    ("Potássio: amostra levemente hemolisada\n   5,4 mmol/L      3,5 a 5,1 mmol/L\n",
     [("2823-3", "5,4", "mmol/L", "H")]),
    ("WBC     125.3   Critical   x10E3/uL   3.4-10.8   01\n"
     "WBC: critical value; smear reviewed by pathologist - see hematopathology consult.\n\n01 CCL Main Laboratory\n",
     [("6690-2", "125.3", "x10E3/uL", "HH")]),
    ("URINA TIPO I\nLeucócitos: raros por campo\n", [("30405-5", "raros", None, "N")]),
    ("VELOCIDADE DE HEMOSSEDIMENTAÇÃO\n   08 mm/h   Até 15 mm/h\n", [("4537-7", "08", "mm/h", "N")]),
    ("WBC\n8 x10^3/uL\nReference range: 4.0 - 11.0\n", [("6690-2", "8", "x10^3/uL", "N")]),
    ("i-STAT CG4+ (point of care)\npH  7.28\npCO2  55 mmHg\n\nBasic Metabolic Panel\nSodium 131 mmol/L\n"
     "Glucose 182 mg/dL\n", [("2744-1", "7.28", None, "N"), ("2019-8", "55", "mmHg", "N"),
                             ("2951-2", "131", "mmol/L", "N"), ("2345-7", "182", "mg/dL", "N")]),
    ("Sample type: Venous\n\npH  7.33\npCO2  49.0 mmHg\npO2  38 mmHg\n",
     [("2746-6", "7.33", None, "N"), ("2021-4", "49.0", "mmHg", "N"), ("2705-2", "38", "mmHg", "N")]),
    ("TESTE RÁPIDO COVID-19 IgG/IgM\nResultado: Reagente\n", []),
])
def test_what_the_fifth_sessions_round_taught(text: str, expected: list[tuple]) -> None:
    assert [(r.loinc, r.value_text, r.unit, r.flag) for r in parse_lab_report([text]).results] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a 5-part analyser's "#" (a count) and "%" after a cell type's short name; two parameter columns side by side
    ("Parameter  Result  Unit  Ref. Range  Parameter  Result  Unit  Ref. Range\n"
     "Neu#  11.22  H 10^9/L  2.00 - 7.00  HGB  9.9  L g/dL  11.0 - 15.0\n"
     "Lym%  13.6  L %  20.0 - 40.0  RDW-CV  18.4  H %  11.0 - 16.0\n",
     [("751-8", "11.22", "10^9/L", "H"), ("718-7", "9.9", "g/dL", "L"), ("736-9", "13.6", "%", "L"),
      ("788-0", "18.4", "%", "H")]),
    # a chart's axes under its titles are no values ("DIFF  RBC  PLT" over two histograms' axes)
    ("WBC  14.03  H 10^9/L  4.00 - 10.00\nDIFF  RBC  PLT\n100  200  300fL 0  10  20  30fL\n",
     [("6690-2", "14.03", "10^9/L", "H")]),
    # a terminal's specimen after a comma with no space is the urine's test (its creatinine is no serum's critical one);
    # a value of 24 flagged H after the name's gap is no 24-hour collection
    ("CREATININE,URINE                 152     mg/dL                           [442]\n"
     "UREA NITROGEN                     24 H   mg/dL          7 - 20           [442]\n"
     "EST AVERAGE GLUCOSE              280     mg/dL                           [442]\n"
     "LDL-CHOL (CALC)                  160 H   mg/dL          <100             [442]\n",
     [("2161-8", "152", "mg/dL", "N"), ("3094-0", "24", "mg/dL", "H"), ("27353-2", "280", "mg/dL", "N"),
      ("13457-7", "160", "mg/dL", "H")]),
    ("Proteinúria de 24 horas     150 mg/24h\n", [("2889-4", "150", "mg/24h", "N")]),
    # a report's title in capitals that a marker's name begins reads nothing from the patient's lines under it
    ("          HAEMOGLOBIN VARIANT ANALYSIS (HPLC) & FULL BLOOD COUNT\n"
     "  Patient   : Mrs. A. OKONKWO\n Age / Sex   : 26 years / Female\n", []),
    # a lab's chat message: "Name = value unit (acima)" and its range on the next line
    ("TIREOIDE\nTSH = 6,57 μUI/mL (acima)\nRef.: 0,38 a 5,33 μUI/mL\n", [("3016-3", "6,57", "μUI/mL", "H")]),
    # a form's two reference columns (SI and conventional): the value takes the unit of the range its size fits;
    # with only the other scale's range left, no unit (never 3.2 per mm³, critically low)
    ("WBC Count  3.2 L  5.0-10.0 ×10^9/L  5,000 - 10,000 /cumm\n", [("6690-2", "3.2", "×10^9/L", "L")]),
    ("WBC Count  3.2 L  5,000 - 10,000 /cumm\n", [("6690-2", "3.2", None, "L")]),
    # a formula is no result; a base excess's negative value takes its range's unit (no scale to tell apart)
    ("HbA1c   7.1 %   4.0 - 5.6\n  eAG (mg/dL) = 28.7 x HbA1c - 46.7\n", [("4548-4", "7.1", "%", "H")]),
    ("ARTERIAL BLOOD GAS\nBase Excess, Arterial      -5.0      -2.0 - 2.0 mmol/L\n", [("1925-7", "-5.0", "mmol/L", "L")]),
    # a reference column that names its marker again before each range ("Creatinina: 0,70 a 1,20 mg/dL"): the range
    # is the result's, not a second result (a scan's "3,5.a 5,1" still a range)
    ("Creatinina:  1,24 mg/dL  Creatinina: 0,70 a 1,20 mg/dL\n"
     "TFG estimada (CKD-EPI 2021):  65 mL/min/1,73m²  TFG: superior a 60 mL/min/1,73m²\n"
     "Potássio:  4,6 mEq/L  Potássio: 3,5.a 5,1 mEq/L\nTGO (AST):  50 U/L  TGO: 5 a 40 U/L\n",
     [("2160-0", "1,24", "mg/dL", "H"), ("98979-8", "65", "mL/min/1,73m²", "N"), ("2823-3", "4,6", "mEq/L", "N"),
      ("1920-8", "50", "U/L", "H")]),
    # ... its tier's word before the range; another marker's range a line below its own result is no result of it, but
    # another marker's result with a comparator in a second column is
    ("Colesterol total:  224 mg/dL  Colesterol total: desejável < 190 mg/dL\n"
     "Colesterol não-HDL:  177 mg/dL  Triglicerídeos: jejum < 150 mg/dL;\n"
     "Glicose:  95 mg/dL  70 a 99 mg/dL    Troponina I:  < 0,01 ng/mL\n",
     [("2093-3", "224", "mg/dL", "H"), ("43396-1", "177", "mg/dL", "N"), ("2345-7", "95", "mg/dL", "N"),
      ("10839-9", "< 0,01", "ng/mL", "N")]),
    # a licence's zero-padded number under a row with no result is no value of it
    ("Bleeding Time  1 - 3 min\nRemarks: repeat CBC after 24 hrs.\nMedical Technologist - Lic. No. 0085743\n", []),
    # an Indian haemogram's names with "Hb"; Portugal's "Conc. hemoglobínica globular média"
    ("Mean Corpuscular Hb (MCH)         28.5     pg      27 - 32\n"
     "Mean Corpuscular Hb Conc. (MCHC)  32.5     gm/dl   31.5 - 34.5\n"
     "Conc. hemoglobínica globular média (CHGM)   34,6   g/dL   31,0 - 36,0\n",
     [("785-6", "28.5", "pg", "N"), ("786-4", "32.5", "gm/dl", "N"), ("786-4", "34,6", "g/dL", "N")]),
    # what the round's review found: a "%" name without a unit cell is the percentage; of a row's ranges in two unit
    # systems the value takes the one it lies within, else the first (a critical glucose is in neither); a high
    # result far above its one limit keeps that limit's unit
    ("NEUT%  60.2  [40.0-75.0]\nNEUT#  3.9  [2.0-7.0]\n", [("770-8", "60.2", "%", "N"), ("751-8", "3.9", None, "N")]),
    ("Calcium    9.0    2.15-2.55 mmol/L    8.6-10.2 mg/dL\nFBS  36.24 H  3.89 - 6.10 mmol/L  70 - 110 mg/dL\n"
     "Troponin I, hs  5200  <14 ng/L\n",
     [("17861-6", "9.0", "mg/dL", "N"), ("14749-6", "36.24", "mmol/L", "HH"), ("89579-7", "5200", "ng/L", "H")]),
    # ... a 24-hour collection spelt as hours after the name's gap is still one; readings in capitals single-spaced after
    # a name are results, not a title's words; a formula after a result ends its cell; a tier's value is a result
    ("Creatinine Clearance  24 Hr     95 mL/min   80-120\n", []),  # (not its "24" either: no reading rather than that)
    ("VDRL NON REACTIVE\nHBSAG SERUM POSITIVE\nHbA1c          6.1 %      4.0-5.6     (eAG = 28.7 x HbA1c - 46.7)\n",
     [("5292-8", "NON", None, "N"), ("5196-1", "POSITIVE", None, "N"), ("4548-4", "6.1", "%", "H")]),
    ("Glicose:  95 mg/dL  70 a 99 mg/dL    Insulina: jejum 8,5 µUI/mL\n",
     [("2345-7", "95", "mg/dL", "N"), ("20448-7", "8,5", "µUI/mL", "N")]),
    # (from part E) a lab's "*" (outside the range) or "**" (critical) glued before the value
    (" Leucócitos (White cells)      *2.9     10³/µL     4.0 – 10.0\n Plaquetas (Platelets)    **6    10³/µL    150 – 450\n",
     [("6690-2", "2.9", "10³/µL", "L"), ("777-3", "6", "10³/µL", "LL")]),
    # (from part E) thousands grouped by spaces, the page's convention ("6 300 /µL", "150 000 – 400 000"), not a phone's
    ("Tel.: +244 923 413657\n Leucócitos      6 300       /µL      4 000 – 10 000\n"
     " Plaquetas       6 000 ▼▼     /µL      150 000 – 400 000\n",
     [("6690-2", "6,300", "/µL", "N"), ("777-3", "6,000", "/µL", "LL")]),  # (an English page: read "6,300")
    # (from part E) "M" labels a male's range after the value, it is no unit (moles per litre: a critical creatinine)
    ("Creatinine (μmol/L)  110  M 62-106 / F 44-80\n", [("14682-9", "110", "μmol/L", "N")]),
    # (from part D) a value beside two scales' one-sided ranges takes the first, its size in neither
    ("Total Cholesterol  5.61  < 5.20 mmol/L  < 200 mg/dL\n", [("14647-2", "5.61", "mmol/L", "H")]),
    # (from part E) a method column between the name and the result; a blood group's letters after its name
    (" Exame                                  Metodologia                    Resultado\n"
     " Grupo sanguíneo (ABO)                  Hemaglutinação em gel          A\n"
     " Hepatite B — HBsAg                     Quimioluminescência (CMIA)     Não reagente\n"
     " Sífilis (anticorpos anti-Treponema pallidum)    Quimioluminescência (CMIA)    Não reagente\n",
     [("883-9", "A", None, "N"), ("5196-1", "Não", None, "N"), ("22587-0", "Não", None, "N")]),
])
def test_what_the_sixth_sessions_round_taught(text: str, expected: list[tuple]) -> None:
    assert [(r.loinc, r.value_text, r.unit, r.flag) for r in parse_lab_report([text]).results] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bilingual report naming each test in Chinese with its values, the Portuguese name on the line below (Macau);
    # the other sex's range on the name's line; the header's sex after its Chinese word
    ("性別 Sexo:         女 F\n"
     " 血紅蛋白                                157                 g/L         男 H: 130 – 170\n"
     "  Hemoglobina                                           女 M: 115 – 150\n"
     " 肌酐                                93 ↑              µmol/L       男 H: 59 – 104\n"
     "  Creatinina                                            女 M: 45 – 84\n"
     " 中性粒細胞百分比                              61.8         %                 40.0 – 75.0\n"
     "  Neutrófilos (%)\n"
     " 乙型肝炎表面抗原                                  Positivo                 陰性 Negativo\n"
     "  AgHBs\n",
     [("718-7", "157", "g/L", "H"), ("14682-9", "93", "µmol/L", "H"), ("770-8", "61.8", "%", "N"),
      ("5196-1", "Positivo", None, "N")]),
    # a name that says urine is the urine's test outside a urinalysis; the albumin/creatinine ratio is always urine's
    (" Albumina (urina)     119.1 ↑  mg/L   < 20.0\n Creatinina (urina)   7.25    mmol/L   2.60 – 20.00\n"
     " Razão albumina/creatinina   16.4 ↑  mg/mmol   < 3.0\n",
     [("14957-5", "119.1", "mg/L", "H"), ("14683-7", "7.25", "mmol/L", "N"), ("32294-1", "16.4", "mg/mmol", "H")]),
    # a scan's flattened powers ("x109/L", "x1012/L"); Portugal's and Africa's "reactivo", "Vestígios", "Factor Rhesus"
    ("Eritrócitos  4,70 x1012/L  (4,50 - 5,90)\nLeucócitos  6,3 x109/L  (4,0 - 11,0)\n"
     "VIH 1/2 (Ac + Ag p24)  Não reactivo\nFactor Rhesus (D)  Positivo\n",
     [("789-8", "4,70", "x1012/L", "N"), ("6690-2", "6,3", "x109/L", "N"), ("56888-1", "Não", None, "N"),
      ("10331-7", "Positivo", None, "N")]),
    ("URINA TIPO II — exame químico\nHemoglobina  Vestígios\n", [("5794-3", "Vestígios", None, "N")]),
    # a scan's "mlU/mL" (the I read as an l); a scale's tier beside the value goes on under it: the normal tier counts
    ("FSH  7.30  mlU/mL  3.50 - 12.50\n25-OH Vitamin D (total)  23.5  L  ng/mL  Deficiency: < 20\n"
     "Insufficiency: 20 - 29\nSufficiency: 30 - 100\nPossible toxicity: > 100\n",
     [("15067-2", "7.30", "mlU/mL", "N"), ("62292-8", "23.5", "ng/mL", "L")]),
])
def test_what_the_seventh_sessions_round_taught(text: str, expected: list[tuple]) -> None:
    assert [(r.loinc, r.value_text, r.unit, r.flag) for r in parse_lab_report([text]).results] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a form's tick boxes: the ticked option is the result; a bare "URINE" heading starts the urine's tests; the
    # header's "Age / Sex   29 Yrs / Female" picks the female range of "M: … / F: …"
    ("Age / Sex           29 Yrs / Female\n"
     "   Haemoglobin                    11.7               g/dL             M: 13.0 - 17.0 / F: 12.0 - 15.0\n"
     "   HIV I & II                       ☐Reactive   ☒Non-reactive\n URINE\n"
     "   Albumin                     ☐Nil  ☒Trace  ☐Present\n   Pregnancy test (hCG)   [ ] Positive  [x] Negative\n",
     [("718-7", "11.7", "g/dL", "L"), ("56888-1", "Non-reactive", None, "N"), ("20454-5", "Trace", None, "N"),
      ("2106-3", "Negative", None, "N")]),
    # the reference before the result (Mozambique): per sex ("H 13,0 – 17,0 / M 12,0 – 15,5"), an arrow glued to the
    # value, a bound before a value that is the reference; a dash in the reference's place; a footnote's "(1)"
    ("Idade / Sexo:       38 anos / Feminino\n"
     " Parâmetro                         Valores de referência     Resultado       Unidades\n"
     "  Hemoglobina               H 13,0 – 17,0 / M 12,0 – 15,5  15,9              g/dL\n"
     "  Glóbulos brancos                    4,00 – 11,00         ↑16,83             x10⁹/L\n"
     "  Proteína C reactiva            < 5             ↑116            mg/L\n"
     "  Potássio                              3,5 – 5,1                         4,6 (1)       mmol/L\n"
     "  Factor Rh (D)             —                            Positivo\n",
     [("718-7", "15,9", "g/dL", "H"), ("6690-2", "16,83", "x10⁹/L", "H"), ("1988-5", "116", "mg/L", "H"),
      ("2823-3", "4,6", "mmol/L", "N"), ("10331-7", "Positivo", None, "N")]),
    # a strip's heading "URINA — tira reactiva"; an O blood group printed as a zero; "Ac. anti-Treponema"; "Rh (D) Type"
    ("URINA — tira reactiva\nProteínas  Vestígios  Negativo\nSangue  Negativo  Negativo\nGrupo sanguíneo (ABO)  0\n"
     "Sífilis — Ac. anti-Treponema (TR)  Não reactivo  Não reactivo\nRh (D) Type  NEGATIVE\n",
     [("20454-5", "Vestígios", None, "N"), ("5794-3", "Negativo", None, "N"), ("883-9", "O", None, "N"),
      ("22587-0", "Não", None, "N"), ("10331-7", "NEGATIVE", None, "N")]),
    # a printed flag of two words between the value and its unit ("CRIT HIGH"): the unit read, the critical limit applied
    ("Glucose, Random  603 CRIT HIGH  mg/dL  70-140\nSodium  118 CRIT  mmol/L  135-145\n",
     [("2345-7", "603", "mg/dL", "HH"), ("2951-2", "118", "mmol/L", "LL")]),
    # a leukogram's header with the reference column's unit ("VR absoluto (/mm³)"): the values' columns are % and /mm³
    # "Age/Sex: 54/F" read; a woman's range printed in the other unit system beside the value's is no range of it
    ("Age/Sex: 54/F\nCreatinine  74  M: 62 - 115 μmol/L  M 0.7-1.3 / F 0.6-1.1 mg/dL\n",
     [("14682-9", "74", "μmol/L", "N")]),
    ("  Leucograma                          Relativo (%)   Absoluto (/mm³)          VR absoluto (/mm³) — ambos os sexos\n"
     "     Neutrófilos                                56,1            3.977                        1.700 a 7.000\n",
     [("770-8", "56,1", "%", "N"), ("751-8", "3.977", "/mm³", "N")]),
])
def test_what_the_seventh_sessions_second_half_taught(text: str, expected: list[tuple]) -> None:
    assert [(r.loinc, r.value_text, r.unit, r.flag) for r in parse_lab_report([text]).results] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what the seventh session's review found: a value far beyond its sex's range keeps its flag (a sex's range named
    # twice, in two unit systems, is left to the unit); Spanish "No reactivo"
    ("Sex: Female\nCK                           25000      U/L       M: 39 - 308   F: 26 - 192\n"
     "Age/Sex: 54/F\nCreatinine  74  M: 62 - 115 μmol/L  M 0.7-1.3 / F 0.6-1.1 mg/dL\nHBsAg    No reactivo\n",
     [("2157-6", "25000", "U/L", "H"), ("14682-9", "74", "μmol/L", "N"), ("5196-1", "No", None, "N")]),
    # a dash or a slash in the result's column is a test not done: the previous result beside it is not this one
    ("Test                 Result    Previous (12/01/2024)   Unit     Reference\n"
     "Glucose              —         5.8                     mmol/L   3.9 - 6.1\n"
     "Potassium            /         4.1                     mmol/L   3.5 - 5.1\n", []),
    # a header's line in another script above a row with its own value gives that row nothing
    ("病歷號碼      88231        病房  5B\nHBsAg                Negative\n"
     "رقم الملف      45          العمر  37\nHemoglobin           L 10.9    g/dL      12.0 - 15.5\n",
     [("5196-1", "Negative", None, "N"), ("718-7", "10.9", "g/dL", "L")]),
    # "Urine" in a list of specimens, or a sentence after it, starts no urinalysis
    ("Specimens received:\nBlood\nUrine\n\nGlucose                   5.4       mmol/L    3.9 - 6.1\n"
     "Urine - sample not received, please resend\nCreatinine                88        umol/L    62 - 106\n",
     [("14749-6", "5.4", "mmol/L", "N"), ("14682-9", "88", "umol/L", "N")]),
    # a labelled number beside a value ("Prev. result: 38") is no tier: the lines under it are not its range
    ("Ferritin             45       ng/mL     Prev. result: 38 (01/2024)\nAdvice: recheck in 3 - 6 months\n",
     [("2276-4", "45", "ng/mL", "N")]),
    # a blood group before a comma or a full stop; a power of ten in brackets is no footnote
    ("Blood group          A, Rh positive\nGrupo sanguíneo:     O.\nPlatelets   250 10(3) /uL   150 - 400\n",
     [("883-9", "A", None, "N"), ("883-9", "O", None, "N"), ("777-3", "250", None, "N")]),
])
def test_what_the_seventh_sessions_review_found(text: str, expected: list[tuple]) -> None:
    assert [(r.loinc, r.value_text, r.unit, r.flag) for r in parse_lab_report([text]).results] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the name again in the report's other language after a slash, an aside and another of its names before it;
    # a second marker's name after the slash is no translation
    ("Test                              Result     Units     Reference values\n"
     "Haemoglobin / Hémoglobine          10.4       g/dL      M: 13.0 - 17.0 ; F: 12.0 - 16.0     L\n"
     "ESR (1st hour) / VS (1re heure)    24         mm/h      < 20                 H\n"
     "ALT (GPT) / ALAT (GPT)             25         U/L       < 45\n"
     "HIV 1+2 (rapid test) / VIH 1+2 (test rapide)      Negative / Négatif      Negative / Négatif\n"
     "Albumin / Globulin                 1.4                  1.1 - 2.2\n",
     [("718-7", "10.4", "g/dL", "L"), ("4537-7", "24", "mm/h", "H"), ("1742-6", "25", "U/L", "N"),
      ("56888-1", "Negative", None, "N")]),
    # a panel in a strip: analytes across, rows Result / Flag / Units / Ref. range under them; a name the catalogue
    # lacks keeps its column, a flag under one column and references under some are that column's
    (" Test               Neut            Lymph            T.Xyz             Neut            Lymph\n"
     " Result             84.4             9.5             4.5              11.58            1.30\n"
     " Flag                                                                  H\n"
     " Units               %                %               %               x10^9/L          x10^9/L\n"
     " Ref. range                                                           2.0-7.5          1.0-4.0\n",
     [("770-8", "84.4", "%", "N"), ("736-9", "9.5", "%", "N"), ("751-8", "11.58", "x10^9/L", "H"),
      ("731-0", "1.30", "x10^9/L", "N")]),
    # a section's heading saying its results' unit in words
    ("BIOQUÍMICA — resultados em mg/dL\nAnálise  Resultado  Valores de referência  Obs.\nGlicose  102  70-110\n"
     "Ureia  24  15-45\n",
     [("2345-7", "102", "mg/dL", "N"), ("3091-6", "24", "mg/dL", "N")]),
    # a receipt's table of charges: tests beside their prices, not results, to a blank line; a flag's letter glued
    # to its unit ("H%", "HU/L"), "L/L" a unit
    ("TEST\nRESULT  FLG UNIT  REF.RANGE\nHbA1c\n7.1  H%  4.0-6.0\nALT (SGPT)\n45  HU/L  <41\n"
     "PCV   0.45  L/L   0.40-0.50\nITEM  AMOUNT(GMD)\nFBS  150.00\nHbA1c  900.00\nTOTAL  5,200.00\n\n"
     "Exame   Preço (Kz)\nGlicose   1.500,00\n",
     [("4548-4", "7.1", "%", "H"), ("1742-6", "45", "U/L", "H"), ("4544-3", "0.45", "L/L", "N")]),
    # "Urina II" (Portugal's urinalysis) heads a urine section: its "Glicose" is the urine's
    ("URINA II — exame químico\nAnálise  Resultado  Unidade  Valores de referência\nGlicose  Negativo  Negativo\n",
     [("25428-4", "Negativo", None, "N")]),
])
def test_what_the_eighth_sessions_round_taught(text: str, expected: list[tuple]) -> None:
    assert [(r.loinc, r.value_text, r.unit, r.flag) for r in parse_lab_report([text]).results] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a differential's percentage and count with the count's range only: the range is the count's (nearest its
    # scale), the percentage has none; a cumulative row's two dated values share theirs
    ("Análise  Resultado  Unidades  Valores de referência\nNeutrófilos  62,6 %  4,80 x10^9/L  1,80 - 7,50\n"
     "                        10/03/24    02/04/24\nHAEMATOLOGY             08:40       09:15       Units      Ref\n"
     "Haemoglobin             98          121         g/L        115-165\n",
     [("770-8", "62,6", "%", "N"), ("751-8", "4,80", "x10^9/L", "N"), ("718-7", "98", None, "L"),
      ("718-7", "121", "g/L", "N")]),
    # an electrophoresis's fraction table: the % column measures no marker of the catalogue (not read), the g/dL
    # column's ranges in the values' order
    (" Fração                 %            g/dL             VR (%)                   VR (g/dL)\n"
     " Alfa-1 globulina       2,6          0,23             2,9 a 4,9                0,21 a 0,40\n"
     " Gama globulina         42,3         3,68             11,1 a 18,8              0,80 a 1,75\n",
     [("2865-4", "0,23", "g/dL", "N"), ("2874-6", "3,68", "g/dL", "H")]),
    # a newborn's age in days and its reference by days or hours of life
    ("Paciente: RN DE JOSEFA   Sexo: Masculino\nIdade: 3 dias (82 h de vida)\n"
     " Hemoglobina        15,8     g/dL     0 a 1 dia: 15,0 a 23,5\n"
     "                                      2 a 6 dias: 14,5 a 22,5\n"
     "                                      7 a 13 dias: 13,4 a 19,8\n"
     " Bilirrubina total  13,9     mg/dL    0 a 23 h: até 5,8\n"
     "                                      24 a 47 h: até 8,2\n"
     "                                      48 h a 5 dias: até 11,7\n",
     [("718-7", "15,8", "g/dL", "N"), ("1975-2", "13,9", "mg/dL", "H")]),
    # a typewriter's struck-out value ("xxx") before the one typed beside it; its litre as a one; "HbAlc"; "V.S."; a
    # dotted abbreviation ("R.D.W."); an HIV rapid test
    ("Glicémia  xxx 281 mg/dl  V.N.: 70-110\nsódio  143  mEq/1  V.N.: 135-145\nHbAlc (Hb glicada)  9,1  %  4,0-6,0\n"
     "V.S. (1.a hora)  25  mm/1.ª h  até 15\nR.D.W.  12,4 %  11,5 - 14,5\nN.A.  4\n"
     "HIV rapid test (Determine / Uni-Gold)    Non-reactive           Non-reactive\n",
     [("2345-7", "281", "mg/dl", "H"), ("2951-2", "143", "mEq/1", "N"), ("4548-4", "9,1", "%", "H"),
      ("4537-7", "25", "mm/1.ª", "H"), ("788-0", "12,4", "%", "N"), ("56888-1", "Non-reactive", None, "N")]),
])
def test_what_the_eighth_sessions_round_taught_next(text: str, expected: list[tuple]) -> None:
    assert [(r.loinc, r.value_text, r.unit, r.flag) for r in parse_lab_report([text]).results] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what the eighth session's review found: a strip table's "Units" row heads no rows under it
    ("Exame        Hemoglobina   Hematócrito   Leucócitos\nResultado    9,8           30            13.700\n"
     "Unidade      g/dL          %             /mm³\nReferência   12 a 16       36 a 46       4.000 a 11.000\n\n"
     "Glicose      105           70 a 99\n",
     [("718-7", "9,8", "g/dL", "L"), ("4544-3", "30", "%", "L"), ("6690-2", "13.700", "/mm³", "H"),
      ("2345-7", "105", None, "H")]),
    # words after a slash that make the name another quantity are no translation
    ("Test                               Result     Reference\nPlatelet / Lymphocyte Ratio (PLR)  310        50 - 150\n"
     "APTT / Ratio                       1.10       0.80 - 1.20\n"
     "Creatinine / Clearance             65 mL/min  90 - 140\n"
     "Haemoglobin / Fetal                1.2 %\nGlucose / Glycémie                 5.4 mmol/L 3.9 - 6.1\n",
     [("14749-6", "5.4", "mmol/L", "N")]),
    # a table of charges ends at a results table's header, and a value's unit in brackets is no currency
    ("ITEM                          AMOUNT(GMD)\nFull Blood Count              500\n"
     "Investigation                 Observed Value    Units      Reference Interval\n"
     "Haemoglobin                   9.8               g/dL       12.0 - 16.0\n"
     "Exame   Valor (seg)   Referência\nTTPa   42,0   25 a 35\n",
     [("718-7", "9.8", "g/dL", "L"), ("3173-2", "42,0", "seg", "H")]),
    # a gestational age is not the patient's; bands in bare "y"; "< 1 ano" ends at the first birthday
    ("Sex: Female   Gestational age: 28 weeks\nAge: 31 years\n"
     "Alkaline phosphatase  250  U/L  0-1 years: 150-420   2-17 years: 100-390   18-99 years: 40-130\n",
     [("6768-6", "250", "U/L", "H")]),
    ("Age: 12 years\nAlkaline phosphatase  180  U/L  1-9 y: 150-420  10-17 y: 130-525  >=18 y: 40-130\n",
     [("6768-6", "180", "U/L", "N")]),
    ("Idade: 15 meses\n"
     "Fosfatase alcalina  480 U/L  < 1 ano: 150 a 420   1 a 10 anos: 100 a 390   > 10 anos: 40 a 130\n",
     [("6768-6", "480", "U/L", "H")]),
    ("Idade: 15 meses\n"
     "Fosfatase alcalina  480 U/L  Até 1 ano: 150 a 420   1 a 10 anos: 100 a 390   > 10 anos: 40 a 130\n",
     [("6768-6", "480", "U/L", "H")]),
    # a strip's leukocytes per µL keep their unit; a zero-based range is the count's, not the percentage's
    ("URINALYSIS\nLeukocytes  75 Leu/uL  < 10 Leu/uL\n", [("30405-5", "75", None, "H")]),
    ("Eosinophils  0.6 %  0.03 x10^9/L  0.00 - 0.50\n",
     [("713-8", "0.6", "%", "N"), ("711-2", "0.03", "x10^9/L", "N")]),
    # a microalbumin strip's "ALB" is the urine's, never a serum albumin
    ("MICROALBUMIN / CREATININE STRIP (CLINITEK)\nALB          80 mg/L\n", []),
])
def test_what_the_eighth_sessions_review_found(text: str, expected: list[tuple]) -> None:
    assert [(r.loinc, r.value_text, r.unit, r.flag) for r in parse_lab_report([text]).results] == expected
