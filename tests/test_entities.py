"""Entities and ConText assertion in English and Portuguese, on sentences written for the test."""

from __future__ import annotations

import pytest

from nlp.encounters import extract_encounters
from nlp.entities import extract_entities


def statuses(text: str, language: str) -> dict[str, str]:
    return {fact.text.lower(): fact.assertion.status for fact in extract_entities(text, language, page=1)}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("He denies chest pain. Father had a stroke. History of asthma. Prior MI in 2015.", "en",
     {"chest pain": "negated", "stroke": "family", "asthma": "present", "mi": "historical"}),
    ("Family history is negative for hypertension.", "en", {"hypertension": "negated"}),
    ("Possible pneumonia. Return if you develop fever.", "en", {"pneumonia": "uncertain", "fever": "hypothetical"}),
    ("Risk of bleeding and DVT were discussed.", "en", {"dvt": "hypothetical"}),
    ("Healthy girl with no past medical history who presented with cough and fever.", "en",
     {"cough": "present", "fever": "present"}),
    ("Acidosis resolved and she was started on insulin.", "en", {"insulin": "present"}),
    ("- Do not stop aspirin\n- Call 911 if you have chest pain", "en", {"aspirin": "present", "chest pain": "hypothetical"}),
    ("Paciente nega febre, refere tosse.", "pt", {"febre": "negated", "tosse": "present"}),
    ("Mãe com diabetes. Antecedentes pessoais de hipertensão arterial. AVC em 2019.", "pt",
     {"diabetes": "family", "hipertensao arterial": "present", "avc": "historical"}),
    ("Afastada hipotireoidismo (TSH normal). Pneumonia foi descartada.", "pt",
     {"hipotireoidismo": "negated", "pneumonia": "negated"}),
    ("Pulmonary embolism was ruled out. Appendicitis excluded; gout unlikely.", "en",
     {"pulmonary embolism": "negated", "appendicitis": "negated", "gout": "negated"}),
    ("Sepsis ruled out; chest pain denied. No fever, but reports cough.", "en",
     {"sepsis": "negated", "chest pain": "negated", "fever": "negated", "cough": "present"}),
    ("Não se pode excluir pneumonia. Cannot exclude appendicitis.", "pt",
     {"pneumonia": "uncertain"}),
    ("History of pneumonia, resolved. Hypertension in follow-up.", "en",
     {"pneumonia": "historical", "hypertension": "present"}),
    ("Suspeita de pneumonia. Sem edema.", "pt", {"pneumonia": "uncertain", "edema": "negated"}),
    ("Existe o perigo de uma hipoglicemia.", "pt", {"hipoglicemia": "hypothetical"}),
    ("Sofre de epilepsia, sendo tratado com fenitoína, livre das crises convulsivas.", "pt",
     {"epilepsia": "present", "fenitoina": "present"}),
    # a label's "no" negates what follows it, and as the label's answer only the label
    ("Chest film: no pneumonia. Edema: none. Cough: yes; fever: no", "en",
     {"pneumonia": "negated", "edema": "negated", "cough": "present", "fever": "negated"}),
    ("Sem febre; refere cefaleia.", "pt", {"febre": "negated", "cefaleia": "present"}),
    ("Sem melhora da dispneia. Não só tosse como também febre.", "pt", {"dispneia": "present", "tosse": "present"}),
    ("HD: colecistite, a descartar pneumonia.", "pt", {"pneumonia": "uncertain"}),
    ("Antecedentes: depressão em acompanhamento no ambulatório.", "pt", {"depressao": "present"}),
    ("Aspirin started to reduce stroke risk. Findings may represent early pneumonia.", "en",
     {"stroke": "hypothetical", "pneumonia": "uncertain"}),
    # a form's own grammar: ticked boxes, signs, a label's or a triage line's answer
    ("Asma: (X) Sim ( ) Não\nEpilepsia: ( ) Sim (X) Não", "pt", {"asma": "present", "epilepsia": "negated"}),
    ("Diabetes: [ ] Yes [X] No", "en", {"diabetes": "negated"}),
    ("Comorbidities: HTN+, COPD-, asthma-", "en", {"htn": "present", "copd": "negated", "asthma": "negated"}),
    ("ROS: + dyspnea, - fever", "en", {"dyspnea": "present", "fever": "negated"}),
    ("Triagem: febre não, tosse sim.", "pt", {"febre": "negated", "tosse": "present"}),
    ("Cefaleia: não. Dispneia: sim.", "pt", {"cefaleia": "negated", "dispneia": "present"}),
    ("- Hipertensão arterial\n- Asma", "pt", {"hipertensao arterial": "present", "asma": "present"}),
    ("Wife says he has had a cough for a week.", "en", {"cough": "present"}),
    # what is not a form's answer: bullets, a dash, an answer that goes on, the next item's box
    ("Diagnóstico: - Pneumonia\nEm uso: - Losartana", "pt", {"pneumonia": "present", "losartana": "present"}),
    ("Cefaleia: não pulsátil. Febre- há 3 dias.", "pt", {"cefaleia": "present", "febre": "present"}),
    ("Asma: ( ) Sim ( ) Não    Epilepsia: ( ) Sim (X) Não", "pt", {"asma": "present", "epilepsia": "negated"}),
    ("History of myocardial infarction in 2010 followed by CABG.", "en", {"myocardial infarction": "historical"}),
])
def test_assertion_in_both_languages(text: str, language: str, expected: dict[str, str]) -> None:
    found = {key.translate(str.maketrans("ãáâéêíóôõúç", "aaaeeiooouc")): value
             for key, value in statuses(text, language).items()}
    assert {key: found.get(key) for key in expected} == expected


