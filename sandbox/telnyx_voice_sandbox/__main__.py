"""`telnyx-voice-sandbox`: serve the call-control sandbox on 127.0.0.1 until interrupted.

It listens on a loopback address only, unless `--allow-remote` says otherwise; then it also needs an
API key (`--api-key` or `$TELNYX_SANDBOX_API_KEY`), the only bearer token it accepts, so the sandbox
is never open to the network. On loopback it answers only requests whose Host is a loopback name (or
one given with `--allow-host`), against DNS rebinding; with `--allow-remote` the API key guards it and
any Host is served. Webhooks go to loopback addresses only, unless `--allow-webhook-host` names more.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
from collections.abc import Sequence

from telnyx_voice._net import is_loopback

from ._addresses import WebhookTargets, check_default_webhook_url
from ._sandbox import Sandbox

API_KEY_ENV = "TELNYX_SANDBOX_API_KEY"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="telnyx-voice-sandbox",
        description="A local Telnyx call-control API: no account, no phone number, signed webhooks.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: 0, a free port)")
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a --host that is not a loopback address (needs --api-key)",
    )
    parser.add_argument(
        "--api-key",
        default=os.environ.get(API_KEY_ENV) or None,
        help=f"the only bearer token accepted (default: ${API_KEY_ENV}; unset: any non-empty token)",
    )
    parser.add_argument("--webhook-url", help="default webhook URL for call events")
    parser.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a Host header to serve besides 127.0.0.1, localhost and [::1] (repeatable)",
    )
    parser.add_argument(
        "--allow-webhook-host",
        action="append",
        default=[],
        metavar="HOST",
        help="a host webhooks may go to besides loopback addresses (repeatable; never link-local ones)",
    )
    parser.add_argument(
        "--max-ended-calls", type=int, default=1_000, help="ended calls kept, oldest forgotten first (default 1000)"
    )
    parser.add_argument(
        "--max-events", type=int, default=10_000, help="events and call event records kept (default 10000)"
    )
    parser.add_argument(
        "--no-answer", action="append", default=[], metavar="NUMBER", help="a number that never answers (repeatable)"
    )
    parser.add_argument("--answer-delay", type=float, default=0.5, help="seconds a dialled number rings (default 0.5)")
    parser.add_argument(
        "--media-duration", type=float, default=1.0, help="seconds a speak or playback lasts (default 1)"
    )
    parser.add_argument("--delivery-attempts", type=int, default=3, help="webhook attempts per event (default 3)")
    parser.add_argument("--retry-backoff", type=float, default=1.0, help="seconds before the first retry (default 1)")
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The options; exits with status 2 on a non-loopback host without `--allow-remote` and an API key,
    on a link-local `--allow-webhook-host`, or on a `--webhook-url` that is not an http(s) URL."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        WebhookTargets(args.allow_webhook_host)
        check_default_webhook_url(args.webhook_url)
    except ValueError as exc:
        parser.error(str(exc))
    if not is_loopback(args.host):
        if not args.allow_remote:
            parser.error(
                f"--host {args.host} is not a loopback address: the sandbox would be reachable from the network. "
                "Pass --allow-remote (with --api-key) if that is what you want."
            )
        if not args.api_key:
            parser.error(
                f"--allow-remote needs an API key (--api-key or ${API_KEY_ENV}): "
                "the sandbox accepts any token without one."
            )
    return args


async def serve_forever(args: argparse.Namespace) -> None:
    sandbox = Sandbox(
        webhook_url=args.webhook_url,
        no_answer=args.no_answer,
        answer_delay=args.answer_delay,
        media_duration=args.media_duration,
        delivery_attempts=args.delivery_attempts,
        retry_backoff=args.retry_backoff,
        api_key=args.api_key,
        allowed_hosts=["*"] if args.allow_remote else args.allow_host,
        allow_webhook_hosts=args.allow_webhook_host,
        max_ended_calls=args.max_ended_calls,
        max_events=args.max_events,
    )
    async with sandbox.serving(args.host, args.port) as sb:
        assert sb.server is not None
        print(f"Telnyx call-control sandbox listening on {sb.base_url}", flush=True)
        print(f"  export TELNYX_BASE_URL={sb.base_url}")
        if args.api_key:
            print("  export TELNYX_API_KEY=...          # the --api-key: no other key is accepted")
        else:
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
