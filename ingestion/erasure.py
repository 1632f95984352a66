"""A patient's right to erasure, carried out: files (and any pages staged from them) off the disk first, while
the graph still says where they are, then the patient's graph. Run again after a crash, it finishes the job."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from graph import erasure
from graph.driver import GraphDriver
from ingestion import staging, storage

log = logging.getLogger(__name__)


def erase_patient(graph: GraphDriver, data_dir: Path, tenant_id: str, patient_id: str, key_id: str) -> dict[str, Any]:
    owned = erasure.owned_files(graph, tenant_id, patient_id)
    for key in owned.keys:
        storage.remove(data_dir, key)
    for document_id in owned.document_ids:
        staging.discard(data_dir, tenant_id, document_id)
    entry = erasure.erase(graph, tenant_id, patient_id, key_id, owned)
    log.info("patient erased", extra={"erasure_id": entry["id"], "documents": entry["documents"],
                                      "files": entry["files"]})
    return entry
