"""Versioned, idempotent schema migrations per backend (`cypher/migrations/<backend>/NNNN_name.*`)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from graph.clock import now_ms
from graph.driver import GraphDriver
from graph.statements import CYPHER_ROOT

READY_STATES = {"OPERATIONAL", "ONLINE"}


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    kind: str  # file suffix: "cypher" or "constraint" (FalkorDB's GRAPH.CONSTRAINT arguments)
    text: str


def available(backend: str) -> list[Migration]:
    """Every migration shipped for `backend`, in version order."""
    found = []
    for entry in CYPHER_ROOT.joinpath("migrations", backend).iterdir():
        stem, _, kind = entry.name.partition(".")
        version, _, name = stem.partition("_")
        if entry.is_file() and version.isdigit() and kind in {"cypher", "constraint"}:
            found.append(Migration(int(version), name, kind, entry.read_text(encoding="utf-8").strip()))
    found.sort(key=lambda m: m.version)
    if len({m.version for m in found}) != len(found):
        raise RuntimeError(f"duplicate migration versions for {backend}")
    return found


def pending(driver: GraphDriver) -> list[Migration]:
    applied = {row["version"] for row in driver.read("schema/applied_migrations")}
    return [m for m in available(driver.backend) if m.version not in applied]


def migrate(driver: GraphDriver, progress: Callable[[Migration], None] = lambda m: None) -> list[Migration]:
    """Apply what is pending, recording each step after it succeeds; a re-run applies nothing."""
    todo = pending(driver)
    for migration in todo:
        driver.apply_ddl(migration.text, migration.kind)
        driver.write("schema/record_migration", version=migration.version, name=migration.name, now=now_ms())
        progress(migration)
    wait_for_indexes(driver)
    return todo


def wait_for_indexes(driver: GraphDriver, timeout_s: float = 120.0) -> None:
    """Indexes (the vector index above all) answer only once OPERATIONAL/ONLINE."""
    deadline = time.monotonic() + timeout_s
    while True:
        states = driver.read("schema/index_states")
        building = [row["name"] for row in states if row["status"] not in READY_STATES]
        if not building:
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"indexes still building after {timeout_s:.0f}s: {building}")
        time.sleep(0.05)
