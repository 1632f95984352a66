"""How search reads a question and a passage (nlp.terms, nlp.sections, nlp.pipeline) and ranks passages
(service.search.fused): pure functions, no database."""

from __future__ import annotations

from datetime import date

from nlp.facts import Analysis
from nlp.kinds import date_words
from nlp.pipeline import analyse, embedding_inputs, search_inputs
from nlp.sections import passages
from nlp.terms import Unit, meaning_text, question_units, terms
from service.search import fused


def matches(question: str, passage: str) -> list[bool]:
    """For each unit of the question, whether the passage has it."""
    held = terms(passage)
    return [unit.score(held, dict.fromkeys(unit.terms, 1.0)) > 0 for unit in question_units(question)]


def test_words_that_only_shape_a_question_ask_for_nothing() -> None:
    assert len(question_units("why was he in Orlando?")) == 1
    assert len(question_units("quanto tempo durou a cirurgia?")) == 3  # tempo, durou, cirurgia


def test_a_known_phrase_is_one_unit_met_by_its_synonyms_in_either_language() -> None:
    assert matches("falta de ar", "Chief complaint: shortness of breath on exertion.") == [True]
    assert matches("falta de ar", "Dyspnea NYHA II.") == [True]
    assert matches("kidney function", "Creatinina: 1,1 mg/dL (VR: 0,5 a 1,0)") == [True]
    assert matches("falta de ar", "Nega febre.") == [False]


def test_cognates_meet_across_the_two_spellings() -> None:
    assert "pneumococ" in terms("pneumococcal") & terms("pneumocócica")
    assert "ecocardiogram" in terms("echocardiogram") & terms("ecocardiograma")
    assert terms("hypertension") & terms("hipertensão")
    assert matches("pneumococcal", "Aplicada vacina pneumocócica 20-valente.") == [True]


def test_portuguese_words_are_stemmed_as_written_and_without_accents() -> None:
    assert "intern" in terms("internação")  # the Portuguese stemmer's rules expect the accents
    assert terms("internação") & terms("internacao")  # a scan that lost them still meets the word


def test_a_unit_counts_once_however_many_of_its_stems_a_passage_holds() -> None:
    unit = question_units("cirurgia")[0]
    held = terms("Cirurgia geral: surgery booked")
    weight = dict.fromkeys(held, 1.0)
    assert unit.score(held, weight) == 1.0


def test_a_portuguese_question_is_embedded_with_the_english_names_of_its_phrases() -> None:
    question = "inchaço nos tornozelos"
    text = meaning_text(question, question_units(question))
    assert text.startswith(question) and "swelling" in text and "ankle" in text
    assert meaning_text("ankle swelling", question_units("ankle swelling")) == "ankle swelling"


def test_passages_holding_the_same_words_rank_among_themselves_by_meaning() -> None:
    units = [Unit(((frozenset({"potass"}),),))]
    candidates = [{"id": "a", "similarity": 0.2, "matched": ["potass"], "asked": False},
                  {"id": "b", "similarity": 0.6, "matched": ["potass"], "asked": False},
                  {"id": "c", "similarity": 0.9, "matched": [], "asked": False}]
    scores, _ = fused(candidates, units)
    assert scores["b"] > scores["a"] > scores["c"]  # c, closest in meaning, holds no word asked for


def test_the_passage_holding_most_of_what_is_asked_outranks_closer_meanings_holding_less() -> None:
    """ "BP March 2023": the one passage holding the pressure, the month and the year comes first, though
    passages holding only the date are closer in an English-only meaning."""
    units = question_units("BP March 2023")
    dates = [{"id": f"date{n}", "similarity": 0.9 - n / 100, "matched": ["march", "2023"], "asked": False}
             for n in range(5)]
    pressures = [{"id": f"bp{n}", "similarity": 0.5 - n / 100, "matched": ["bp"], "asked": False} for n in range(5)]
    answer = {"id": "answer", "similarity": 0.1, "matched": ["pa", "march", "2023"], "asked": False}
    scores, rankings = fused([*dates, *pressures, answer], units)
    assert max(scores, key=scores.__getitem__) == "answer" and rankings == 3
    single, rankings = fused([*pressures, answer], question_units("BP"))
    assert max(single, key=single.__getitem__) == "bp0" and rankings == 2  # one unit: no such ranking
    named_twice, rankings = fused([*pressures, answer], question_units("BP (blood pressure)"))
    assert named_twice == single and rankings == 2  # one thing asked for, however many times it is named


