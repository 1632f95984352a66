"""Classify a document's text into one of the nine document types, in English or Portuguese.

A weighted lexicon of each type's telltale phrases (headers, form vocabulary, units), scored on
accent-folded lower-case text; the confidence is a softmax over the scores. Deterministic, explainable
and offline; its accuracy is measured on a labelled set (tests/test_classification_eval.py).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from nlp.text import fold

# (pattern, weight) per type; patterns are regexes over accent-folded lower-case text.
LEXICON: dict[str, tuple[tuple[str, float], ...]] = {
    "lab_report": (
        (r"\bhemograma\b", 4), (r"complete blood count|\bcbc\b", 4), (r"valores? de referencia", 3),
        (r"reference (range|interval)|ref\.? range", 3), (r"\blaborat(orio|ory)\b", 2), (r"\banalyte\b", 2),
        (r"\b(hemoglobin|hemoglobina|hematocrit|hematocrito|leucocitos|leukocytes|plaquetas|platelets)\b", 1.5),
        (r"\b(glicose|glucose|creatinin[ae]|colesterol|cholesterol|triglicerideos|triglycerides|tsh|sodium|sodio|potassium|potassio)\b", 1.5),
        (r"\b(metabolic|lipid|thyroid) panel\b|\bpainel\b", 2), (r"\bcoleta\b|collection date|specimen|\bamostra\b", 1.5),
        (r"\bmaterial:? *(sangue|soro|urina)", 2), (r"\burin(alysis|a tipo)", 2), (r"\bresultados?\b|\bresults?\b", 0.5),
        (r"\bflag\b", 1),
    ),
    "prescription": (
        (r"\breceit(a|uario)\b", 4), (r"\bprescri(cao|ption)\b", 2), (r"\buso (oral|continuo|topico)\b", 3),
        (r"\bposologia\b", 3), (r"\bsig:", 3), (r"\bdispense\b|\brefills?\b", 3),
        (r"\btomar\b|\btake (one|1|two|2)\b", 1.5), (r"\b(comprimidos?|capsulas?|tablets?|capsules?)\b", 1.5),
        (r"\b(\d+ ?(em|/) ?\d+ ?h(oras)?|de \d+ em \d+ horas|\d+x ao dia|(once|twice) daily|bid|tid|qid|prn)\b", 2),
        (r"\b(by mouth|via oral|\bpo\b)", 1.5), (r"\bcrm\b", 1),
    ),
    "referral": (
        (r"\bencaminh(amento|o)\b", 4), (r"\breferral\b|\breferred to\b|\brefer(ring)? (the patient )?to\b", 4),
        (r"solicito (avaliacao|parecer)|pe[cç]o (avaliacao|parecer)", 3), (r"consultation request|\bparecer\b", 2),
        (r"\bprezad[oa] (colega|dr)|\bdear dr\b|\bdear colleague\b", 3), (r"please (evaluate|see)\b", 2),
        (r"\bcontrarreferencia\b|\bcontra-referencia\b", 3),
    ),
    "consent_form": (
        (r"termo de consentimento|consentimento (livre|informado)|\btcle\b", 6), (r"consent form|consent to (treatment|surgery|procedure)", 6),
        (r"\bi,? .{0,60}\b(hereby )?(consent|authori[sz]e)\b|\beu,? .{0,60}\b(autorizo|declaro|consinto)\b", 4),
        (r"(consent|consentimento) (was |foi )?(obtained|signed|obtido|assinado|explained)|obtained (informed )?consent", -6),
        (r"\bi hereby\b|\bdeclaro que\b", 2), (r"\bautorizo\b|\bauthori[sz]e\b", 2),
        (r"\briscos\b|risks and benefits|\brisks\b", 1.5), (r"\btestemunhas?\b|\bwitness\b", 2),
        (r"\bassinatura\b|\bsignature\b", 1.5), (r"\brevogar\b|\bwithdraw\b", 1),
    ),
    "insurance_doc": (
        (r"\bconvenio\b|plano de saude|\boperadora\b", 3), (r"\bguia (tiss|sp/?sadt|de consulta)\b|\btiss\b", 5),
        (r"\bcarteir(inha|a do beneficiario)\b|\bbeneficiario\b", 3), (r"\bans\b", 1),
        (r"\binsurance\b|\binsurer\b|health plan", 3), (r"policy (number|holder)|member id|group number", 3),
        (r"\bclaim\b|prior authori[sz]ation|explanation of benefits|\beob\b|\bcopay", 3),
        (r"autorizacao previa|numero da guia|\bglosa\b", 3),
    ),
    "imaging": (
        (r"\b(radiografia|raio-?x|rx de|tomografia|ressonancia|ultrassonografia|ultrassom|ecografia|mamografia|cintilografia)\b", 4),
        (r"\b(x-?ray|radiograph|ct scan|computed tomography|mri\b|magnetic resonance|ultrasound|sonograph|mammogra|pet-?ct)", 4),
        (r"\bimpress(ion|ao):", 2), (r"\bfindings:|\bachados:", 2), (r"\btecnica:|\btechnique:", 2),
        (r"\bcontraste?\b|\bcontrast\b", 1.5), (r"\bbi-?rads\b|hounsfield|\blaudo radiologico\b|\bradiolog", 3),
        (r"\bincidencias?\b|\bviews?:|\bsagittal|\baxial\b|\bcoronal\b", 1),
    ),
    "exam_result": (
        (r"\beletrocardiograma\b|\becg\b|\bekg\b|electrocardiogram", 4), (r"\becocardiograma\b|echocardiogra", 3),
        (r"ejection fraction|fracao de ejecao|\bm-?mode\b|\b2-?d (study|echo)|doppler", 3),
        (r"\b(left|right) (ventric|atri)|\bventriculo\b|\b(mitral|aortic|tricuspid) valve|\bvalva\b", 1.5),
        (r"\bespirometria\b|spirometry|\bholter\b|teste ergometrico|stress test|\bmapa de 24", 4),
        (r"\bendoscopia\b|\bcolonoscopia\b|endoscopy|colonoscopy", 4),
        (r"\bbiopsia\b|\bbiopsy\b|anatomopatologico|histopatologico|pathology report|\bcitologia\b", 4),
        (r"\baudiometria\b|audiometry|eletroencefalograma|\beeg\b|densitometria|polissonografia", 4),
        (r"\bconclusao:|\bconclusion:", 1.5), (r"\blaudo\b", 1),
    ),
    "clinical_note": (
        (r"\bevolucao\b|\banamnese\b|\bprontuario\b", 3), (r"queixa principal|\bhda\b|historia da doenca atual", 4),
        (r"chief complaint|history of present illness|\bhpi\b", 4), (r"exame fisico|physical exam(ination)?", 3),
        (r"hipotese diagnostica|\bconduta\b|assessment and plan|\bassessment:|\bplan:", 3),
        (r"review of systems|\bsubjective\b|\bobjective\b", 2), (r"discharge summary|resumo de alta|alta hospitalar", 4),
        (r"progress note|nota de evolucao|relato de caso|case report", 3),
        (r"\b(operative|procedure) (note|report)|pre-?operative diagnos[ie]s|post-?operative diagnos[ie]s", 5),
        (r"descricao cirurgica|operation performed|procedures? performed|description of (the )?(procedure|operation)", 4),
        (r"hospital course|final diagnos[ie]s|admission diagnos|discharge diagnos|\banesthesia:|estimated blood loss", 3),
        (r"\bfollow-?up\b|\bconsult(ation)?\b|\breason for (visit|consult)|\bmedications?:|\ballergies:", 1),
        (r"\bprocedure:|\boperation:|\bdescription:|prepped and draped|\bincision\b|\bsutured?\b|\bsurgeon:", 2),
        (r"\bthe patient (was|is) (placed|brought|taken)|\bin the (supine|prone|lithotomy) position", 2),
        # Narrative about a patient (case reports, evolutions) rather than a form or a list of doses.
        (r"\b(sr|sra)\.|\b(o|a) paciente\b|\bpaciente (do sexo|de \d+|com|tem|e)\b", 2),
        (r"sob terapia|em tratamento|foi medicad|sendo medicad|queix(ou|a)-se|se queixou|apresent(ou|ava)|deu entrada|internad", 2.5),
        (r"historia clinica|historico medico|relato de caso|\bcaso clinico\b", 2),
        (r"\b(years? old|anos de idade|\d+ anos)\b", 1), (r"\bpaciente\b|\bpatient\b", 0.5),
        (r"\bantecedentes\b|past medical history|\bpmh\b", 2),
    ),
}
UNIT = re.compile(r"\d\s*(mg/dl|g/dl|mmol/l|meq/l|u/l|ui/l|ng/ml|pg/ml|fl|pg|/mm3|/ul|/µl|x10\^?\d+/l|mil/mm3)\b")
TEMPERATURE = 1.5
MIN_EVIDENCE = 2.0


@dataclass(frozen=True)
class Classification:
    document_type: str
    confidence: float
    scores: dict[str, float]


_COMPILED = {kind: tuple((re.compile(p), w) for p, w in cues) for kind, cues in LEXICON.items()}


def scores(text: str) -> dict[str, float]:
    folded = fold(text)
    result = {kind: sum(w for pattern, w in cues if pattern.search(folded)) for kind, cues in _COMPILED.items()}
    result["lab_report"] += min(len(UNIT.findall(folded)), 8) * 0.75
    return result


def classify(text: str) -> Classification:
    """The most evident type; `other` when nothing is evident enough."""
    found = scores(text)
    best = max(found, key=found.__getitem__)
    if found[best] < MIN_EVIDENCE:
        return Classification("other", 0.5, found)
    exps = {kind: math.exp((score - found[best]) / TEMPERATURE) for kind, score in found.items()}
    confidence = exps[best] / sum(exps.values())
    return Classification(best, round(confidence, 4), found)
