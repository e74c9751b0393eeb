"""Which hosts are this machine: the one test the client (and other packages) use to tell loopback traffic apart."""

from __future__ import annotations

import ipaddress

_LOOPBACK_NAMES = frozenset({"localhost", "localhost."})


def is_loopback(host: str) -> bool:
    """Whether host names this machine: `localhost`, any address in 127.0.0.0/8, or `::1`.

    host is a URL's host as written (`127.0.0.1`, `[::1]`, `LocalHost`); IPv4-mapped IPv6 addresses
    (`::ffff:127.0.0.1`) count as their IPv4 address. Any other name is not loopback, even if it
    resolves to one: what a name resolves to can change between the check and the connection.
    """
    host = host.strip().lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if host in _LOOPBACK_NAMES:
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback
