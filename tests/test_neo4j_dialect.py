"""Every statement the Neo4j backend would run passes Neo4j 5's own Cypher parser and semantic
analysis (`@neo4j-cypher/language-support`), so the production dialect is checked even where no
Neo4j server can run. Live Neo4j runs of the graph tests need NEO4J_URI."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from graph import migrations, statements
from tests.support import ROOT
from tests.test_statements import statement_names

CHECKER = ROOT / "tests" / "neo4j_dialect"


def lint(items: list[dict[str, str]]) -> dict[str, list[str]]:
    node = shutil.which("node")
    if node is None or not (CHECKER / "node_modules" / "@neo4j-cypher").is_dir():
        pytest.skip("Neo4j dialect check needs node and `npm ci` in tests/neo4j_dialect (the README's test command)")
    done = subprocess.run([node, "lint.cjs"], input=json.dumps(items), capture_output=True, text=True,
                          cwd=CHECKER, timeout=120)
    assert done.returncode == 0, done.stderr
    return {row["name"]: row["errors"] for row in json.loads(done.stdout)}


def test_neo4j_statements_parse_and_analyse_cleanly() -> None:
    items = [{"name": name, "text": statements.load(name, "neo4j")} for name in sorted(statement_names())]
    items += [{"name": f"migration {m.version} {m.name}", "text": m.text} for m in migrations.available("neo4j")]
    errors = {name: found for name, found in lint(items).items() if found}
    assert errors == {}


def test_the_checker_rejects_what_neo4j_rejects() -> None:
    found = lint([
        {"name": "unclosed", "text": "MATCH (p:Patient RETURN p"},
        {"name": "unbound", "text": "MATCH (p:Patient) RETURN q"},
        {"name": "neo4j4_index", "text": "CREATE INDEX ON :Patient(id)"},
        {"name": "neo4j4_exists", "text": "MATCH (p:Patient) WHERE exists(p.id) RETURN p"},
        {"name": "fine", "text": "MATCH (p:Patient {id: $id}) RETURN p {.*} AS patient"},
    ])
    assert found["unclosed"] and found["unbound"] and found["neo4j4_index"] and found["neo4j4_exists"]
    assert found["fine"] == []
