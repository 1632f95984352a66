"""OCR accuracy and speed on the corpus images with ground truth: `python -m bench.ocr`.

- Rendered Portuguese case reports: character error rate against their source text (displaCy's
  entity label words, which the renderings add, are removed from the OCR text first).
- Scanned lab reports: share of ground-truth fields (analyte, value, unit, reference range) read
  back verbatim.
"""

from __future__ import annotations

import ast
import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz.distance import Levenshtein
from rich.console import Console
from rich.table import Table

from ingestion.extraction.images import extract_image

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
ENTITY_LABELS = re.compile(r"\b(PROCEDIMENTO|DOENCA|MEDICAMENTO|SINTOMA|ESPECIALIDADE|REACAO|DIAGNOSTICO|IDADE|"
                           r"EXAME|SEXO|[A-Z]{5,})\b")


@dataclass(frozen=True)
class Score:
    name: str
    metric: str
    value: float
    seconds: float


def normalise(text: str) -> str:
    return " ".join(text.split())


def source_text(image: Path) -> str:
    case = re.search(r"cc_\d+", image.name).group(0)  # type: ignore[union-attr]
    plain = CORPUS / "clinical_notes_pt" / "cbis_ner_spacy_case_reports" / f"{case}.txt"
    if plain.exists():
        return plain.read_text()
    tuples = CORPUS / "gold_annotations" / "cbis_ner_spacy_pt" / f"{case}.spacy_tuples.txt"
    examples = ast.literal_eval("[" + tuples.read_text() + "]")  # spaCy training tuples: (text, annotations)
    return " ".join(text for text, _ in examples)


def character_error_rate(ocr: str, truth: str) -> float:
    return Levenshtein.distance(normalise(ocr), normalise(truth)) / max(len(normalise(truth)), 1)


def field_recall(ocr: str, ground_truth: Path) -> float:
    results = json.loads(ground_truth.read_text())["results"]
    fields = [str(row[key]) for row in results for key in ("analyte", "value", "unit", "ref_range_raw") if row.get(key)]
    squeezed = ocr.replace(" ", "")
    return sum(field.replace(" ", "") in squeezed for field in fields) / len(fields)


def measure() -> list[Score]:
    scores = []
    for image in sorted((CORPUS / "images" / "cbis_ner_spacy_pt_renderings").glob("*.png")):
        started = time.perf_counter()
        text = extract_image(image).pages[0]
        elapsed = time.perf_counter() - started
        scores.append(Score(image.name, "CER", character_error_rate(ENTITY_LABELS.sub(" ", text), source_text(image)),
                            elapsed))
    truth_dir = CORPUS / "lab_pdfs_en" / "mgetech_lab_report_extractor" / "ground_truth"
    for image in sorted((CORPUS / "images" / "mgetech_scanned_lab_reports").glob("*.jpg")):
        started = time.perf_counter()
        text = extract_image(image).pages[0]
        elapsed = time.perf_counter() - started
        truth = truth_dir / (image.stem.rsplit("-", 1)[0] + ".json")
        scores.append(Score(image.name, "field recall", field_recall(text, truth), elapsed))
    return scores


def main() -> None:
    extract_image(next((CORPUS / "images" / "mgetech_scanned_lab_reports").glob("*.jpg")))  # load the models
    table = Table(title="OCR on corpus images with ground truth (rapidocr, PP-OCR ONNX)")
    for column in ("image", "metric", "value", "seconds"):
        table.add_column(column)
    for score in measure():
        table.add_row(score.name, score.metric, f"{score.value:.3f}", f"{score.seconds:.2f}")
    Console().print(table)


if __name__ == "__main__":
    main()
