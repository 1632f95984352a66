"""Where a tenant's callbacks may go: `https` to a public address, unless the operator allowed a private one.

An EMR on the center's own network is a real case, so a private, loopback or link-local target is a
per-tenant flag (`--allow-private-callback`) rather than a ban; that flag also allows plain `http` to such
an address. The URL is checked when it is set and again each time a delivery resolves it, and the
delivery then connects to the address that was checked (TLS still verifies the host's name), so a name
that re-resolves elsewhere between the check and the connection (DNS rebinding) cannot redirect it.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

# IPv6 prefixes that embed an IPv4 address a router may translate to (NAT64, 6to4): never public targets.
_TRANSLATED = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"),
               ipaddress.ip_network("2002::/16"))


class TargetRefused(ValueError):
    """The callback URL may not be used; the message says why."""


def _addresses(host: str) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise TargetRefused(f"the callback host {host!r} does not resolve") from exc
    return sorted({ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos}, key=str)


def is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        elif any(address in network for network in _TRANSLATED):
            return False
    return address.is_global and not address.is_multicast


@dataclass(frozen=True)
class Pinned:
    """A request to the address that was checked, for the URL's host."""

    url: str
    headers: dict[str, str]
    extensions: dict[str, Any]


def pinned(url: str, allow_private: bool) -> Pinned:
    """Check `url` now and aim the request at the checked address (Host header and TLS SNI keep the name)."""
    address = check(url, allow_private)[0]
    parts = urlsplit(url)
    host = f"[{address}]" if address.version == 6 else str(address)
    named = f"[{parts.hostname}]" if parts.hostname and ":" in parts.hostname else parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    extensions = {"sni_hostname": parts.hostname} if parts.scheme == "https" else {}
    return Pinned(urlunsplit(parts._replace(netloc=host + port)), {"host": named + port}, extensions)


def check(url: str, allow_private: bool) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """The addresses `url`'s host resolves to now; TargetRefused unless it may receive callbacks."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise TargetRefused("the callback URL must be an absolute https URL")
    addresses = _addresses(parts.hostname)
    private = [address for address in addresses if not is_public(address)]
    if private and not allow_private:
        raise TargetRefused(f"the callback host resolves to a non-public address ({private[0]}); the operator may "
                            "allow it with --allow-private-callback")
    if parts.scheme == "http" and not (allow_private and len(private) == len(addresses)):
        raise TargetRefused("the callback URL must use https (plain http only to an allowed private address)")
    return addresses
