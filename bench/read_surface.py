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
"""

from __future__ import annotations

import argparse
import os
import random
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from rich.console import Console
from rich.table import Table

from bench import wrk
from bench.documents import Service
from graph import synthetic
from graph.callbacks import hash_token
from graph.connect import open_graph
from graph.embedded import EmbeddedFalkorDB
from graph.patients import new_token
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
OTHERS = [("ICD-10:R06.0", "symptom", "Dispneia", "ICD-10", "R06.0"), ("ICD-10:R51", "symptom", "Cefaleia", "ICD-10", "R51"),
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
    """bench.documents' `clinigraph serve` (one worker), with the graph reachable for the bulk load."""

    def __init__(self, api_processes: int) -> None:
        super().__init__(workers=1, api_processes=api_processes)
        endpoint = EmbeddedFalkorDB(self.data_dir).running_elsewhere()
        assert endpoint is not None
        self.graph = open_graph(endpoint.graph_url, timeout_s=120)

    def wait_idle(self, timeout_s: float = 300) -> None:
        """Until serve's processes (the worker loads its OCR and NLP models at start) stop using CPU,
        so the first measurement is not taken beside a warming worker."""
        def cpu_seconds() -> float:
            pids = [self.process.pid, *map(int, Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
                                           .read_text().split())]
            ticks = sum(sum(int(v) for v in Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[11:13])
                        for pid in pids if Path(f"/proc/{pid}/stat").exists())
            return ticks / os.sysconf("SC_CLK_TCK")
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            before = cpu_seconds()
            time.sleep(2)
            if cpu_seconds() - before < 0.1:
                return

    def stop(self) -> None:
        self.graph.close()
        super().stop()


def grow(serve: Serve, tokens: list[str], target: int, batch: int, rng: random.Random) -> tuple[float, int, int]:
    """Add patients until there are `target`; (seconds, lab results, facts) written."""
    started, labs, facts = time.perf_counter(), 0, 0
    now = int(time.time() * 1000)
    while len(tokens) < target:
        rows = [patient_row(rng, now) for _ in range(min(batch, target - len(tokens)))]
        written = synthetic.patients(serve.graph, serve.tenant_id, rows)
        labs, facts = labs + written[0], facts + written[1]
        tokens += [row["token"] for row in rows]
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


ENDPOINTS = [("lab-trends", "GET", "/lab-trends", None, (15, 50)), ("context", "GET", "/context", None, (15, 50)),
             ("summary (deterministic)", "POST", "/summary", '{"force": true}', (100, None))]


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
    rows: list[tuple[str, ...]] = []
    measured: dict[tuple[str, int], float] = {}
    try:
        synthetic.catalogue(serve.graph, *catalogue_rows())
        build_s, labs, facts = 0.0, 0, 0
        for size in (args.small, args.patients):
            summarised = len(tokens)
            seconds, more_labs, more_facts = grow(serve, tokens, size, args.batch, rng)
            build_s, labs, facts = build_s + seconds, labs + more_labs, facts + more_facts
            console.print(f"{size:,} patients: {int(labs):,} lab results, {int(facts):,} facts, built in {build_s:.0f} s")
            serve.wait_idle()
            for name, method, path, body, (p50_target, p99_target) in ENDPOINTS:
                if path == "/summary":
                    first_summaries(serve, tokens[summarised:])
                load = latency(serve, tokens, method, path, body, args.seconds, args.clients)
                p50, p99, rate = load.p50_ms, load.p99_ms, load.rate
                measured[(name, size)] = p50
                rows.append((name, f"{size:,}", f"{p50:.1f}", f"{p99:.1f}", f"{rate:.0f}",
                             f"p50 < {p50_target}" + (f", p99 < {p99_target}" if p99_target else ""),
                             "✓" if p50 < p50_target and (p99_target is None or p99 < p99_target) else "✗"))
        rows.append(("build", f"{args.patients:,}", "", "", "", "< 300 s", f"{build_s:.0f} s "
                     + ("✓" if build_s < 300 else "✗")))
    finally:
        serve.stop()
    table = Table(title=f"Read surface, {args.clients} clients (wrk), {args.api_processes} API processes, "
                        f"embedded FalkorDB")
    for column in ("endpoint", "patients", "p50 ms", "p99 ms", "req/s", "target", "met"):
        table.add_column(column)
    for row in rows:
        table.add_row(*row)
    console.print(table)
    for name, *_ in ENDPOINTS:
        ratio = measured[(name, args.patients)] / measured[(name, args.small)]
        console.print(f"{name}: p50 at {args.patients:,} / at {args.small:,} = {ratio:.2f} "
                      f"({'✓' if ratio <= 1.5 else '✗'} target ≤ 1.5)")


if __name__ == "__main__":
    main()
