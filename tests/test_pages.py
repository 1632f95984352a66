"""Patient page access rules that do not need a server: allowlists and the client address behind proxies."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from ipaddress import ip_address

from starlette.requests import Request

from graph.patients import Patient
from service.client_address import allowed, client_of, networks


def test_allowlist_is_closed_unless_it_names_the_address() -> None:
    assert not allowed(ip_address("203.0.113.9"), ())  # empty: nobody
    assert allowed(ip_address("203.0.113.9"), ("0.0.0.0/0", "::/0"))  # `any`
    assert allowed(ip_address("10.20.3.4"), ("10.20.0.0/16",))
    assert not allowed(ip_address("10.21.3.4"), ("10.20.0.0/16",))
    assert allowed(ip_address("::ffff:10.20.3.4"), ("10.20.0.0/16",))
    assert not allowed(None, ("0.0.0.0/0",))


def request(peer: str, forwarded: list[str]) -> Request:
    headers = [(b"x-forwarded-for", value.encode()) for value in forwarded]
    return Request({"type": "http", "client": (peer, 5000), "headers": headers, "method": "GET", "path": "/"})


def test_forwarded_for_counts_only_behind_a_trusted_proxy() -> None:
    trusted = networks(["10.0.0.0/8"])
    assert client_of(request("203.0.113.7", ["198.51.100.9"]), trusted) == ip_address("203.0.113.7")
    assert client_of(request("10.0.0.1", ["6.6.6.6, 198.51.100.9"]), trusted) == ip_address("198.51.100.9")
    assert client_of(request("10.0.0.1", ["198.51.100.9", "6.6.6.6, 10.0.0.2"]), trusted) == ip_address("6.6.6.6")
    assert client_of(request("10.0.0.1", ["not-an-ip"]), trusted) is None
    assert client_of(request("10.0.0.1", []), trusted) == ip_address("10.0.0.1")
    assert client_of(request("testclient", []), trusted) is None
    assert client_of(request("10.0.0.1", ["198.51.100.9"]), ()) == ip_address("10.0.0.1")


def test_age() -> None:
    born = Patient(id="p", tenant_id="t", token="pat_x", external_id=None, birth_date=date(1980, 6, 15), sex=None,
                   access_url_status="not_configured", created_at=0, updated_at=0)
    assert born.age_on(date(2026, 6, 14)) == 45
    assert born.age_on(date(2026, 6, 15)) == 46
    assert replace(born, birth_date=None).age_on(date(2026, 1, 1)) is None
