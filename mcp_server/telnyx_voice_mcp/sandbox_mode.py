"""`--sandbox`: the server on an embedded call-control sandbox, in-process, with no account and no port.

The server's `AsyncTelnyx` calls the sandbox's ASGI app through `httpx.ASGITransport`, and the sandbox
delivers its webhooks, signed with its own Ed25519 key, to the server's webhook receiver the same way
(the sandbox's `webhook_transport`): the receiver verifies each one with the sandbox's public key
before storing it, exactly as it verifies Telnyx's.

The sandbox (and httpx, starlette, the client) loads on the first call, not at start-up; only the
public key is computed up front, so it can be logged.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .settings import Settings

if TYPE_CHECKING:
    from telnyx_voice import AsyncTelnyx
    from telnyx_voice_sandbox import Sandbox

SANDBOX_API_ROOT = "http://sandbox.telnyx-voice.invalid/v2"
"""The API root the server's client uses; the host is never resolved (the transport is in-process)."""
RECEIVER_ORIGIN = "http://telnyx-voice-mcp.invalid"
"""Where the sandbox addresses its webhooks; they reach the receiver in-process."""
SANDBOX_API_KEY = "sandbox"


class EmbeddedSandbox:
    """A `telnyx_voice_sandbox.Sandbox` made on first use, wired to the server in-process.

    Args:
        receiver: returns the ASGI webhook receiver the sandbox delivers to.
        webhook_path: the path of the webhook URL the sandbox's events carry.
        seed: 32 bytes the sandbox's signing key derives from (random by default).
    """

    def __init__(self, receiver: Callable[[], Any], webhook_path: str, *, seed: bytes | None = None) -> None:
        from nacl.signing import SigningKey

        self.seed = seed if seed is not None else os.urandom(32)
        self.public_key = base64.b64encode(bytes(SigningKey(self.seed).verify_key)).decode()
        """Base64 of the sandbox's webhook signing key: what its events are verified with."""
        self.webhook_url = RECEIVER_ORIGIN + webhook_path
        self._receiver = receiver
        self._sandbox: Sandbox | None = None

    @property
    def sandbox(self) -> Sandbox:
        """The sandbox, made now if needed (again after `aclose`, with the same key)."""
        if self._sandbox is None:
            import httpx
            from telnyx_voice_sandbox import Sandbox

            self._sandbox = Sandbox(
                signing_seed=self.seed,
                webhook_url=self.webhook_url,
                webhook_transport=httpx.ASGITransport(app=self._receiver()),
            )
        return self._sandbox

    def client(self, settings: Settings) -> AsyncTelnyx:
        """An AsyncTelnyx on the sandbox's app (any key works there; the real one is never sent)."""
        import httpx
        from telnyx_voice import AsyncTelnyx

        transport = httpx.ASGITransport(app=self.sandbox.app)
        return AsyncTelnyx(
            api_key=SANDBOX_API_KEY,
            base_url=SANDBOX_API_ROOT,
            http_client=httpx.AsyncClient(transport=transport),
            max_retries=0,
            allow_insecure=True,  # plain http, but to the in-process app: nothing crosses a network
        )

    def script_digits(self, digits: str, call_control_id: str | None = None) -> None:
        """Queue what the simulated caller keys in at the next gather (see `Sandbox.script_digits`).

        Raises:
            KeyError: no such call in the sandbox.
        """
        self.sandbox.script_digits(digits, call_control_id=call_control_id)

    async def inbound_call(
        self, *, from_: str, to: str, connection_id: str, client_state: str | None = None
    ) -> dict[str, Any]:
        """A call ringing in (see `Sandbox.inbound_call`), its events sent to this server whatever the
        connection's webhook URL; returns the call's ids, direction and state."""
        sandbox = self.sandbox
        call_control_id = await sandbox.inbound_call(
            from_=from_, to=to, connection_id=connection_id, webhook_url=self.webhook_url, client_state=client_state
        )
        status = sandbox.call_status(call_control_id)
        ids = ("call_control_id", "call_leg_id", "call_session_id")
        return {
            **{key: status[key] for key in ids},
            "connection_id": connection_id,
            "from": from_,
            "to": to,
            "direction": "incoming",
            "state": "parked",
        }

    async def aclose(self) -> None:
        if self._sandbox is not None:
            sandbox, self._sandbox = self._sandbox, None
            await sandbox.aclose()
