"""Load Cypher statements from the `cypher` package, preferring a backend-specific variant."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable

CYPHER_ROOT: Traversable = files("cypher")


@lru_cache(maxsize=None)
def load(name: str, backend: str) -> str:
    """Text of `cypher/<name>.<backend>.cypher`, else `cypher/<name>.cypher`."""
    *folders, stem = name.split("/")
    folder = CYPHER_ROOT.joinpath(*folders) if folders else CYPHER_ROOT
    for candidate in (f"{stem}.{backend}.cypher", f"{stem}.cypher"):
        path = folder.joinpath(candidate)
        if path.is_file():
            return path.read_text(encoding="utf-8").strip()
    raise KeyError(f"no Cypher statement named {name!r} for backend {backend!r}")
