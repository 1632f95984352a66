"""The two reads of passage search for one patient: every active passage with its signals (similarity to
the question's vector, the question's terms it holds, whether it holds an asked-for kind of fact), then
the chosen passages with their documents and facts. Ranking them is the caller's (service.search)."""

from __future__ import annotations

from typing import Any

from graph.driver import GraphDriver


def candidates(driver: GraphDriver, tenant_id: str, patient_id: str, vector: list[float], terms: list[str],
               kinds: list[str]) -> list[dict[str, Any]]:
    """Each with `id`, `similarity`, `matched` (the terms it holds) and `asked`."""
    return driver.read("search/candidates", tenant_id=tenant_id, patient_id=patient_id, vector=vector,
                       terms=terms, kinds=kinds)


def passages_by_id(driver: GraphDriver, tenant_id: str, patient_id: str, ids: list[str]) -> list[dict[str, Any]]:
    """In the order of `ids`, each with its chunk, document ids and facts."""
    return driver.read("search/passages_by_id", tenant_id=tenant_id, patient_id=patient_id, ids=ids)
