"""Run the Dramatiq worker and the sweeper in this process until asked to stop."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import threading
from pathlib import Path

import dramatiq

from graph.driver import GraphDriver
from ingestion import broker as broker_setup
from ingestion import context
from ingestion.leadership import Leadership
from ingestion.llm import LlmEndpoint
from ingestion.sweeper import Sweeper

log = logging.getLogger(__name__)
# In-flight messages get this long to finish on a stop; unfinished ones go back to the queue. It fits
# `clinigraph serve`'s 10 s stop, within service.supervisor.WORKER_GRACE_S.
SHUTDOWN_GRACE_MS = 3_000
SWEEP_INTERVAL_S = 30.0  # the leader's lock outlives three of these: a dead leader is replaced within 90 s


def yield_cpu() -> None:
    """Background work yields the CPU to the API, so uploads stay fast while OCR runs on the same cores.
    SCHED_IDLE lets a waking API thread preempt a worker at once (under nice 10 the scheduler let the worker
    finish its slice first, and an upload waits on a dozen wake-ups). Set on the threads already running
    (numpy's BLAS pool starts at import) and inherited by every thread started after."""
    for thread_id in os.listdir("/proc/self/task"):
        with contextlib.suppress(ProcessLookupError):  # a thread that ended meanwhile
            os.sched_setscheduler(int(thread_id), os.SCHED_IDLE, os.sched_param(0))


def run(graph: GraphDriver, redis_url: str, public_url: str, data_dir: Path, threads: int,
        stop: threading.Event, llm: LlmEndpoint | None = None) -> None:
    """Serve every actor until `stop` is set; in-flight messages finish or go back to the queue."""
    broker = broker_setup.configure(redis_url)
    from dramatiq.middleware.prometheus import Prometheus

    broker.add_middleware(Prometheus())  # per-actor counts and durations, into the shared metrics directory
    broker.emit_after("process_boot")
    from ingestion import actors, documents  # declares the actors on the broker just configured

    ctx = context.WorkerContext(graph=graph, public_url=public_url, data_dir=data_dir, llm=llm)
    context.bind(ctx)
    from ingestion.extraction import ocr
    from nlp import embeddings, pipeline

    yield_cpu()
    ocr.warm_up()
    pipeline.warm_up()
    embeddings.warm_up()
    # The models and NLP modules just loaded live as long as the process: exempt them from the cyclic
    # collector, whose full passes over them took 40% of the clinical analysis' time (bench.nlp).
    gc.freeze()
    worker = dramatiq.Worker(broker, worker_threads=threads, worker_timeout=500)
    sweeper = Sweeper(ctx, deliver_access_url=actors.deliver_access_url.send,
                      deliver_callback=actors.deliver_callback.send, extract_text=actors.extract_text.send,
                      classify_document=actors.classify_document.send, enrich_document=actors.enrich_document.send,
                      queue_busy=lambda: broker_setup.holds_messages(broker, documents.QUEUE),
                      auto_interpret=actors.auto_interpret.send,
                      leadership=Leadership(broker.client, ttl_s=3 * SWEEP_INTERVAL_S), interval_s=SWEEP_INTERVAL_S)
    worker.start()
    sweeper.start()
    log.info("worker started", extra={"threads": threads, "queues": sorted(broker.get_declared_queues())})
    try:
        stop.wait()
    finally:
        sweeper.stop()
        worker.stop(timeout=SHUTDOWN_GRACE_MS)
        broker.close()
        log.info("worker stopped")
