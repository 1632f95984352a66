"""Which panel of a general lab report each marker belongs to, for grouping the page's lab charts in the
order a report prints them (markers not listed go under "Other")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

PANELS: tuple[tuple[dict[str, str], tuple[str, ...]], ...] = (
    ({"en": "Blood count", "pt": "Hemograma"}, (
        "hemoglobin", "hematocrit", "rbc", "mcv", "mch", "mchc", "rdw", "wbc", "neutrophils", "band_neutrophils",
        "lymphocytes", "monocytes", "eosinophils", "basophils", "platelets", "mpv", "reticulocytes")),
    ({"en": "Glucose metabolism", "pt": "Metabolismo glicídico"}, ("glucose", "hba1c", "eag", "insulin")),
    ({"en": "Lipids", "pt": "Lipídios"}, ("cholesterol_total", "hdl", "ldl", "vldl", "non_hdl", "triglycerides")),
    ({"en": "Kidney and electrolytes", "pt": "Função renal e eletrólitos"}, (
        "creatinine", "egfr", "urea", "bun", "uric_acid", "sodium", "potassium", "chloride", "bicarbonate",
        "total_co2", "calcium", "calcium_corrected", "ionized_calcium", "magnesium", "phosphorus")),
    ({"en": "Liver", "pt": "Função hepática"}, (
        "alt", "ast", "alp", "ggt", "bilirubin_total", "bilirubin_direct", "bilirubin_indirect", "albumin",
        "total_protein", "globulin", "ag_ratio", "ldh")),
    ({"en": "Thyroid", "pt": "Tireoide"}, ("tsh", "free_t4", "free_t3", "total_t3", "total_t4", "anti_tpo")),
    ({"en": "Iron and vitamins", "pt": "Ferro e vitaminas"}, (
        "iron", "ferritin", "transferrin", "tibc", "transferrin_saturation", "vitamin_b12", "folate", "vitamin_d")),
    ({"en": "Coagulation", "pt": "Coagulação"}, ("inr", "pt_seconds", "aptt", "fibrinogen", "d_dimer")),
    ({"en": "Inflammation", "pt": "Inflamação"}, ("crp", "hs_crp", "esr", "procalcitonin")),
)
OTHER = {"en": "Other", "pt": "Outros"}


def grouped(items: list[T], key: Callable[[T], str], language: str) -> list[tuple[str, list[T]]]:
    """(panel name, its items in panel order), panels in report order, empty panels left out."""
    lang = "pt" if language.startswith("pt") else "en"
    by_key = {key(item): item for item in items}
    placed: set[str] = set()
    panels = []
    for names, keys in PANELS:
        members = [by_key[k] for k in keys if k in by_key]
        placed.update(k for k in keys if k in by_key)
        if members:
            panels.append((names[lang], members))
    rest = [item for item in items if key(item) not in placed]
    if rest:
        panels.append((OTHER[lang], rest))
    return panels
