"""A patient's erasure (LGPD art. 18 VI, GDPR art. 17): everything of the patient leaves the graph, its files
leave the disk (the caller removes them between `owned_files` and `documents`, so no file outlives the
record of where it was), and an erasure entry with no PHI stays."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from graph.clock import now_ms
from graph.driver import GraphDriver


@dataclass(frozen=True)
class OwnedFiles:
    document_ids: list[str]
    keys: list[str]  # storage keys: the uploaded file or record file, and a record's `data`


def owned_files(driver: GraphDriver, tenant_id: str, patient_id: str) -> OwnedFiles:
    rows = driver.read("erasure/files", tenant_id=tenant_id, patient_id=patient_id)
    return OwnedFiles([row["document_id"] for row in rows],
                      [key for row in rows for key in (row["storage_key"], row["data_key"]) if key])


def erase(driver: GraphDriver, tenant_id: str, patient_id: str, key_id: str, owned: OwnedFiles) -> dict[str, Any]:
    """Documents first, then the patient: a crash in between leaves the patient to erase again."""
    driver.write("erasure/documents", tenant_id=tenant_id, document_ids=owned.document_ids)
    rows = driver.write("erasure/patient", tenant_id=tenant_id, patient_id=patient_id, key_id=key_id,
                        erasure_id=str(uuid.uuid4()), now=now_ms(), documents=len(owned.document_ids),
                        files=len(owned.keys))
    return rows[0]["erasure"]