BLOCKS = ("LABORATÓRIO VIDA\nPaciente: Maria   Data da coleta: 14/03/2023\n\n"
          "CREATININA\nResultado ...........: 1,1 mg/dL           (VR: 0,5 a 1,0)\n\n"
          "UREIA\nResultado ...........: 30 mg/dL            (VR: 15 a 40)\n\n"
          "POTÁSSIO\nResultado ...........: 5,2 mEq/L           (VR: 3,5 a 5,1)\n\n"
          "TSH\nResultado ...........: 2,8 µUI/mL          (VR: 0,4 a 4,5)\n")


def test_a_lab_block_is_not_cut_between_its_name_and_its_result() -> None:
    for passage in passages([BLOCKS]):
        for name in ("CREATININA", "UREIA", "POTÁSSIO", "TSH"):
            if name in passage.text:
                result = passage.text[passage.text.index(name):]
                assert "Resultado" in result, passage.text


def test_every_passage_is_searchable_by_its_documents_heading_and_date() -> None:
    analysis = analyse([BLOCKS], "lab_report")
    assert analysis.collected_on == date(2023, 3, 14) and len(analysis.passages) > 1
    assert analysis.heading == "LABORATÓRIO VIDA Paciente: Maria   Data da coleta: 14/03/2023"  # not its results
    for searched in search_inputs(analysis, embedding_inputs(analysis)):
        assert "LABORATÓRIO VIDA" in searched and "março 2023" in searched


def test_a_notes_heading_stops_at_its_first_section() -> None:
    note = ("EVOLUCAO CLINICA\nQueixa principal: dor toracica ha 2 dias.\nPaciente nega febre.\n"
            "Historia de infarto em 2020. Mae com diabetes mellitus tipo 2.\nEm uso de losartana 50 mg.")
    analysis = analyse([note], "clinical_note")
    assert analysis.heading == "EVOLUCAO CLINICA"
    searched = search_inputs(analysis, embedding_inputs(analysis))
    assert [("diabetes" in text) for text in searched].count(True) == 1


def test_a_heading_stops_at_the_first_clinical_fact_of_a_note_without_sections() -> None:
    note = "Paciente com dor torácica há 2 dias.\nMãe com diabetes mellitus.\nNega febre.\nEm uso de losartana 50 mg.\n"
    analysis = analyse([note], "clinical_note")
    assert analysis.heading is None or "diabetes" not in analysis.heading


def test_a_drug_asks_for_itself_and_its_class_never_for_another_drug() -> None:
    assert matches("amitriptilina", "Iniciada bupropiona 150 mg.") == [False]
    assert matches("amitriptilina", "Em uso de antidepressivo tricíclico.") == [True]
    assert matches("estatina", "Rosuvastatina 20 mg à noite.") == [True]
    assert matches("exams from May 2023", date_words(date(2023, 5, 2))) == [False, True, True]  # "may" asks


def test_a_category_asks_for_its_members_and_a_member_only_for_itself() -> None:
    assert matches("perfil lipídico", "LDL 130 mg/dL, HDL 42 mg/dL") == [True]
    assert matches("exame de imagem", "Tomografia de crânio sem contraste: normal.") == [True]
    assert matches("eletroterapia", "TENS convencional 100 Hz, 20 min, região lombar") == [True]
    assert matches("tosse", "Sintomas respiratórios ausentes.") == [False]  # not every respiratory symptom
    assert matches("TSH", "LDL 130 mg/dL") == [False]


