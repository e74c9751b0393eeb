"""`telnyx-voice-sandbox`: serve the call-control sandbox on 127.0.0.1 until interrupted."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import Sequence

from ._sandbox import Sandbox


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="telnyx-voice-sandbox",
        description="A local Telnyx call-control API: no account, no phone number, signed webhooks.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: 0, a free port)")
    parser.add_argument("--webhook-url", help="default webhook URL for call events")
    parser.add_argument(
        "--no-answer", action="append", default=[], metavar="NUMBER", help="a number that never answers (repeatable)"
    )
    parser.add_argument("--answer-delay", type=float, default=0.5, help="seconds a dialled number rings (default 0.5)")
    parser.add_argument(
        "--media-duration", type=float, default=1.0, help="seconds a speak or playback lasts (default 1)"
    )
    parser.add_argument("--delivery-attempts", type=int, default=3, help="webhook attempts per event (default 3)")
    parser.add_argument("--retry-backoff", type=float, default=1.0, help="seconds before the first retry (default 1)")
    return parser.parse_args(argv)


async def serve_forever(args: argparse.Namespace) -> None:
    sandbox = Sandbox(
        webhook_url=args.webhook_url,
        no_answer=args.no_answer,
        answer_delay=args.answer_delay,
        media_duration=args.media_duration,
        delivery_attempts=args.delivery_attempts,
        retry_backoff=args.retry_backoff,
    )
    async with sandbox.serving(args.host, args.port) as sb:
        assert sb.server is not None
        print(f"Telnyx call-control sandbox listening on {sb.base_url}", flush=True)
        print(f"  export TELNYX_BASE_URL={sb.base_url}")
        print("  export TELNYX_API_KEY=sandbox      # any non-empty key is accepted")
        print(f"  export TELNYX_PUBLIC_KEY={sb.public_key}")
        print(f"Webhook public key (Ed25519, base64): {sb.public_key}")
        print(f"Default webhook URL: {sb.webhook_url or 'none (events are recorded; see GET /sandbox/events)'}")
        print("Press Ctrl+C to stop.", flush=True)
        await sb.server.wait()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve_forever(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
