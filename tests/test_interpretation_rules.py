"""Each interpretation rule on its own, on hand-built histories (no graph): thresholds as their sources state."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import count

import pytest

from nlp.interpretation import rules
from nlp.interpretation.inputs import Fact, Lab, PatientHistory
from nlp.interpretation.report import SECTIONS, build

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
ids = count()


def at(days_ago: float) -> int:
    return int((NOW - timedelta(days=days_ago)).timestamp() * 1000)


def lab(marker: str, value: float, days_ago: float = 1, flag: str = "N", low: float | None = None,
        high: float | None = None, unit: str = "mg/dL") -> Lab:
    return Lab(f"lab-{next(ids)}", marker, value, unit, str(value), flag, low, high, at(days_ago))


def fact(kind: str, name: str, code: str | None = None, system: str | None = "ICD-10", status: str = "present",
         days_ago: float = 1, **extra: str) -> Fact:
    return Fact(f"fact-{next(ids)}", kind, name, f"{system}:{code or name}", system, code, status, at(days_ago), **extra)


def history(*items: Lab | Fact, sex: str | None = "female", age: int | None = 60) -> PatientHistory:
    born = date(NOW.year - age, 1, 1) if age is not None else None
    return PatientHistory(sex=sex, birth_date=born, facts=[i for i in items if isinstance(i, Fact)],
                          labs=[i for i in items if isinstance(i, Lab)], now=NOW)


def run(rule: rules.Rule, patient: PatientHistory, language: str = "en") -> list[rules.Finding]:
    return rule(patient, rules.Writer(language, UTC))


def test_ckd_epi_2021_matches_published_values() -> None:
    # Inker et al. 2021 equation, worked by hand: creatinine 1.0 mg/dL at 50 → 142 × (1/0.7)^-1.2 × 0.9938^50
    # × 1.012 = 68.6 (female); 142 × (1/0.9)^-1.2 × 0.9938^50 = 91.7 (male).
    assert round(rules.ckd_epi_2021(1.0, 50, female=True)) == 69
    assert round(rules.ckd_epi_2021(1.0, 50, female=False)) == 92
    assert round(rules.ckd_epi_2021(0.6, 30, female=True)) == 124  # by hand: 142 × 1.0379 × 0.8298 × 1.012
    assert [rules.kdigo_stage(v) for v in (95, 60, 59.9, 45, 30, 29, 14)] == \
        ["G1", "G2", "G3a", "G3a", "G3b", "G4", "G5"]


def test_kidney_function_stages_and_refers_below_30() -> None:
    found = run(rules.kidney_function, history(lab("creatinine", 2.6), sex="male", age=70))
    assert [f.rule for f in found] == ["egfr", "nephrology"] and "G4" in found[0].text
    assert run(rules.kidney_function, history(lab("creatinine", 0.8)))[0].severity == "info"
    missing = run(rules.kidney_function, history(lab("creatinine", 1.1), sex=None, age=None))
    assert "age, sex" in missing[0].text


def test_acute_kidney_injury_by_kdigo() -> None:
    rise = history(lab("creatinine", 1.0, days_ago=2), lab("creatinine", 1.3, days_ago=0.5))
    assert [f.cites for f in run(rules.acute_kidney_injury, rise)] == [tuple(result.id for result in rise.labs)]
    slow = history(lab("creatinine", 1.0, days_ago=30), lab("creatinine", 1.3, days_ago=0.5))
    assert run(rules.acute_kidney_injury, slow) == []
    relative = history(lab("creatinine", 0.8, days_ago=6), lab("creatinine", 1.2, days_ago=0))
    assert run(rules.acute_kidney_injury, relative)[0].severity == "critical"


def test_hemoglobin_drop_of_two_grams() -> None:
    assert run(rules.hemoglobin_drop, history(lab("hemoglobin", 13.5, 10, unit="g/dL"), lab("hemoglobin", 11.4, 2,
                                                                                              unit="g/dL")))
    assert not run(rules.hemoglobin_drop, history(lab("hemoglobin", 13.5, 10), lab("hemoglobin", 11.6, 2)))
    assert not run(rules.hemoglobin_drop, history(lab("hemoglobin", 13.5, 60), lab("hemoglobin", 11.0, 2)))


def test_critical_and_abnormal_values_use_the_latest_result() -> None:
    patient = history(lab("potassium", 6.9, 1, "HH", 3.5, 5.1, "mmol/L"), lab("glucose", 131, 1, "H", 70, 99),
                      lab("sodium", 120, 30, "LL"), lab("sodium", 139, 1, "N"))
    assert [f.rule for f in run(rules.critical_values, patient)] == ["critical"]
    assert "Potassium" in run(rules.critical_values, patient)[0].text
    [glucose] = run(rules.abnormal_values, patient)
    assert "above its reference range (70–99)" in glucose.text


def test_glycemia_against_ada_thresholds() -> None:
    diabetic = fact("condition", "Diabetes mellitus type 2", "E11")
    assert "above the usual goal" in run(rules.glycemia, history(lab("hba1c", 8.1, unit="%"), diabetic))[0].text
    assert "within the usual goal" in run(rules.glycemia, history(lab("hba1c", 6.8, unit="%"), diabetic))[0].text
    assert "diabetes range" in run(rules.glycemia, history(lab("hba1c", 6.5, unit="%")))[0].text
    assert "prediabetes" in run(rules.glycemia, history(lab("hba1c", 5.7, unit="%")))[0].text
    assert run(rules.glycemia, history(lab("hba1c", 5.6, unit="%"))) == []
    assert "if fasting" in run(rules.glycemia, history(lab("glucose", 130)))[0].text


def test_ldl_goal_by_the_risk_the_record_establishes() -> None:
    infarction = fact("condition", "Old myocardial infarction", "I25.2")
    assert "< 55" in run(rules.ldl_goal, history(lab("ldl", 80), infarction))[0].text
    diabetic = fact("condition", "Diabetes mellitus type 2", "E11")
    assert "within the goal of < 70" in run(rules.ldl_goal, history(lab("ldl", 65), diabetic))[0].text
    assert "does not establish" in run(rules.ldl_goal, history(lab("ldl", 130)))[0].text


@pytest.mark.parametrize(("tsh", "ft4", "pattern"), [
    ("H", "L", "overt hypothyroidism"), ("H", "N", "subclinical hypothyroidism"),
    ("L", "H", "overt hyperthyroidism"), ("L", "N", "subclinical hyperthyroidism"), ("N", "N", None)])
def test_thyroid_patterns(tsh: str, ft4: str, pattern: str | None) -> None:
    found = run(rules.thyroid, history(lab("tsh", 7.0, flag=tsh), lab("free_t4", 1.0, flag=ft4)))
    assert [f.text.split("pattern of ")[1].rstrip(".") for f in found] == ([pattern] if pattern else [])


def test_anaemia_by_who_threshold_and_mcv() -> None:
    [woman] = run(rules.anaemia, history(lab("hemoglobin", 11.5), lab("mcv", 72, unit="fL"), sex="female"))
    assert "microcytic" in woman.text and len(woman.cites) == 2
    assert run(rules.anaemia, history(lab("hemoglobin", 12.5), sex="female")) == []
    assert run(rules.anaemia, history(lab("hemoglobin", 12.5), sex="male"))


def test_liver_pattern_by_r_ratio() -> None:
    def pattern(alt: float, alp: float) -> str:
        return run(rules.liver, history(lab("alt", alt, high=40), lab("alp", alp, high=120)))[0].text
    assert "hepatocellular" in pattern(400, 130)
    assert "cholestatic" in pattern(45, 400)
    assert "mixed" in pattern(120, 150)
    assert run(rules.liver, history(lab("alt", 30, high=40), lab("alp", 100, high=120))) == []


def test_drug_allergy_by_class_and_by_drug() -> None:
    penicillin = fact("allergy", "Penicillins", "penicillins", system="drug", reaction="Urticária")
    amoxicillin = fact("medication", "Amoxicillin", "DB01060", system="DrugBank")
    [conflict] = run(rules.drug_allergy, history(penicillin, amoxicillin))
    assert set(conflict.cites) == {penicillin.id, amoxicillin.id} and "(Urticária)" in conflict.text
    dipyrone = fact("allergy", "Dipyrone", "DB04817", system="DrugBank")
    assert run(rules.drug_allergy, history(dipyrone, fact("medication", "Dipyrone", "DB04817", system="DrugBank")))
    assert run(rules.drug_allergy, history(penicillin, fact("medication", "Losartan", "DB00678",
                                                            system="DrugBank"))) == []
    stopped = fact("medication", "Amoxicillin", "DB01060", system="DrugBank", medication_status="stopped")
    assert run(rules.drug_allergy, history(penicillin, stopped)) == []


def test_duplicate_therapy_in_one_atc_subgroup() -> None:
    losartan = fact("medication", "Losartan", "DB00678", system="DrugBank")
    valsartan = fact("medication", "Valsartan", "DB00177", system="DrugBank")
    enalapril = fact("medication", "Enalapril", "DB00584", system="DrugBank")
    [duplicate] = run(rules.duplicate_therapy, history(losartan, valsartan, enalapril))
    assert "C09CA" in duplicate.text and set(duplicate.cites) == {losartan.id, valsartan.id}


def test_care_gaps() -> None:
    diabetic = fact("condition", "Diabetes mellitus type 2", "E11")
    assert [f.rule for f in run(rules.care_gaps, history(diabetic, lab("hba1c", 7.0, days_ago=200)))] == \
        ["care_gap_hba1c"]
    assert run(rules.care_gaps, history(diabetic, lab("hba1c", 7.0, days_ago=100))) == []
    hypertensive = fact("condition", "Essential hypertension", "I10")
    [gap] = run(rules.care_gaps, history(hypertensive, lab("creatinine", 1.0, days_ago=30)))
    assert "no potassium" in gap.text
    assert run(rules.care_gaps, history(hypertensive, lab("creatinine", 1.0, 30), lab("potassium", 4.1, 30))) == []


def test_smoking_counts_only_while_current() -> None:
    smoker = fact("lifestyle", "Tabagismo", system=None, days_ago=100)
    assert run(rules.smoking, history(smoker))
    quit_later = fact("lifestyle", "Tabagismo", system=None, status="historical", days_ago=10)
    assert run(rules.smoking, history(smoker, quit_later)) == []


def test_report_has_every_section_and_cites_only_offered_ids_in_both_languages() -> None:
    patient = history(lab("potassium", 6.9, 1, "HH", 3.5, 5.1, "mmol/L"), lab("creatinine", 1.4),
                      fact("condition", "Diabetes mellitus type 2", "E11", days_ago=200),
                      fact("medication", "Metformin", "DB00331", system="DrugBank"))
    offered = {item.id for item in (*patient.facts, *patient.labs)}
    for language in ("en", "pt-BR"):
        report = build(patient, language, UTC, records=2)
        assert tuple(report.sections) == SECTIONS
        assert report.cited() <= offered
        assert all(s.cites for name in SECTIONS for s in report.sections[name] if name != "interpretation")
        assert report.sections["abnormal_findings"][0].severity == "critical"
    assert "Potássio" in build(patient, "pt-BR", UTC, 2).sections["abnormal_findings"][0].text


def test_allergy_classes_follow_pharmacology_not_just_the_atc_tree() -> None:
    sulfa = fact("allergy", "Sulfonamides", "sulfonamides", system="drug")
    trimethoprim = fact("medication", "Trimethoprim", "DB00440", system="DrugBank")
    sulfamethoxazole = fact("medication", "Sulfamethoxazole", "DB01015", system="DrugBank")
    assert [f.cites[0] for f in run(rules.drug_allergy, history(sulfa, trimethoprim, sulfamethoxazole))] == \
        [sulfamethoxazole.id]
    nsaids = fact("allergy", "AINEs", "aines", system="drug")
    aspirin = fact("medication", "Aspirin", "DB00945", system="DrugBank")
    dipyrone = fact("medication", "Dipyrone", "DB04817", system="DrugBank")
    assert len(run(rules.drug_allergy, history(nsaids, aspirin, dipyrone))) == 2  # EAACI cross-reactivity


def test_dual_antiplatelet_therapy_is_not_a_duplicate() -> None:
    aspirin = fact("medication", "Aspirin", "DB00945", system="DrugBank")
    clopidogrel = fact("medication", "Clopidogrel", "DB00758", system="DrugBank")
    assert run(rules.duplicate_therapy, history(aspirin, clopidogrel)) == []


def test_adult_thresholds_are_not_applied_to_children() -> None:
    child = history(lab("creatinine", 0.5), lab("hemoglobin", 11.5, unit="g/dL"), age=10, sex="male")
    assert "adults" in run(rules.kidney_function, child)[0].text
    assert run(rules.anaemia, child) == []


def test_old_results_do_not_raise_alarms() -> None:
    old = history(lab("potassium", 6.9, days_ago=200, flag="HH", unit="mmol/L"))
    [past] = run(rules.critical_values, old)
    assert past.severity == "high" and "no newer result" in past.text
    rise = history(lab("creatinine", 1.0, days_ago=202), lab("creatinine", 1.5, days_ago=200))
    assert run(rules.acute_kidney_injury, rise) == []


def test_egfr_is_not_staged_during_an_acute_rise_and_is_staged_as_printed() -> None:
    rising = history(lab("creatinine", 1.0, days_ago=2), lab("creatinine", 1.6, days_ago=0.5), sex="male", age=60)
    found = run(rules.kidney_function, rising)
    assert [f.rule for f in found] == ["egfr"] and "steady state" in found[0].text
    for creatinine in (0.8, 1.05, 1.3, 1.9, 2.6):
        [stated, *_] = run(rules.kidney_function, history(lab("creatinine", creatinine), sex="female", age=70))
        printed = int(stated.text.split("Estimated GFR ")[1].split(" ")[0])
        assert rules.kdigo_stage(printed) in stated.text


def test_young_diabetics_have_no_inferred_ldl_risk() -> None:
    diabetic = fact("condition", "Diabetes mellitus type 2", "E11")
    assert "does not establish" in run(rules.ldl_goal, history(lab("ldl", 120), diabetic, age=40))[0].text
    assert "< 70" in run(rules.ldl_goal, history(lab("ldl", 120), diabetic, age=55))[0].text