def test_medication_details_and_codes() -> None:
    facts = extract_entities("Started metformin 500 mg oral twice daily on 01/02/2024.", "en", page=3)
    metformin = next(f for f in facts if f.kind == "medication")
    assert (metformin.code_system, metformin.page) == ("DrugBank", 3)
    assert metformin.attributes == {"dose": "500 mg", "route": "oral", "frequency": "twice daily",
                                    "status": "active", "start": "01/02/2024"}


def test_brazilian_generic_maps_to_the_english_drug_id() -> None:
    english = next(f for f in extract_entities("Taking simvastatin 20 mg.", "en", page=1) if f.kind == "medication")
    portuguese = next(f for f in extract_entities("Em uso de sinvastatina 20 mg.", "pt", page=1)
                      if f.kind == "medication")
    assert english.code == portuguese.code and english.code is not None


def test_allergies_with_reaction_and_no_known_allergies_negated() -> None:
    allergy = next(f for f in extract_entities("Allergic to penicillin with rash, severe.", "en", page=1)
                   if f.kind == "allergy")
    assert allergy.name.lower().startswith("penicillin") and allergy.code is not None
    assert (allergy.assertion.status, allergy.attributes["severity"]) == ("present", "severe")
    assert allergy.attributes["reaction"] is not None
    none_known = [f for f in extract_entities("Nega alergias medicamentosas.", "pt", page=1) if f.kind == "allergy"]
    assert [(f.code, f.assertion.status) for f in none_known] == [("Z88.9", "negated")]


def test_allergy_reactions_stay_on_the_allergy_and_classes_are_allergens() -> None:
    facts = extract_entities("Alergias: dipirona (urticária), sulfa e látex. Alérgica a camarão.", "pt", page=1)
    assert [f for f in facts if f.kind in ("condition", "symptom")] == []  # urticária is the reaction
    allergies = {f.name: f.attributes["reaction"] for f in facts if f.kind == "allergy"}
    assert allergies == {"Dipyrone": "Urticária", "Sulfonamidas": None, "Látex": None, "Frutos do mar": None}
    assert not [f for f in extract_entities("Sulfa e contraste foram discutidos.", "pt", page=1)]


