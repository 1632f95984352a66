"""Classification accuracy on a labelled set: the public corpus (real extraction, OCR included) plus
hand-written documents for the types the corpus lacks. Prints per-class accuracy; holds ≥ 90%."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

from ingestion.extraction import extract
from ingestion.filetypes import sniff
from nlp.classify import classify
from tests.classification_fixtures import LABELLED
from tests.support import CORPUS

MTSAMPLES_LABELS = [  # sample-name pattern → type, for the mtsamples rows used
    (r"echocardiogram|doppler", "exam_result"),
    (r"ultrasound|bone scan", "imaging"),
    (r"\bletter\b", "referral"),
    (r"consult|discharge summary|followup|follow-up", "clinical_note"),
    (r"^(vasectomy|circumcision|cystoscopy|orchiectomy|hydrocele repair|total knee replacement)", "clinical_note"),
]


def file_text(path: Path) -> str:
    return "\n".join(extract(path, sniff(path.read_bytes()[:65536]) or "").pages)


def corpus_documents() -> list[tuple[str, str, str]]:
    labelled: list[tuple[str, str, str]] = []
    for pdf in sorted(CORPUS.glob("lab_pdfs_*/**/*.pdf")):
        labelled.append(("lab_report", pdf.name, file_text(pdf)))
    for image in sorted(CORPUS.glob("images/mgetech_scanned_lab_reports/*.jpg")):
        labelled.append(("lab_report", image.name, file_text(image)))
    for image in sorted(CORPUS.glob("images/cbis_ner_spacy_pt_renderings/*.png")):
        labelled.append(("clinical_note", image.name, file_text(image)))
    for word in sorted(CORPUS.glob("docx/*.docx")):
        labelled.append(("lab_report" if "lab" in word.name else "clinical_note", word.name, file_text(word)))
    for note in sorted(CORPUS.glob("clinical_notes_en/aividahealth_fictional_discharge/patient-*.md")):
        labelled.append(("clinical_note", note.name, note.read_text()))
    for note in sorted(CORPUS.glob("clinical_notes_pt/*/*.txt")):
        labelled.append(("clinical_note", note.name, note.read_text()))
    with (CORPUS / "clinical_notes_en/aci_bench_mts_dialog/valid.csv").open() as handle:
        for row in list(csv.DictReader(handle))[:12]:
            labelled.append(("clinical_note", f"aci-{row['encounter_id']}", row["note"]))
    with (CORPUS / "clinical_notes_en/mtsamples_subset/mtsamples.csv").open() as handle:
        for row in csv.DictReader(handle):
            name = row["sample_name"].strip()
            label = next((kind for pattern, kind in MTSAMPLES_LABELS if re.search(pattern, name, re.I)), None)
            if label and row["transcription"].strip():
                labelled.append((label, f"mts-{name}", row["transcription"]))
    return labelled


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_classification_accuracy(capsys: pytest.CaptureFixture[str]) -> None:
    labelled = corpus_documents() + LABELLED
    by_class: dict[str, list[bool]] = defaultdict(list)
    misses = []
    for expected, name, text in labelled:
        got = classify(text)
        by_class[expected].append(got.document_type == expected)
        if got.document_type != expected:
            misses.append(f"{name}: {expected} → {got.document_type} ({got.confidence})")
    total = sum(len(v) for v in by_class.values())
    accuracy = sum(sum(v) for v in by_class.values()) / total
    with capsys.disabled():
        print(f"\nclassification: {total} documents, accuracy {accuracy:.3f}")
        for kind, hits in sorted(by_class.items()):
            print(f"  {kind:14} {sum(hits):3}/{len(hits):<3} {sum(hits) / len(hits):.2f}")
        for miss in misses:
            print("  miss:", miss)
    assert total >= 60
    assert accuracy >= 0.90
