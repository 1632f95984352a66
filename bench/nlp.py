"""Clinical NLP speed: `python -m bench.nlp` prints a table.

- notes/s per core: entities + assertion + vitals on one-page notes (ACI-bench notes cut to ~3,000
  characters when ../shared is present, else the tests' synthetic notes), one process;
- embedded passages/s: their section-aware passages embedded with the packaged model, both cores: one
  process with a thread per core, and one process per core as `serve --workers 2` runs them;
- facts written/s: synthetic document versions of 2,000 facts written to the embedded FalkorDB
  through the same one-statement replace the worker uses;
- the worker's whole NLP per note on one core (ingestion.analysis.analyse_source: clinical analysis, passages
  embedded, search terms) beside its floor, the embedding model alone on the same passages in the same process,
  note by note in turn so both see the same load, with their ratio.

    python -m bench.nlp [--notes 100]
"""

from __future__ import annotations

import argparse
import csv
import gc
import multiprocessing
import os
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.table import Table

from bench.floors import on_one_core, ratio, verdict
from graph import documents, enrichment, patients, tenants
from graph.connect import open_graph
from graph.embedded import EmbeddedFalkorDB
from graph.migrations import migrate
from nlp.embeddings import embed
from nlp.entities import extract_entities
from nlp.facts import Analysis, Assertion, Fact
from nlp.pipeline import analyse, embedding_inputs
from nlp.sections import passages
from nlp.terms import indexed
from nlp.vitals import extract_vitals

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
PAGE_CHARS = 3_000
NOTES = 100
FACTS_PER_DOCUMENT = 2_000
DOCUMENTS = 10
EMBEDDING_RATIO = 1.5  # target: the whole NLP per note ≤ this × the embedding model alone on its passages


def notes(count: int = NOTES) -> list[str]:
    source = CORPUS / "clinical_notes_en" / "aci_bench_mts_dialog" / "train.csv"
    if source.is_file():
        with source.open(newline="", encoding="utf-8") as handle:
            return [row["note"][:PAGE_CHARS] for row in csv.DictReader(handle)][:count]
    from tests.test_enrichment import EN_NOTE
    return ["\n".join(EN_NOTE * 6)] * count


def bench_notes(texts: list[str]) -> tuple[float, int]:
    extract_entities("warm-up", "en", 1)
    gc.freeze()  # as the worker does once its models are loaded
    started = time.perf_counter()
    facts = sum(len(extract_entities(t, "en", 1)) + len(extract_vitals(t, "en", 1)) for t in texts)
    return len(texts) / (time.perf_counter() - started), facts


