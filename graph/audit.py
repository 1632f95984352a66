"""The audit trail of patient-page openings (the access URL is a bearer credential: every use is kept)."""

from __future__ import annotations

import uuid
from typing import Any

from graph.clock import now_ms
from graph.driver import GraphDriver


def page_open(driver: GraphDriver, tenant_id: str, patient_id: str | None, client_address: str | None,
              result: str) -> None:
    driver.write("audit/page_open", id=str(uuid.uuid4()), now=now_ms(), tenant_id=tenant_id, patient_id=patient_id,
                 client_address=client_address, result=result)


def page_opens(driver: GraphDriver, tenant_id: str, limit: int = 100) -> list[dict[str, Any]]:
    return [row["open"] for row in driver.read("audit/page_opens", tenant_id=tenant_id, limit=limit)]
