"""What the HTTP layer needs from a sandbox: the declared interface between `_app` and `Sandbox`.

`create_app` takes any object with these members, so the routes can be exercised with a stand-in
that records what reached it, and `_app` never imports `Sandbox`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from ._addresses import HostPolicy
from ._delivery import Envelope
from ._responses import Reply
from ._validation import Endpoint


@dataclass(frozen=True)
class EventPage:
    """Events from position `since` on, at most a page of them.

    Attributes:
        events: the events, oldest first.
        next_since: the position to ask for next (after the last event looked at).
        oldest: the position of the oldest event still kept (older ones were dropped).
        has_more: more events follow next_since already.
    """

    events: list[Envelope]
    next_since: int
    oldest: int
    has_more: bool


class SandboxBackend(Protocol):
    """The sandbox as the HTTP layer sees it (`telnyx_voice_sandbox.Sandbox` is one)."""

    @property
    def api_key(self) -> str | None:
        """The only bearer token accepted; None: any non-empty one."""

    @property
    def host_policy(self) -> HostPolicy:
        """Which Host and Origin headers requests may carry."""

    @property
    def public_key(self) -> str: ...

    @property
    def webhook_url(self) -> str | None: ...

    @property
    def no_answer_numbers(self) -> set[str]: ...

    @property
    def event_count(self) -> int: ...

    async def start(self) -> None: ...

    async def aclose(self) -> None: ...

    def handle(
        self, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
    ) -> Reply:
        """Run one validated API request; raises `APIError` for Telnyx-style failures."""

    def has_call(self, call_control_id: str) -> bool: ...

    def script_digits(self, digits: str | Iterable[str], *, call_control_id: str | None = None) -> None: ...

    async def inbound_call(
        self,
        *,
        from_: str,
        to: str,
        connection_id: str = "sandbox",
        webhook_url: str | None = None,
        client_state: str | None = None,
    ) -> str: ...

    async def remote_hangup(self, call_control_id: str, cause: str = "normal_clearing") -> None: ...

    def call_status(self, call_control_id: str) -> dict[str, Any]: ...

    def events_page(self, since: int, size: int, call_control_id: str | None = None) -> EventPage: ...

    def recording_audio(self, file_name: str) -> tuple[bytes, str] | None:
        """The bytes and content type of a saved recording's download (`<id>.<format>`), or None."""
