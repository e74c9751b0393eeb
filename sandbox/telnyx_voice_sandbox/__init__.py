"""A local Telnyx call-control sandbox: the 96 operations with real call, conference and queue state machines, signed webhooks.

    from telnyx_voice import AsyncTelnyx
    from telnyx_voice_sandbox import Sandbox

    async with Sandbox.running(webhook_url="http://127.0.0.1:8000/webhooks") as sb:
        client = AsyncTelnyx(api_key="sandbox", base_url=sb.base_url)
        call = await client.calls.dial(connection_id="demo", from_="+15550001111", to="+15550002222")
        answered = await sb.wait_for_event("call.answered", call_control_id=call.data.call_control_id)

Webhooks are signed with the sandbox's own Ed25519 key: verify them with `sb.public_key`. Or consume
events in-process: `sb.subscribe()`, `sb.add_listener(callback)`, `sb.wait_for_event(...)`, `sb.events`.
Command line: `telnyx-voice-sandbox --port 8090 --webhook-url http://127.0.0.1:8000/webhooks`.
"""

from ._delivery import DeliveryAttempt, Envelope, Listener, Subscription
from ._errors import APIError
from ._model import SandboxConfig
from ._sandbox import Sandbox
from ._server import RunningServer, serve, serve_in_thread

__all__ = [
    "APIError",
    "DeliveryAttempt",
    "Envelope",
    "Listener",
    "RunningServer",
    "Sandbox",
    "SandboxConfig",
    "Subscription",
    "serve",
    "serve_in_thread",
]