def bench_embeddings(inputs: list[str], processes: int) -> float:
    """Passages/s of `processes` worker processes sharing the cores, each embedding its share at once."""
    context = multiprocessing.get_context("spawn")
    threads = max(1, (os.cpu_count() or 1) // processes)
    with context.Pool(processes, _start_embedder, (context.Barrier(processes), threads)) as pool:
        spans = pool.map(_embed_share, [inputs[i::processes] for i in range(processes)], chunksize=1)
        pool.close()
        pool.join()
    return len(inputs) / (max(end for _, end in spans) - min(start for start, _ in spans))


_barrier = None


def _start_embedder(barrier: object, threads: int) -> None:
    """A worker process's start: its share of the cores, the model loaded, then wait for the others."""
    global _barrier
    os.environ["CLINIGRAPH_COMPUTE_THREADS"] = str(threads)
    embed(["warm-up"])
    _barrier = barrier


def _embed_share(share: list[str]) -> tuple[float, float]:
    _barrier.wait()
    started = time.monotonic()  # system-wide clock: comparable across the processes
    embed(share)
    return started, time.monotonic()


def enrichment_seconds(texts: list[str]) -> tuple[float, float]:
    """Seconds, over all `texts` (one clinical note each), of the worker's whole NLP (what its enrichment step runs,
    graph write aside) and of the embedding model alone on the same passages, one note of each in turn: both see
    the same load, and the model is called with the same batches the worker gives it. Warmed up first, models
    frozen out of the cyclic collector, as in the worker."""
    from graph.enrichment import Source
    from ingestion.analysis import analyse_source
    from nlp import pipeline

    pipeline.warm_up()
    embed(["warm-up"])
    sources = [Source(page_count=1, document_type="clinical_note", passages=passages([text])) for text in texts]
    analyse_source(sources[0])
    gc.freeze()
    whole = alone = 0.0
    for source in sources:
        started = time.perf_counter()
        enriched = analyse_source(source)
        whole += time.perf_counter() - started
        inputs = embedding_inputs(enriched.analysis)
        started = time.perf_counter()
        embed(inputs)
        alone += time.perf_counter() - started
    return whole, alone


def bench_writes() -> float:
    """Facts/s through enrichment.replace: documents recorded and "extracted" first, as the pipeline would."""
    with tempfile.TemporaryDirectory() as data_dir:
        db = EmbeddedFalkorDB(Path(data_dir))
        graph = open_graph(db.start().graph_url)
        try:
            migrate(graph)
            issued = tenants.create(graph, f"bench-{uuid.uuid4()}", [], None, None, "UTC")
            patient, _ = patients.create(graph, issued.tenant.id, None, None, None)
            text = "Patient has hypertension. " * 40
            stored = passages([text])
            facts = [Fact(kind="condition", text="hypertension", name=f"Condition {i % 500}", code_system="ICD-10",
                          code=f"X{i % 500}", page=1, start=(i * 26) % len(text), end=(i * 26) % len(text) + 12,
                          extractor="bench", confidence=0.9, assertion=Assertion())
                     for i in range(FACTS_PER_DOCUMENT)]
            analysis = Analysis(language="en", passages=stored, facts=facts, labs=[], collected_on=date(2026, 1, 1))
            vectors = [[1.0] + [0.0] * 383] * len(stored)
            words = [indexed(passage.text) for passage in stored]
            ids = [str(uuid.uuid4()) for _ in range(DOCUMENTS)]
            for document_id in ids:
                documents.create_upload(graph, documents.NewUpload(
                    tenant_id=issued.tenant.id, patient_id=patient.id, document_id=document_id,
                    original_filename="bench.pdf", mime_type="application/pdf", file_size_bytes=1,
                    storage_key=f"{issued.tenant.id}/{document_id}", document_type="clinical_note",
                    classification_status="skipped", title=None, notes=None, uploaded_by=None))
                documents.complete_extraction(graph, issued.tenant.id, document_id, 1, "bench", None,
                                              sum(len(p.text) for p in stored))
            started = time.perf_counter()
            for document_id in ids:
                enrichment.replace(graph, issued.tenant.id, document_id, analysis, vectors, words)
            return DOCUMENTS * FACTS_PER_DOCUMENT / (time.perf_counter() - started)
        finally:
            graph.close()
            db.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=NOTES, help="Notes to analyse (the first of the corpus).")
    args = parser.parse_args()
    texts = notes(args.notes)
    notes_per_s, facts = bench_notes(texts)
    inputs = [i for t in texts for i in embedding_inputs(analyse([t], None))]
    cores = os.cpu_count() or 1
    table = Table(title=f"Clinical NLP ({cores} cores)")
    for column in ("measure", "value", "floor", "ours / floor", "target"):
        table.add_column(column)
    table.add_row(f"notes/s, one core ({len(texts)} notes of ≤{PAGE_CHARS} chars, {facts} facts)", f"{notes_per_s:.1f}",
                  "", "", "≥ 50")
    table.add_row(f"embedded passages/s ({len(inputs)} passages), 1 process × {cores} threads",
                  f"{bench_embeddings(inputs, 1):.1f}", "", "", "")
    table.add_row(f"embedded passages/s, {cores} processes × 1 thread (serve --workers {cores})",
                  f"{bench_embeddings(inputs, cores):.1f}", "", "", "≥ 250")
    whole, alone = on_one_core(enrichment_seconds, texts)
    whole_ratio = ratio(whole, alone)
    table.add_row("whole NLP per note, one core: analysis + embedding + search terms, as the worker runs it "
                  "(floor: the embedding model alone on the same passages)", f"{whole / len(texts) * 1000:.1f} ms",
                  f"{alone / len(texts) * 1000:.1f} ms", f"{whole_ratio:.2f}×",
                  f"≤ {EMBEDDING_RATIO}× {verdict(whole_ratio, EMBEDDING_RATIO)}")
    table.add_row(f"facts written/s ({DOCUMENTS} versions × {FACTS_PER_DOCUMENT} facts, one statement each)",
                  f"{bench_writes():,.0f}", "", "", "≥ 20,000")
    Console().print(table)


if __name__ == "__main__":
    main()
