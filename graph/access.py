"""Who is calling, and which of their tenant's patients the request names, in one round trip.

Every `/v1` request authenticates and most name a patient: resolving both in one statement saves a
graph round trip on every patient read.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from graph.driver import GraphDriver
from graph.patients import Patient, is_token
from graph.rows import from_row
from graph.tenants import Caller, Tenant, hash_key


@dataclass(frozen=True)
class Access:
    caller: Caller
    patient: Patient | None  # the named patient if it is the caller's tenant's; else (or none named) None


def authenticate(driver: GraphDriver, api_key: str, patient_ref: str | None = None) -> Access | None:
    """None for an unknown or revoked key. `patient_ref` is a `pat_` token or a UUID; anything else, or another
    tenant's patient, resolves to no patient, exactly like a missing one."""
    key_hash = hash_key(api_key)
    if patient_ref is not None and is_token(patient_ref):
        rows = driver.read("access/caller_and_patient_by_token", key_hash=key_hash, token=patient_ref)
    elif patient_ref is not None and (patient_id := _uuid(patient_ref)) is not None:
        rows = driver.read("access/caller_and_patient_by_id", key_hash=key_hash, id=patient_id)
    else:
        rows = driver.read("access/caller", key_hash=key_hash)
    if not rows:
        return None
    row = rows[0]
    caller = Caller(Tenant.from_row(row["tenant"]), row["key_id"], row["scope"])
    return Access(caller, from_row(Patient, row["patient"]) if row.get("patient") else None)


def _uuid(ref: str) -> str | None:
    try:
        return str(uuid.UUID(ref))
    except ValueError:
        return None
