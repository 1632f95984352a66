"""Every Cypher statement lives in `cypher/`, is used by `graph/`, and only `graph/` talks to the database."""

from __future__ import annotations

import re

import pytest

from graph import statements
from schema.analytics import QUERIES
from tests.support import ROOT

CYPHER = ROOT / "cypher"
CALL = re.compile(r"""\.(?:read|write)\(\s*["']([\w/]+)["']|\bstatement\s*=\s*["']([\w/]+)["']|["'](patients/[\w]+)["']""")


def statement_names() -> set[str]:
    names = set()
    for path in CYPHER.rglob("*.cypher"):
        relative = path.relative_to(CYPHER)
        if relative.parts[0] == "migrations":
            continue
        names.add(str(relative.with_suffix("")).split(".")[0])
    return names


def referenced_names() -> set[str]:
    found = set()
    for path in (ROOT / "graph").glob("*.py"):
        for match in CALL.finditer(path.read_text()):
            found.add(next(group for group in match.groups() if group))
    return found


def test_every_statement_is_used_and_every_use_exists() -> None:
    """The analytics queries are run by name from their parameter registry."""
    assert statement_names() == referenced_names() | {f"analytics/{name}" for name in QUERIES}


@pytest.mark.parametrize("backend", ["falkordb", "neo4j"])
def test_statements_resolve_for_each_backend(backend: str) -> None:
    for name in statement_names():
        text = statements.load(name, backend)
        assert text and ";" not in text.rstrip(";"), f"{name}: one statement per file"
    assert "db.indexes" in statements.load("schema/index_states", "falkordb")
    assert "SHOW INDEXES" in statements.load("schema/index_states", "neo4j")
    with pytest.raises(KeyError):
        statements.load("patients/nope", backend)


def test_only_graph_talks_to_the_database() -> None:
    for package in ("service", "ingestion", "nlp", "schema"):
        for path in (ROOT / package).rglob("*.py"):
            source = path.read_text()
            assert not re.search(r"^\s*(import|from)\s+(falkordb|neo4j)\b", source, re.M), path