@pytest.mark.parametrize(("text", "language", "habit"), [
    ("Nega tabagismo.", "pt", "never"), ("Ex-tabagista, parou há 10 anos.", "pt", "former"),
    ("Tabagista, 20 cigarros por dia.", "pt", "current"), ("Never smoked.", "en", "never"),
    ("Former smoker.", "en", "former"), ("He quit smoking in 2010.", "en", "former"),
    # a form's answer to the habit's label, an "ex-" prefix, a clause saying it goes on now
    ("Tabagismo: não. Etilismo: social.", "pt", "never"), ("Tobacco: former, quit 2001.", "en", "former"),
    ("Alcohol: none.", "en", "never"), ("Ex-smoker since 2015.", "en", "former"),
    ("Social history: smokes 10 cigarettes a day.", "en", "current"),
    ("Tabagista ativo há 25 anos.", "pt", "current"), ("Fumava, atualmente parado.", "pt", "former"),
    ("Lifelong nonsmoker.", "en", "never"), ("Fumante: ( ) Sim ( ) Ex (X) Nunca", "pt", "never"),
    ("Tobacco: [ ] Current [X] Former [ ] Never", "en", "former"), ("Bebe 2 cervejas por dia.", "pt", "current"),
    ("He smokes quite a lot.", "en", "current"),
])
def test_habits_keep_their_status(text: str, language: str, habit: str) -> None:
    habits = [f for f in extract_entities(text, language, page=1) if f.kind == "lifestyle"]
    assert habits and habits[0].attributes["habit_status"] == habit


@pytest.mark.parametrize(("text", "language"), [
    ("Plano: Unimed Nacional   Carteirinha 0042   Operadora: Atlas Saúde", "pt"),  # ordinary words
    ("Potássio 4,5 mEq/L   Creatinina 1,1 mg/dL   Vitamina D 25-OH 18 ng/mL   Cálcio iônico 1,2 mmol/L", "pt"),
    ("Lítio sérico 0,8 mEq/L. Digoxin level 1.2 ng/mL.", "pt"),  # drug levels are lab results
    ("Insulina 12 uUI/mL (jejum)", "pt"),
])
def test_analytes_and_ordinary_words_are_not_drugs(text: str, language: str) -> None:
    assert [f.text for f in extract_entities(text, language, page=1) if f.kind == "medication"] == []


def test_ordinary_word_brand_names_need_corroboration() -> None:
    def medications(text: str) -> list[str]:
        return [f.name for f in extract_entities(text, "pt", page=1) if f.kind == "medication"]

    assert medications("Em uso de Frontal 0,5 mg à noite.") == ["Alprazolam"]
    assert medications("Cefaleia frontal há dois dias.") == []


def test_encounters_from_the_header_and_from_referrals() -> None:
    header = "**Admission Date:** 2025-01-10\n**Attending Physician:** Dr. Jane Wilson\n**Department:** Internal Medicine\n"
    own, = extract_encounters(header + "Referred to cardiology. Seen by the urologist today.", "en", page=1)[:1]
    assert (own.name, own.attributes["date"], own.attributes["professional"]) == (
        "Internal medicine", "2025-01-10", "Dr. Jane Wilson")
    mentioned = extract_encounters("Referenciada à consulta de imunoalergologia. Data: 03/04/2024", "pt", page=2)
    assert [(f.name, f.attributes["encounter_type"], f.assertion.status) for f in mentioned] == [
        ("Allergy and immunology", "referral", "hypothetical")]  # page 2: no header encounter
    seen = extract_encounters("Seen by the urologist today.", "en", page=2)
    assert [(f.name, f.attributes["encounter_type"], f.assertion.status) for f in seen] == [
        ("Urology", "consultation", "present")]
