"""Where a tenant's callbacks may go: `https` to a public address, unless the operator allowed a private one.

An EMR on the center's own network is a real case, so a private, loopback or link-local target is a
per-tenant flag (`--allow-private-callback`) rather than a ban; that flag also allows plain `http` to such
an address. The URL is checked when it is set and again each time a delivery resolves it, so a name
that later resolves somewhere private is refused then.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

RESOLVE_TIMEOUT_S = 5.0


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
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def check(url: str, allow_private: bool) -> None:
    """Raise TargetRefused unless `url` may receive callbacks (resolving its host now)."""
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
