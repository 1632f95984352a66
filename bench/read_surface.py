"""Read-surface speed: `python -m bench.read_surface` prints a table.

Builds a synthetic graph in a `clinigraph serve` data dir (one tenant; per patient 10 lab reports of
10 markers over two years and 2 notes of 15 facts: 10,000 patients ≈ 1,000,000 lab results and
300,000 other facts), through one bulk statement per batch of patients, and times the build. Then,
with wrk (8 connections; a C load generator, so the client does not steal the measured cores) on
random patients: lab-trends, context and the deterministic summary (`force`, so each request
generates) — first at 1,000 patients, then at 10,000, to show latency is flat in graph size. Every
patient's first summary is generated before the summary is measured, so both sizes time the same work
(replacing a stored summary; creating one costs a little more and would otherwise weigh only on the
larger graph, whose patients mostly have none yet).

Each endpoint's figure is printed beside its floor, measured just after it in the same run: FalkorDB answering
the same statements the request runs (the key and patient lookup, then the route's reads, and the summary's
write), with the same parameters, through the `falkordb` client, from as many connections and processes.

    python -m bench.read_surface [--patients 10000] [--small 1000] [--seconds 15]
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
from falkordb import FalkorDB
from rich.console import Console
from rich.table import Table

from bench import wrk
from bench.documents import Service
from bench.floors import percentile, ratio, verdict
from graph import statements, synthetic
from graph.callbacks import hash_token
from graph.clock import months_before, now_ms
from graph.connect import open_graph
from graph.driver import TimeLimits
from graph.embedded import GRAPH_NAME, EmbeddedFalkorDB
from graph.patients import new_token
from graph.tenants import hash_key
from nlp.labs.catalog import catalog

DAY_MS = 86_400_000
REPORTS, NOTES, FACTS_PER_NOTE = 10, 2, 15
# marker → (typical value, spread, low, high, unit as printed)
MARKERS = {"glucose": (95, 25, 70, 99), "hemoglobin": (14, 1.5, 13, 17), "creatinine": (1.0, 0.25, 0.7, 1.3),
           "tsh": (2.2, 1.2, 0.4, 4.0), "cholesterol_total": (190, 35, 0, 190), "hba1c": (5.8, 0.9, 4.0, 5.6),
           "ldl": (115, 30, 0, 130), "hdl": (50, 12, 40, 200), "triglycerides": (140, 50, 0, 150),
           "potassium": (4.3, 0.4, 3.5, 5.1)}
CONDITIONS = [(f"ICD-10:{code}", "condition", name, "ICD-10", code) for code, name in [
    ("I10", "Hipertensão arterial"), ("E11", "Diabetes mellitus tipo 2"), ("E78.5", "Dislipidemia"),
    ("J45", "Asma"), ("E03.9", "Hipotireoidismo"), ("N18", "Doença renal crônica"), ("I25", "Doença coronariana"),
    ("F32", "Depressão"), ("M81", "Osteoporose"), ("K21", "Doença do refluxo")]]
DRUGS = [(f"DrugBank:{code}", "medication", name, "DrugBank", code) for code, name in [
    ("DB00678", "Losartan"), ("DB00331", "Metformin"), ("DB00641", "Simvastatin"), ("DB00451", "Levothyroxine"),
    ("DB00381", "Amlodipine"), ("DB00945", "Aspirin"), ("DB01076", "Atorvastatin"), ("DB00215", "Citalopram")]]
OTHERS = [("ICD-10:R06.0", "symptom", "Dispneia", "ICD-10", "R06.0"),
          ("ICD-10:R51", "symptom", "Cefaleia", "ICD-10", "R51"),
          ("DrugBank:DB04817", "allergy", "Dipyrone", "DrugBank", "DB04817"),
          ("lifestyle:tabagismo", "lifestyle", "Tabagismo", None, None),
          ("social:mora sozinho", "social", "Mora sozinho", None, None),
          ("LOINC:29463-7", "vital", "Peso", "LOINC", "29463-7")]
CONCEPTS = CONDITIONS + DRUGS + OTHERS


def catalogue_rows() -> tuple[list[dict], list[dict]]:
    markers = [catalog().markers[key] for key in MARKERS]
    return ([{"key": m.key, "loinc": m.loinc, "name_en": m.name_en, "name_pt": m.name_pt,
              "unit": str(m.unit) if m.unit else None} for m in markers],
            [{"key": key, "kind": kind, "name": name, "code_system": system, "code": code}
             for key, kind, name, system, code in CONCEPTS])


def patient_row(rng: random.Random, now_ms: int) -> dict:
    documents = []
    for report in range(REPORTS):
        at = now_ms - (report * 73 + rng.randrange(30)) * DAY_MS  # every ~2.4 months over two years
        labs = []
        for key, (typical, spread, low, high) in MARKERS.items():
            value = round(max(0.1, rng.gauss(typical, spread)), 1)
            flag = "H" if value > high else "L" if value < low else "N"
            labs.append({"id": str(uuid.uuid4()), "marker_key": key, "value": value, "value_text": str(value),
                         "low": low, "high": high, "ref_text": f"{low} a {high}", "flag": flag})
        documents.append({"id": str(uuid.uuid4()), "link_id": str(uuid.uuid4()), "type": "lab_report", "at": at,
                          "labs": labs, "facts": []})
    for note in range(NOTES):
        at = now_ms - (note * 180 + rng.randrange(60)) * DAY_MS
        facts = []
        for concept in rng.sample(CONCEPTS, FACTS_PER_NOTE):
            status = rng.choices(["present", "historical", "negated"], [0.8, 0.1, 0.1])[0]
            facts.append({"id": str(uuid.uuid4()), "concept_key": concept[0], "status": status,
                          "dose": "50 mg" if concept[1] == "medication" else None,
                          "frequency": "1x ao dia" if concept[1] == "medication" else None,
                          "value": round(rng.gauss(75, 12), 1) if concept[1] == "vital" else None,
                          "unit": "kg" if concept[1] == "vital" else None})
        documents.append({"id": str(uuid.uuid4()), "link_id": str(uuid.uuid4()), "type": "clinical_note", "at": at,
                          "labs": [], "facts": facts})
    return {"id": str(uuid.uuid4()), "token": new_token(), "access_token_hash": hash_token(new_token()),
            "birth_date": f"{rng.randint(1940, 2005)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            "sex": rng.choice(["male", "female"]), "documents": documents}


class Serve(Service):
    """bench.documents' `clinigraph serve` (one worker), with the graph reachable for the bulk load and the direct
    queries."""

    def __init__(self, api_processes: int) -> None:
        super().__init__(workers=1, api_processes=api_processes)
        endpoint = EmbeddedFalkorDB(self.data_dir).running_elsewhere()
        assert endpoint is not None
        self.endpoint = endpoint
        self.graph = open_graph(endpoint.graph_url, timeout_s=120)

    def stop(self) -> None:
        self.graph.close()
        super().stop()


def grow(serve: Serve, tokens: list[str], ids: list[str], target: int, batch: int,
         rng: random.Random) -> tuple[float, int, int]:
    """Add patients until there are `target` (their tokens for the API, their ids for the direct queries);
    (seconds, lab results, facts) written."""
    started, labs, facts = time.perf_counter(), 0, 0
    now = int(time.time() * 1000)
    while len(tokens) < target:
        rows = [patient_row(rng, now) for _ in range(min(batch, target - len(tokens)))]
        written = synthetic.patients(serve.graph, serve.tenant_id, rows)
        labs, facts = labs + written[0], facts + written[1]
        tokens += [row["token"] for row in rows]
        ids += [row["id"] for row in rows]
    return time.perf_counter() - started, labs, facts


WRK_SCRIPT = """
local tokens = {{}}
for line in io.lines("{tokens}") do tokens[#tokens + 1] = line end
wrk.headers["x-api-key"] = "{key}"
wrk.headers["Content-Type"] = "application/json"
request = function()
  return wrk.format("{method}", "/v1/patients/" .. tokens[math.random(#tokens)] .. "{path}", nil, {body})
end
"""


def latency(serve: Serve, tokens: list[str], method: str, path: str, body: str | None, seconds: int,
            clients: int) -> wrk.Load:
    """`clients` connections on random patients."""
    return wrk.run(serve.base, lambda work: WRK_SCRIPT.format(
        tokens=work / "tokens.txt", key=serve.headers["x-api-key"], method=method, path=path,
        body="nil" if body is None else repr(body)), {"tokens.txt": "\n".join(tokens).encode()}, clients, seconds, path)


def first_summaries(serve: Serve, tokens: list[str]) -> None:
    """Each of these patients' first summary, 8 at a time."""
    with httpx.Client(base_url=serve.base, headers=serve.headers, timeout=60) as client, ThreadPoolExecutor(8) as pool:
        for response in pool.map(lambda token: client.post(f"/v1/patients/{token}/summary", json={}), tokens):
            response.raise_for_status()


# The graph statements a request to each measured route runs, in order, and whether each is a write: the key and
# the patient resolved in one statement (service/auth.py), then the route's own (service/routes/labs.py,
# context.py, summary.py). The floor sends the same ones, with the same parameters, straight to FalkorDB.
AUTH = ("access/caller_and_patient_by_token", False)
STEPS: dict[str, tuple[tuple[str, bool], ...]] = {
    "/lab-trends": (AUTH, ("labs/results", False)),
    "/context": (AUTH, ("context/facts", False)),
    "/summary": (AUTH, ("summary/cached", False), ("context/facts", False), ("labs/results", False),
                 ("summary/store", True)),
}
WINDOW_MONTHS = 12  # the routes' default look-back (LabTrendsQuery.period, ContextQuery.recent_months, summary)
SUMMARY_TEXT = "Resumo clínico determinístico do paciente. " * 30  # about the narrative's length
READ_TIMEOUT_MS = TimeLimits().statement_ms  # what FalkorDBDriver.read asks FalkorDB for


@dataclass(frozen=True)
class DirectLoad:
    """One floor process's share: `threads` closed-loop clients on random patients for `seconds`."""

    port: int
    password: str
    steps: tuple[tuple[str, bool], ...]
    tenant_id: str
    key_hash: str
    patients: list[tuple[str, str]]  # (token, id)
    threads: int
    seconds: float
    seed: int


def step_params(statement: str, load: DirectLoad, patient: tuple[str, str], since: int) -> dict[str, Any]:
    """The parameters the request passes to `statement` (exactly those: FalkorDB parses each one sent)."""
    if statement == AUTH[0]:
        return {"key_hash": load.key_hash, "token": patient[0]}
    common = {"tenant_id": load.tenant_id, "patient_id": patient[1]}
    if statement == "labs/results":
        return common | {"since": since, "marker_keys": None}
    if statement == "context/facts":
        return common | {"since": since}
    if statement == "summary/cached":
        return common | {"language": "pt-BR"}
    return common | {"language": "pt-BR", "text": SUMMARY_TEXT, "graph_version": "bench", "generation_time_ms": 1.0,
                     "generator": "template", "now": now_ms()}


_barrier: Any = None


def _start_direct(barrier: Any) -> None:
    global _barrier
    _barrier = barrier


def _request(graph: Any, load: DirectLoad, patient: tuple[str, str], since: int) -> list[int]:
    """One request's statements back to back; the rows each answered."""
    answered = []
    for name, write in load.steps:
        text, params = statements.load(name, "falkordb"), step_params(name, load, patient, since)
        result = graph.query(text, params) if write else graph.ro_query(text, params, timeout=READ_TIMEOUT_MS)
        answered.append(len(result.result_set))
    return answered


def _direct_client(load: DirectLoad, graph: Any, rng: random.Random, until: float, out: list[float]) -> None:
    """Closed loop: a request's statements, its time recorded, the next at once."""
    since = months_before(datetime.now(UTC), WINDOW_MONTHS)
    while time.monotonic() < until:
        patient = rng.choice(load.patients)
        started = time.perf_counter()
        _request(graph, load, patient, since)
        out.append((time.perf_counter() - started) * 1000)


def _direct_share(load: DirectLoad) -> list[float]:
    """This process's clients, connected (and their answers checked: the key and patient resolve, the route finds
    rows) before the start all floor processes share."""
    clients = [FalkorDB(host="127.0.0.1", port=load.port, password=load.password) for _ in range(load.threads)]
    graphs = [client.select_graph(GRAPH_NAME) for client in clients]
    since = months_before(datetime.now(UTC), WINDOW_MONTHS)
    for graph in graphs:
        answered = _request(graph, load, load.patients[0], since)
        assert all(answered), f"the direct statements found nothing: {answered}"
    latencies: list[float] = []
    _barrier.wait()
    until = time.monotonic() + load.seconds
    threads = [threading.Thread(target=_direct_client, args=(load, graph, random.Random(load.seed * 100 + n), until,
                                                              latencies)) for n, graph in enumerate(graphs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for client in clients:
        client.close()
    return latencies


def direct_latency(serve: Serve, tokens: list[str], ids: list[str], path: str, seconds: int, clients: int,
                   processes: int) -> wrk.Load:
    """The floor: FalkorDB answering the request's statements through its own client, with as many connections as
    wrk has, from as many processes as the API has (each parses its answers under one GIL, as each API process
    does)."""
    context = multiprocessing.get_context("spawn")
    shares = [DirectLoad(serve.endpoint.port, serve.endpoint.password, STEPS[path], serve.tenant_id,
                         hash_key(serve.headers["x-api-key"]), list(zip(tokens, ids, strict=True)),
                         max(1, clients // processes), seconds, seed) for seed in range(processes)]
    with context.Pool(processes, _start_direct, (context.Barrier(processes),)) as pool:
        latencies = [ms for share in pool.map(_direct_share, shares, chunksize=1) for ms in share]
    return wrk.Load(percentile(latencies, 0.5), percentile(latencies, 0.99), len(latencies), len(latencies) / seconds)


ENDPOINTS = [("lab-trends", "GET", "/lab-trends", None, (15, 50)), ("context", "GET", "/context", None, (15, 50)),
             ("summary (deterministic)", "POST", "/summary", '{"force": true}', (100, None))]
# Targets for ours / FalkorDB answering the same statements directly, in the same run.
P50_RATIO = 6.0
P99_RATIO = 6.0


def measure(serve: Serve, tokens: list[str], ids: list[str], size: int, args: argparse.Namespace,
            measured: dict[tuple[str, int], float]) -> list[tuple[str, ...]]:
    """Each endpoint through the API (wrk), then its statements straight to FalkorDB, back to back; table rows."""
    rows = []
    for name, method, path, body, (p50_target, p99_target) in ENDPOINTS:
        ours = latency(serve, tokens, method, path, body, args.seconds, args.clients)
        direct = direct_latency(serve, tokens, ids, path, args.seconds, args.clients, args.api_processes)
        measured[(name, size)] = ours.p50_ms
        p50_ratio, p99_ratio = ratio(ours.p50_ms, direct.p50_ms), ratio(ours.p99_ms, direct.p99_ms)
        met = ours.p50_ms < p50_target and (p99_target is None or ours.p99_ms < p99_target)
        rows.append((name, f"{size:,}", f"{ours.p50_ms:.1f} / {ours.p99_ms:.1f}",
                     f"{direct.p50_ms:.1f} / {direct.p99_ms:.1f}", f"{p50_ratio:.2f}× / {p99_ratio:.2f}×",
                     f"{ours.rate:.0f} / {direct.rate:.0f}",
                     f"{'✓' if met else '✗'} {verdict(p50_ratio, P50_RATIO)}{verdict(p99_ratio, P99_RATIO)}"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=1_000, help="The first measured size.")
    parser.add_argument("--batch", type=int, default=50, help="Patients per bulk statement.")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--api-processes", type=int, default=2)
    args = parser.parse_args()
    console, rng = Console(), random.Random(7)
    serve = Serve(args.api_processes)
    tokens: list[str] = []
    ids: list[str] = []
    rows: list[tuple[str, ...]] = []
    measured: dict[tuple[str, int], float] = {}
    try:
        synthetic.catalogue(serve.graph, *catalogue_rows())
        build_s, labs, facts = 0.0, 0, 0
        for size in (args.small, args.patients):
            summarised = len(tokens)
            seconds, more_labs, more_facts = grow(serve, tokens, ids, size, args.batch, rng)
            build_s, labs, facts = build_s + seconds, labs + more_labs, facts + more_facts
            console.print(f"{size:,} patients: {int(labs):,} lab results, {int(facts):,} facts, "
                          f"built in {build_s:.0f} s")
            first_summaries(serve, tokens[summarised:])
            serve.wait_idle()
            rows += measure(serve, tokens, ids, size, args, measured)
        rows.append(("build (target < 300 s)", f"{args.patients:,}", f"{build_s:.0f} s", "", "", "",
                     verdict(build_s, 300)))
    finally:
        serve.stop()
    table = Table(title=f"Read surface, {args.clients} clients (wrk), {args.api_processes} API processes, embedded "
                        "FalkorDB; direct: the request's statements sent to FalkorDB by its own client, as many "
                        "connections, just after ours",
                  caption=f"targets: p50 < 15 ms and p99 < 50 ms (summary p50 < 100 ms); ours / direct p50 ≤ "
                          f"{P50_RATIO}×, p99 ≤ {P99_RATIO}× (met: absolute, p50 ratio, p99 ratio)")
    for column in ("endpoint", "patients", "ours p50 / p99 ms", "direct p50 / p99 ms", "ours / direct",
                   "req/s ours / direct", "met"):
        table.add_column(column)
    for row in rows:
        table.add_row(*row)
    console.print(table)
    for name, *_ in ENDPOINTS:
        growth = measured[(name, args.patients)] / measured[(name, args.small)]
        console.print(f"{name}: p50 at {args.patients:,} / at {args.small:,} = {growth:.2f} "
                      f"({verdict(growth, 1.5)} target ≤ 1.5)")


if __name__ == "__main__":
    main()
