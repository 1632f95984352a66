"""Scores passage search on written question → passage pairs, through the real graph.

Each module's documents become one patient's documents in the graph the way the worker writes them
(stored passages, then `ingestion.analysis.analyse_source` and the enrichment statement); each
question then goes through `service.search.search`, what the endpoint runs. A question is a hit when
one of the first three passages overlaps the answer's span in its document.
"""

from __future__ import annotations

import tempfile
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType

from graph import documents, enrichment, migrations, patients, tenants
from graph.connect import open_graph
from graph.documents import NewUpload
from graph.driver import GraphDriver
from graph.embedded import EmbeddedFalkorDB
from ingestion.analysis import analyse_source
from nlp.sections import passages
from service.search import search

TOP = 3


@dataclass
class SearchScore:
    hits: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.hits / self.total if self.total else 1.0


def load(driver: GraphDriver, module: ModuleType) -> tuple[str, str, dict[str, str]]:
    """A new tenant and patient holding the module's documents: (tenant id, patient id, name → document id)."""
    key = tenants.create(driver, f"Search evaluation {uuid.uuid4().hex[:8]}", [], None, None, "America/Sao_Paulo")
    patient, _ = patients.create(driver, key.tenant.id, None, None, None)
    ids = {}
    for name, (_language, document_type, text) in module.DOCUMENTS.items():
        document_id = str(uuid.uuid4())
        documents.create_upload(driver, NewUpload(
            tenant_id=key.tenant.id, patient_id=patient.id, document_id=document_id, original_filename=f"{name}.pdf",
            mime_type="application/pdf", file_size_bytes=len(text), storage_key=f"evaluation/{document_id}",
            document_type=document_type, classification_status="skipped", title=name, notes=None, uploaded_by=None))
        cut = passages([text])  # what the worker's extraction stages for enrichment
        documents.claim_step(driver, key.tenant.id, document_id, "extract", "evaluation", 60_000)
        documents.complete_extraction(driver, key.tenant.id, document_id, 1, "evaluation", None,
                                      sum(len(p.text) for p in cut))
        documents.complete_classification(driver, key.tenant.id, document_id, document_type, 1.0)
        source = enrichment.source(driver, key.tenant.id, document_id)
        assert source is not None
        enriched = analyse_source(replace(source, passages=cut))
        enrichment.replace(driver, key.tenant.id, document_id, enriched.analysis, enriched.embeddings, enriched.terms)
        ids[name] = document_id
    return key.tenant.id, patient.id, ids


def evaluate(driver: GraphDriver, module: ModuleType) -> dict[str, SearchScore]:
    """Recall@3 per question language, and "all"."""
    tenant_id, patient_id, ids = load(driver, module)
    scores: dict[str, SearchScore] = defaultdict(SearchScore)
    for language, question, name, answer in module.PAIRS:
        text = module.DOCUMENTS[name][2]
        start = text.index(answer)
        end = start + len(answer)
        rows = search(driver, tenant_id, patient_id, question, TOP)
        hit = any(row["document_id"] == ids[name] and row["chunk"]["start"] < end and start < row["chunk"]["end"]
                  for row in rows)
        for key in (language, "all"):
            scores[key].total += 1
            scores[key].hits += hit
        if not hit:
            scores[language].misses.append(f"{question!r} → {name}: {answer!r}")
    return dict(scores)


@contextmanager
def scratch_graph() -> Iterator[GraphDriver]:
    """An embedded FalkorDB of its own, migrated, removed afterwards (for `python -m bench.accuracy`)."""
    with tempfile.TemporaryDirectory() as directory:
        server = EmbeddedFalkorDB(Path(directory))
        endpoint = server.start()
        driver = open_graph(endpoint.graph_url, None, None)
        try:
            migrations.migrate(driver)
            yield driver
        finally:
            driver.close()
            server.stop()
