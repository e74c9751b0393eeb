"""Verify and parse the webhooks Telnyx sends about calls.

    from telnyx_voice import webhooks

    event = webhooks.unwrap(request_body, request.headers)  # public key from $TELNYX_PUBLIC_KEY
    if isinstance(event, webhooks.UnknownEvent):
        ...  # an event type this package does not know; event.raw holds the delivery

Telnyx signs every delivery with Ed25519: `telnyx-signature-ed25519` is the base64 signature of
`<telnyx-timestamp header> + b"|" + <raw body>`, made with the key pair whose public half is shown in
the Mission Control portal. Verify the raw bytes as received: a body that was parsed and re-serialised
no longer matches its signature. Verification needs PyNaCl: `pip install 'telnyx-voice[webhooks]'`.

WebhookVerificationError (ValueError)  the delivery is not proven to come from Telnyx; nothing was parsed
├── MissingHeaderError             a signature header is absent
├── MalformedTimestampError        telnyx-timestamp is not whole Unix seconds (at most 15 ASCII digits)
├── MalformedBodyError             a str body that cannot be encoded as UTF-8, so it is not what was sent
├── TimestampOutsideToleranceError signed too long ago, or too far in the future (a replay or a bad clock)
├── MalformedSignatureError        telnyx-signature-ed25519 is not base64 of 64 bytes
├── InvalidSignatureError          the signature does not match the body, timestamp and key
├── MissingPublicKeyError          no public key given and $TELNYX_PUBLIC_KEY unset
└── MalformedPublicKeyError        the public key is not base64 of 32 bytes
WebhookDependencyError (ImportError)  PyNaCl is not installed
InvalidEventError (ValueError)     a verified body that is not a Telnyx event envelope
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import os
import time
from collections.abc import Callable, Iterable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, cast

import attrs

if TYPE_CHECKING:
    from .events import WebhookEvent

__all__ = [
    "InvalidEventError",
    "InvalidSignatureError",
    "MalformedBodyError",
    "MalformedPublicKeyError",
    "MalformedSignatureError",
    "MalformedTimestampError",
    "MissingHeaderError",
    "MissingPublicKeyError",
    "TimestampOutsideToleranceError",
    "UnknownEvent",
    "WebhookDependencyError",
    "WebhookVerificationError",
    "Webhooks",
    "parse_event",
    "unsafe_unwrap",
    "unwrap",
    "verify",
]

SIGNATURE_HEADER = "telnyx-signature-ed25519"
TIMESTAMP_HEADER = "telnyx-timestamp"
PUBLIC_KEY_ENV = "TELNYX_PUBLIC_KEY"
DEFAULT_TOLERANCE = 300
# Unix seconds have 10 digits until the year 2286; the bound keeps int() and float() away from huge inputs.
MAX_TIMESTAMP_DIGITS = 15

# Anything shaped like request headers: a Mapping (dict, httpx.Headers, starlette Headers), or pairs
# (an ASGI scope's `headers`, werkzeug Headers), with str or bytes names and values.
Headers = Mapping[str, str] | Iterable[tuple[str | bytes, str | bytes]]


class WebhookVerificationError(ValueError):
    """The delivery could not be verified as coming from Telnyx; its body was not parsed.

    A `ValueError`, as the official SDK raises, so code catching that keeps working.
    """


class MissingHeaderError(WebhookVerificationError):
    """A required signature header is absent."""


class MalformedTimestampError(WebhookVerificationError):
    """The telnyx-timestamp header is not an integer number of Unix seconds."""


class MalformedBodyError(WebhookVerificationError):
    """A str body that cannot be encoded as UTF-8 (a lone surrogate): it cannot be the bytes Telnyx signed."""


class TimestampOutsideToleranceError(WebhookVerificationError):
    """The delivery was signed further from now than the tolerance allows, in the past or the future."""


class MalformedSignatureError(WebhookVerificationError):
    """The telnyx-signature-ed25519 header is not base64 of a 64-byte signature."""


class MalformedPublicKeyError(WebhookVerificationError):
    """The public key is not base64 of 32 bytes."""


class InvalidSignatureError(WebhookVerificationError):
    """The signature does not match the body, the timestamp and the public key."""


class MissingPublicKeyError(WebhookVerificationError):
    """No public key: pass `public_key=` or set $TELNYX_PUBLIC_KEY."""


class WebhookDependencyError(ImportError):
    """PyNaCl, which verification needs, is not installed."""


class InvalidEventError(ValueError):
    """The body is not a Telnyx event envelope; the message says what is missing or wrong."""


@attrs.frozen
class UnknownEvent:
    """A well-formed event whose type this package has no class for.

    Telnyx adds event types over time; they arrive as UnknownEvent rather than as an error, so a
    receiver keeps acknowledging deliveries it does not handle.

    Attributes:
        event_type: `data.event_type`, e.g. "call.new_feature".
        id: `data.id`, the event's unique id.
        occurred_at: `data.occurred_at`, as sent (an ISO 8601 string), or None when absent.
        raw: the whole decoded envelope.
    """

    event_type: str
    id: str
    occurred_at: str | None
    raw: Mapping[str, Any]

    @property
    def data(self) -> Mapping[str, Any]:
        """The envelope's `data` object: the fields above plus `payload`."""
        data: Mapping[str, Any] = self.raw["data"]
        return data


