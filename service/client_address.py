"""The client address of a request: the direct peer, or — only when that peer is a trusted reverse proxy
(CLINIGRAPH_TRUSTED_PROXIES) — the rightmost address of X-Forwarded-For that is not itself a trusted
proxy. Anything further left was written by the client and proves nothing."""

from __future__ import annotations

from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address, ip_network

from starlette.requests import Request

Network = IPv4Network | IPv6Network
Address = IPv4Address | IPv6Address


def networks(cidrs: tuple[str, ...] | list[str]) -> tuple[Network, ...]:
    """Parsed once at start-up; a malformed CIDR is a configuration error."""
    return tuple(ip_network(cidr, strict=False) for cidr in cidrs)


def _address(text: str) -> Address | None:
    try:
        return ip_address(text.strip().strip("[]"))
    except ValueError:
        return None


def client_of(request: Request, trusted: tuple[Network, ...]) -> Address | None:
    """None when the address cannot be known (no peer, or not an IP)."""
    peer = _address(request.client.host) if request.client else None
    if peer is None or not any(peer in network for network in trusted):
        return peer
    forwarded = [hop for header in request.headers.getlist("x-forwarded-for") for hop in header.split(",")]
    for hop in reversed(forwarded):
        address = _address(hop)
        if address is None:
            return None  # a garbled chain: trust none of it
        if not any(address in network for network in trusted):
            return address
    return peer


def allowed(address: Address | None, allow: tuple[str, ...]) -> bool:
    """An empty allowlist refuses everyone (a tenant opens pages to all with `0.0.0.0/0` and `::/0`)."""
    if address is None:
        return False
    if isinstance(address, IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return any(address in ip_network(cidr, strict=False) for cidr in allow)