def test_a_months_abbreviation_before_a_year_asks_for_the_month() -> None:
    assert matches("flare Oct 2023", date_words(date(2023, 10, 2))) == [False, True, True]
    assert matches("recidiva out/2023", date_words(date(2023, 10, 2))) == [False, True, True]
    assert matches("out of range", date_words(date(2023, 10, 2))) == [False, False]  # not before a year
    assert matches("in 1500 out 2000 mL", date_words(date(2000, 10, 2)))[1] is False  # a volume, not October


def test_findings_meet_across_the_two_languages() -> None:
    assert matches("heart block", "CONCLUSÃO: Bloqueio atrioventricular de 1º grau.") == [True]
    assert matches("estertores", "Lungs: crackles over the right lower lung field.") == [True]
    assert matches("heart block", "Ritmo sinusal regular.") == [False]


def test_passages_stay_within_their_size_after_an_early_blank_line() -> None:
    page = "x" * 58 + "\n\n" + "a" * 89 + "\n" + "b" * 149 + "\n"
    assert [len(p.text) for p in passages([page])] == [60, 90, 150]


def test_a_lab_results_names_reach_every_passage_its_block_runs_through() -> None:
    page = "HEMOGRAMA\n" + "Observação do laboratório sobre a coleta e o transporte da amostra. " * 2 + \
        "\nPOTÁSSIO\nResultado: 5,2 mEq/L (VR: 3,5 a 5,1)\n"
    analysis = analyse([page], "lab_report")
    potassium = next(lab for lab in analysis.labs if lab.marker.key == "potassium")
    inputs = embedding_inputs(analysis)
    spanned = [index for index, p in enumerate(analysis.passages) if p.start < potassium.end and potassium.start < p.end]
    assert all(potassium.marker.name_en in inputs[index] for index in spanned)


def test_an_analysis_without_a_heading_still_searches() -> None:
    analysis = Analysis(language="en", passages=passages(["Potassium 4.1"]), facts=[], labs=[])
    assert search_inputs(analysis, embedding_inputs(analysis))[0].startswith("Potassium 4.1")


def test_a_drugs_brand_asks_for_its_generic_names_and_class_not_for_the_classs_other_drugs() -> None:
    tylenol = set(question_units("Tylenol")[0].synonyms)
    assert {"paracetamol", "acetaminophen", "analgesic"} <= tylenol and "dipirona" not in tylenol
    assert {"mycophenolate", "cellcept"} <= set(question_units("MMF")[0].synonyms)


def test_a_lab_marker_is_asked_for_by_any_name_a_lab_prints_it_under() -> None:
    """The marker catalogue's names are search vocabulary: "UPCR" meets a row printed "Protein/creatinine ratio",
    "TIBC" one printed "Capacidade total de ligação do ferro". A name that is also an ordinary word ("blood") or
    too short to tell apart from one ("pt", "mg") never makes a question's word a marker: "atividade" is no
    prothrombin activity."""
    assert matches("UPCR March 2024", "Protein/creatinine ratio     96      H     <15    mg/mmol") == [True, False, False]
    assert matches("TIBC baixa?", "Capacidade total de ligação do ferro   314 ug/dL") == [True, False]
    assert matches("desidrogenase lática", "LDH   250 U/L") == [True]
    assert [unit.synonyms for unit in question_units("atividade pt mg mono")] == [(), (), (), ()]
    assert "hemoglobina" not in question_units("blood")[0].synonyms


def test_a_lab_markers_short_or_ordinary_names_are_neither_asked_for_nor_met() -> None:
    """Names under three letters and ordinary words stay out of the forms too: "magnésio" does not meet "500 mg", nor
    "cálcio" "CA de mama", nor "tempo de protrombina" a note's "Pt", nor "linfócitos" a lymph node; a strip's
    "hemoglobina" is the blood test's name, so it does not ask for occult blood."""
    for question, passage in (("magnésio", "Dipirona 500 mg"), ("cálcio", "CA de mama"),
                              ("tempo de protrombina", "Pt reports chest pain"), ("linfócitos", "lymph node biopsy"),
                              ("monócitos", "Mono positivo"), ("fator reumatoide", "FR 18 irpm"),
                              ("hemoglobina", "Sangue oculto nas fezes: positivo")):
        assert not any(matches(question, passage)), (question, passage)