def verify(
    body: bytes | str,
    headers: Headers,
    public_key: str | bytes | None = None,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Check that body and headers are a delivery Telnyx signed within the last `tolerance` seconds.

    Args:
        body: the raw request body, exactly as received (str is encoded as UTF-8).
        headers: the request headers; names are matched case-insensitively.
        public_key: base64 of the 32-byte Ed25519 public key, or the 32 raw bytes;
            None reads $TELNYX_PUBLIC_KEY.
        tolerance: how many seconds telnyx-timestamp may differ from now, either way.
        now: the current Unix time; defaults to `time.time()`.

    Raises:
        MissingPublicKeyError, MalformedPublicKeyError: the key is absent or unusable.
        MissingHeaderError: telnyx-signature-ed25519 or telnyx-timestamp is absent.
        MalformedTimestampError, MalformedSignatureError: a header cannot be decoded.
        MalformedBodyError: a str body cannot be encoded as UTF-8.
        TimestampOutsideToleranceError: the timestamp is more than `tolerance` seconds from now.
        InvalidSignatureError: the signature does not match.
        WebhookDependencyError: PyNaCl is not installed.
    """
    signature_holds = _signature_checker(_resolve_public_key(public_key))
    encoded_signature, timestamp = _signature_headers(headers)
    signed_at = _parse_timestamp(timestamp)
    current = time.time() if now is None else now
    if abs(current - signed_at) > tolerance:
        direction = "old" if signed_at < current else "in the future"
        raise TimestampOutsideToleranceError(
            f"{TIMESTAMP_HEADER} {timestamp} is {abs(current - signed_at):.0f} s {direction}; "
            f"the tolerance is {tolerance} s"
        )
    signature = _decode_signature(encoded_signature)
    raw_body = _body_bytes(body)
    if not signature_holds(timestamp.encode() + b"|" + raw_body, signature):
        raise InvalidSignatureError(
            f"{SIGNATURE_HEADER} does not match the body and timestamp for this public key "
            "(was the body re-serialised, or is the key another account's?)"
        )


def parse_event(body: bytes | str | Mapping[str, Any]) -> WebhookEvent:
    """The typed event in a Telnyx webhook body: an instance of the generated class for its
    `data.event_type`, or an `UnknownEvent` when there is none.

    Parse only bodies that `verify` accepted, or use `unwrap`. Reading is lenient, as for responses:
    a field of the wrong type or format is kept as sent and a missing one reads None, so an event
    always reaches the class of its type. A body that is the event itself, without the `data`
    envelope (as the spec documents `conference.floor.changed`), is read as if enveloped.

    Args:
        body: the raw JSON body, or the already-decoded envelope.

    Raises:
        InvalidEventError: body is not JSON or not an event envelope (no `data.event_type`, `data.id`
            or `data.payload` object, say).
    """
    return _event_from_envelope(_load_envelope(body))


def unsafe_unwrap(body: bytes | str | Mapping[str, Any]) -> WebhookEvent:
    """`parse_event(body)` without verifying anything, under the official SDK's name: for tests and
    for bodies verified elsewhere."""
    return parse_event(body)


def unwrap(
    body: bytes | str,
    headers: Headers,
    public_key: str | bytes | None = None,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """Verify a delivery, then parse it: `verify(...)` followed by `parse_event(body)`.

    Args:
        body, headers, public_key, tolerance, now: as for `verify`.

    Raises:
        WebhookVerificationError: from `verify`; the body was not parsed.
        WebhookDependencyError: PyNaCl is not installed.
        InvalidEventError: from `parse_event`.
    """
    verify(body, headers, public_key, tolerance=tolerance, now=now)
    return parse_event(body)


@attrs.frozen
class Webhooks:
    """`verify`, `parse_event` and `unwrap` with the public key and tolerance fixed: `Telnyx().webhooks`.

    Args:
        public_key: as for `verify`; None reads $TELNYX_PUBLIC_KEY on each call.
        tolerance: as for `verify`.
    """

    public_key: str | bytes | None = None
    tolerance: int = attrs.field(default=DEFAULT_TOLERANCE, kw_only=True)

    def verify(self, body: bytes | str, headers: Headers, *, now: float | None = None) -> None:
        """`verify(body, headers, ...)` with this key and tolerance; raises as it does."""
        verify(body, headers, self.public_key, tolerance=self.tolerance, now=now)

    def parse_event(self, body: bytes | str | Mapping[str, Any]) -> WebhookEvent:
        """`parse_event(body)`; raises as it does."""
        return parse_event(body)

    def unsafe_unwrap(self, body: bytes | str | Mapping[str, Any]) -> WebhookEvent:
        """`parse_event(body)`, not verified (the official SDK's name); raises as it does."""
        return parse_event(body)

    def unwrap(
        self, body: bytes | str, headers: Headers, *, key: str | bytes | None = None, now: float | None = None
    ) -> WebhookEvent:
        """`unwrap(body, headers, ...)` with this tolerance and this key, or key when given; raises as it does."""
        return unwrap(body, headers, self.public_key if key is None else key, tolerance=self.tolerance, now=now)


def _resolve_public_key(public_key: str | bytes | None) -> str | bytes:
    if public_key is None:
        public_key = os.environ.get(PUBLIC_KEY_ENV)
    if not public_key:
        raise MissingPublicKeyError(f"no public key: pass public_key= or set ${PUBLIC_KEY_ENV}")
    return public_key


# Keyed by the key as given, so a warm call neither decodes it nor rebuilds the VerifyKey.
@functools.lru_cache(maxsize=16)
def _signature_checker(public_key: str | bytes) -> Callable[[bytes, bytes], bool]:
    try:
        from nacl.exceptions import BadSignatureError
        from nacl.signing import VerifyKey
    except ImportError as exc:
        raise WebhookDependencyError(
            "verifying Telnyx webhooks needs PyNaCl: pip install 'telnyx-voice[webhooks]'"
        ) from exc
    verify_key = VerifyKey(_decode_public_key(public_key))

    def signature_holds(message: bytes, signature: bytes) -> bool:
        try:
            verify_key.verify(message, signature)
        except BadSignatureError:
            return False
        return True

    return signature_holds


def _decode_public_key(public_key: str | bytes) -> bytes:
    # 32 bytes are the raw key itself: base64 of a 32-byte key is 44 characters, so no ambiguity.
    if isinstance(public_key, bytes) and len(public_key) == 32:
        return public_key
    try:
        key = base64.b64decode(public_key.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MalformedPublicKeyError(f"the public key is not valid base64: {exc}") from None
    if len(key) != 32:
        raise MalformedPublicKeyError(f"the public key decodes to {len(key)} bytes; an Ed25519 key has 32")
    return key


def _signature_headers(headers: Headers) -> tuple[str, str]:
    """The telnyx-signature-ed25519 and telnyx-timestamp values, matching names in any case."""
    signature: str | bytes | None = None
    timestamp: str | bytes | None = None
    if isinstance(headers, Mapping):
        # Case-insensitive mappings (httpx, starlette, Django) answer directly; a plain dict may need the scan.
        signature, timestamp = headers.get(SIGNATURE_HEADER), headers.get(TIMESTAMP_HEADER)
        pairs: Iterable[tuple[str | bytes, str | bytes]] = (
            () if signature is not None and timestamp is not None else headers.items()
        )
    else:
        pairs = headers
    for raw_name, value in pairs:
        name = (raw_name.decode("latin-1") if isinstance(raw_name, bytes) else raw_name).lower()
        if name == SIGNATURE_HEADER and signature is None:
            signature = value
        elif name == TIMESTAMP_HEADER and timestamp is None:
            timestamp = value
    if signature is None:
        raise MissingHeaderError(f"the {SIGNATURE_HEADER} header is missing")
    if timestamp is None:
        raise MissingHeaderError(f"the {TIMESTAMP_HEADER} header is missing")
    return _header_text(signature), _header_text(timestamp)


def _header_text(value: str | bytes) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else value


def _parse_timestamp(timestamp: str) -> int:
    # int() would also take " 17", "+17", "1_7" and non-ASCII digits; Telnyx sends plain ASCII digits.
    if not (timestamp.isascii() and timestamp.isdigit()):
        raise MalformedTimestampError(f"{TIMESTAMP_HEADER} {timestamp[:40]!r} is not whole Unix seconds")
    if len(timestamp) > MAX_TIMESTAMP_DIGITS:
        raise MalformedTimestampError(
            f"{TIMESTAMP_HEADER} {timestamp[:40]!r}... has {len(timestamp)} digits; "
            f"Unix seconds have at most {MAX_TIMESTAMP_DIGITS}"
        )
    return int(timestamp)


def _body_bytes(body: bytes | str) -> bytes:
    if isinstance(body, bytes):
        return body
    try:
        return body.encode()
    except UnicodeEncodeError as exc:
        raise MalformedBodyError(
            f"the body is a str that cannot be encoded as UTF-8 (position {exc.start}: {exc.reason}), "
            "so it is not what Telnyx sent; pass the raw bytes"
        ) from None


def _decode_signature(encoded: str) -> bytes:
    try:
        signature = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MalformedSignatureError(f"{SIGNATURE_HEADER} is not valid base64: {exc}") from None
    if len(signature) != 64:
        raise MalformedSignatureError(
            f"{SIGNATURE_HEADER} decodes to {len(signature)} bytes; an Ed25519 signature has 64"
        )
    return signature


def _load_envelope(body: bytes | str | Mapping[str, Any]) -> Mapping[str, Any]:
    """The decoded body, checked to be `{"data": {"record_type": "event", ...}, "meta"?: {...}}`."""
    if isinstance(body, Mapping):
        envelope: Any = body
    else:
        try:
            envelope = json.loads(body)
        except ValueError as exc:  # UnicodeDecodeError is one too
            raise InvalidEventError(f"body is not valid JSON: {exc}") from None
    if not isinstance(envelope, Mapping):
        raise InvalidEventError(f"webhook body is a JSON {_json_kind(envelope)}, not an object")
    if "data" not in envelope and "event_type" in envelope:
        envelope = {"data": envelope}  # the event itself, without its envelope
    if "data" not in envelope:
        raise InvalidEventError("webhook body has no 'data' object")
    data = envelope["data"]
    if not isinstance(data, Mapping):
        raise InvalidEventError(f"webhook body's 'data' is a JSON {_json_kind(data)}, not an object")
    meta = envelope.get("meta")
    if meta is not None and not isinstance(meta, Mapping):
        raise InvalidEventError(f"webhook body's 'meta' is a JSON {_json_kind(meta)}, not an object")
    if data.get("record_type") != "event":
        raise InvalidEventError(f"data.record_type is {data.get('record_type')!r}, not 'event'")
    # conference.* events carry no occurred_at, so it is checked only when present
    for field in ("event_type", "id", "occurred_at"):
        if field not in data:
            if field == "occurred_at":
                continue
            raise InvalidEventError(f"data.{field} is missing")
        if not isinstance(data[field], str):
            raise InvalidEventError(f"data.{field} is a JSON {_json_kind(data[field])}, not a string")
    if "payload" not in data:
        raise InvalidEventError("data.payload is missing")
    if not isinstance(data["payload"], Mapping):
        raise InvalidEventError(f"data.payload is a JSON {_json_kind(data['payload'])}, not an object")
    checked: Mapping[str, Any] = envelope
    return checked


def _event_from_envelope(envelope: Mapping[str, Any]) -> WebhookEvent:
    data = envelope["data"]
    event_class = _event_class_for(data["event_type"])
    if event_class is None:
        return UnknownEvent(
            event_type=data["event_type"], id=data["id"], occurred_at=data.get("occurred_at"), raw=envelope
        )
    # the class registered for data.event_type: one member of WebhookEvent
    return cast("WebhookEvent", event_class.from_dict(envelope))


def _event_class_for(event_type: str) -> type[Any] | None:
    """The generated class for event_type, from the `events` module generated beside this one.

    Imported on first use because the registry imports every event model. Tests replace this
    function, since outside the generated package there is no `events` module.
    """
    event_class: type[Any] | None = _registry()(event_type)
    return event_class


@functools.cache
def _registry() -> Callable[[str], type[Any] | None]:
    lookup: Callable[[str], type[Any] | None] = import_module(".events", __package__).event_class_for
    return lookup


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return type(value).__name__
