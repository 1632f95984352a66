"""Lab extraction against the corpus ground truth (real PDF extraction, OCR for the scans).

Each ground-truth row counts as exact when the marker is found and value, unit, reference range
(low and high) and flag all match. The ground truth calls any value 20 % beyond its range critical
(HH/LL); the reader calls critical only what the published critical limits do
(nlp/data/critical_limits.toml), so the expected flag is the ground truth's direction unless those
limits make it critical. A printed letter or arrow must be read in its direction. Prints a per-document
table; holds ≥ 99% on the text PDFs and 100% on the Portuguese hemograma. The two scanned reports are
reported only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingestion.extraction import extract
from ingestion.filetypes import sniff
from nlp.labs.catalog import catalog
from nlp.labs.flags import critical_limits
from nlp.labs.parser import parse_lab_report
from nlp.labs.result import LabResult
from tests.support import CORPUS

MGETECH = CORPUS / "lab_pdfs_en" / "mgetech_lab_report_extractor"
HEMOGRAMA = CORPUS / "lab_pdfs_pt" / "interpretelabbr"
# gabarito_exemplo.json keys → (marker key, unit the count is given in)
GABARITO = {
    "hemacias": "rbc", "hemoglobina": "hemoglobin", "hematocrito": "hematocrit", "vcm": "mcv", "hcm": "mch",
    "chcm": "mchc", "rdw": "rdw", "leucocitos": "wbc", "neutrofilos": "neutrophils", "eosinofilos": "eosinophils",
    "basofilos": "basophils", "linfocitos": "lymphocytes", "monocitos": "monocytes", "plaquetas": "platelets",
}

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")


def parse(path: Path) -> list[LabResult]:
    extracted = extract(path, sniff(path.read_bytes()[:65536]) or "")
    return parse_lab_report(extracted.pages).results


def expected_flag(expected: dict, result: LabResult) -> str:
    limit = critical_limits().get(result.marker.key)
    if limit is not None and result.canonical_value is not None and (critical := limit.flag(result.canonical_value)):
        return critical
    return expected["computed_flag"][0] if expected["computed_flag"] in ("LL", "HH") else expected["computed_flag"]


def row_matches(expected: dict, found: list[LabResult]) -> bool:
    marker = catalog().lookup(expected["analyte"])
    candidates = [r for r in found if marker is not None and r.marker.key == marker.key]
    return any(
        r.value == float(expected["value"]) and r.unit == expected["unit"]
        and r.ref_low == expected["ref_low"] and r.ref_high == expected["ref_high"]
        and r.flag == expected_flag(expected, r)
        and (r.printed_flag_raw is None or r.printed_flag == "A" or r.printed_flag[0] == expected["printed_flag"][0])
        for r in candidates
    )


def mgetech_scores() -> dict[str, tuple[int, int]]:
    scores = {}
    for truth in sorted((MGETECH / "ground_truth").glob("*.json")):
        expected = json.loads(truth.read_text())
        found = parse(MGETECH / "pdfs" / expected["source_file"])
        exact = sum(row_matches(row, found) for row in expected["results"])
        extra = len(found) - len(expected["results"])
        scores[truth.stem] = (exact, len(expected["results"]), extra)
    return scores


def test_english_lab_pdfs_rows_are_exact(capsys: pytest.CaptureFixture[str]) -> None:
    scores = mgetech_scores()
    with capsys.disabled():
        print("\nlab rows exact (value, unit, range, printed and computed flag):")
        for name, (exact, total, extra) in scores.items():
            print(f"  {name:28} {exact}/{total}  extra rows: {extra}")
    text = {name: score for name, score in scores.items() if "scanned" not in name}
    exact = sum(score[0] for score in text.values())
    total = sum(score[1] for score in text.values())
    assert exact / total >= 0.99, scores
    assert all(extra == 0 for _, _, extra in text.values()), "rows invented beyond the ground truth"


def test_dates_come_from_the_report_header() -> None:
    for truth in sorted((MGETECH / "ground_truth").glob("*_clean.json")):
        expected = json.loads(truth.read_text())
        pdf = MGETECH / "pdfs" / expected["source_file"]
        report = parse_lab_report(extract(pdf, "application/pdf").pages)
        assert str(report.collected_on) == expected["collection_date"], truth.name
        assert str(report.reported_on) == expected["report_date"], truth.name


def test_portuguese_hemograma_is_exact() -> None:
    truth = json.loads((HEMOGRAMA / "gabarito_exemplo.json").read_text())["hemograma_tabela.pdf"]
    found = {r.marker.key: r for r in parse(HEMOGRAMA / "hemograma_tabela.pdf")}
    assert {GABARITO[key]: value for key, value in truth.items()} == {
        GABARITO[key]: found[GABARITO[key]].value for key in truth
    }
    assert found["hemoglobin"].ref_low == 13.0 and found["hemoglobin"].ref_high == 17.0
    assert found["platelets"].canonical_value == 282.0 and found["platelets"].canonical_unit == "10^3/uL"
    assert found["neutrophils_pct"].value == 50.9 and found["neutrophils_pct"].marker.loinc == "770-8"
    assert found["eosinophils"].flag == "H"  # 802 /µL against 20 a 500: high, not a critical limit
    assert found["rbc"].computed_flag == "L"  # 4,43 against 4,50 a 5,50
