"""Which addresses the sandbox trusts: the Host and Origin of requests, and where webhooks may go.

Requests: a web page must not reach the sandbox through DNS rebinding (its own name resolving to
127.0.0.1), so the Host header must be a loopback address, `localhost`, a name under the reserved
`.invalid` top-level domain (which never resolves, so no page can carry it; in-process transports
use it), or a name allowed explicitly. A browser's Origin must name such a host too.

Webhooks: the sandbox POSTs wherever a request says, so it would be a way into other services on the
machine or the network (SSRF). Over the network it only delivers to loopback addresses and
`localhost`, plus hosts allowed explicitly; never to link-local addresses (169.254.0.0/16 and
fe80::/10, where cloud metadata services answer), multicast or unspecified ones, whatever the list says.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from telnyx_voice._net import is_loopback

from . import _errors as errors

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_WEB_SCHEMES = ("http", "https")
ANY_HOST = "*"


def _ip(host: str) -> IPAddress | None:
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _never_a_target(address: IPAddress) -> bool:
    """Link-local (cloud metadata lives there), multicast, unspecified: no webhook goes there."""
    return address.is_link_local or address.is_multicast or address.is_unspecified


def _host_of_header(value: str) -> str:
    """The host name of a Host header (`[::1]:8090` is `::1`), lower case."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:].partition("]")[0]
    return value.rpartition(":")[0] if value.count(":") == 1 else value


@dataclass(frozen=True)
class HostPolicy:
    """Which Host (and Origin) headers a request may carry.

    Attributes:
        allowed_hosts: host names allowed besides loopback ones, `localhost` and `*.invalid`;
            `"*"` allows any (for a sandbox served to the network behind an API key).
    """

    allowed_hosts: frozenset[str] = frozenset()

    @classmethod
    def of(cls, hosts: Iterable[str]) -> HostPolicy:
        return cls(frozenset(host.strip().lower().strip("[]") for host in hosts))

    def allows_name(self, host: str) -> bool:
        if ANY_HOST in self.allowed_hosts or host in self.allowed_hosts or is_loopback(host):
            return True
        return host == "invalid" or host.endswith(".invalid")

    def allows_host(self, header: str | None) -> bool:
        """Whether a request with this Host header is served (a missing one is not)."""
        return bool(header) and self.allows_name(_host_of_header(header or ""))

    def allows_origin(self, origin: str | None) -> bool:
        """Whether a request with this Origin header is served: none, or an http(s) origin of an allowed host."""
        if not origin:
            return True
        parts = urlsplit(origin.strip().lower())
        return parts.scheme in _WEB_SCHEMES and parts.hostname is not None and self.allows_name(parts.hostname)


def is_web_url(value: object) -> bool:
    """Whether value is an absolute http(s) URL with a host (and a numeric port, if any)."""
    if not isinstance(value, str):
        return False
    try:
        parts = urlsplit(value)
        # `port` raises ValueError on a port that is not a number
        return parts.scheme.lower() in _WEB_SCHEMES and bool(parts.hostname) and parts.port != 0
    except ValueError:
        return False


def check_default_webhook_url(url: str | None) -> None:
    """Raise ValueError unless url is None or an absolute http(s) URL (the sandbox's default webhook URL)."""
    if url is not None and not is_web_url(url):
        raise ValueError(f"the webhook URL must be an absolute http:// or https:// URL, got {url!r}")


def check_webhook_url(value: object, field: str) -> None:
    """Raise the API's 422 naming field unless value is empty or an absolute http(s) URL with a host."""
    if value is None or value == "" or is_web_url(value):
        return
    raise errors.unprocessable(
        "10015",
        "Invalid value",
        f"The '{field}' value must be an absolute http:// or https:// URL.",
        pointer=f"/{field}",
    )


class WebhookTargets:
    """Where webhooks may be POSTed over the network: loopback, plus the hosts allowed explicitly.

    Raises:
        ValueError: an allowed host is a link-local, multicast or unspecified address.
    """

    def __init__(self, allowed_hosts: Iterable[str] = ()) -> None:
        self.allowed_hosts = frozenset(host.strip().lower().strip("[]") for host in allowed_hosts)
        for host in self.allowed_hosts:
            address = _ip(host)
            if address is not None and _never_a_target(address):
                raise ValueError(
                    f"webhook host {host} is a link-local, multicast or unspecified address: never allowed"
                )

    async def refusal(self, url: str) -> str | None:
        """Why a webhook must not go to url, or None when it may."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if parts.scheme.lower() not in _WEB_SCHEMES or not host:
            return "not an absolute http(s) URL"
        address = _ip(host)
        if address is not None and _never_a_target(address):
            return "a link-local, multicast or unspecified address"
        if is_loopback(host):
            return None
        if host not in self.allowed_hosts:
            return "not a loopback address or an allowed webhook host (--allow-webhook-host)"
        if address is None and any(_never_a_target(a) for a in await _resolve(host)):
            return "the host resolves to a link-local, multicast or unspecified address"
        return None


async def _resolve(host: str) -> list[IPAddress]:
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except OSError:
        return []
    found = [_ip(str(info[4][0])) for info in infos]
    return [address for address in found if address is not None]
