"""Patient page access rules that do not need a server."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from graph.patients import Patient
from service.routes.pages import client_allowed


def test_allowlist() -> None:
    assert client_allowed("203.0.113.9", ())
    assert client_allowed("10.20.3.4", ("10.20.0.0/16",))
    assert not client_allowed("10.21.3.4", ("10.20.0.0/16",))
    assert client_allowed("::1", ("10.0.0.0/8", "::1/128"))
    assert not client_allowed(None, ("10.0.0.0/8",))
    assert not client_allowed("testclient", ("10.0.0.0/8",))


def test_age() -> None:
    born = Patient(id="p", tenant_id="t", token="pat_x", access_token="a", external_id=None,
                   birth_date=date(1980, 6, 15), sex=None, access_url_status="not_configured", created_at=0,
                   updated_at=0)
    assert born.age_on(date(2026, 6, 14)) == 45
    assert born.age_on(date(2026, 6, 15)) == 46
    assert replace(born, birth_date=None).age_on(date(2026, 1, 1)) is None
