"""`verify`, `parse_event` and `unwrap`: every way a delivery is accepted or rejected."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nacl.signing import SigningKey

from generator.runtime import webhooks

NOW = 1_700_000_000
STAMP = str(NOW)
BODY = b'{"data": {"record_type": "event"}}'
REPO_ROOT = Path(__file__).resolve().parents[2]

KEY = SigningKey(bytes(range(32)))
PUBLIC_KEY = base64.b64encode(bytes(KEY.verify_key)).decode()


def sign(body: bytes, timestamp: str = STAMP, key: SigningKey = KEY) -> str:
    return base64.b64encode(key.sign(timestamp.encode() + b"|" + body).signature).decode()


def headers_for(body: bytes, timestamp: str = STAMP) -> dict[str, str]:
    return {"telnyx-signature-ed25519": sign(body, timestamp), "telnyx-timestamp": timestamp}


def rejection(body: bytes | str, headers: Any, public_key: str | bytes | None = PUBLIC_KEY, **kwargs: Any) -> str:
    """Verify a delivery that must fail; returns the error as 'ClassName: message'."""
    kwargs.setdefault("now", NOW)
    with pytest.raises(webhooks.WebhookVerificationError) as caught:
        webhooks.verify(body, headers, public_key, **kwargs)
    return f"{type(caught.value).__name__}: {caught.value}"


# Accepted


def test_a_signed_delivery_verifies() -> None:
    webhooks.verify(BODY, headers_for(BODY), PUBLIC_KEY, now=NOW)


def test_a_fresh_key_and_the_real_clock(signer: Any) -> None:
    body = b'{"any": "bytes"}'
    webhooks.verify(body, signer.headers(body), signer.public_key)


def test_a_str_body_is_verified_as_utf8() -> None:
    text = '{"caller": "Zoë"}'
    webhooks.verify(text, headers_for(text.encode()), PUBLIC_KEY, now=NOW)


def test_a_raw_32_byte_public_key() -> None:
    webhooks.verify(BODY, headers_for(BODY), bytes(KEY.verify_key), now=NOW)


def test_a_base64_public_key_as_bytes() -> None:
    webhooks.verify(BODY, headers_for(BODY), PUBLIC_KEY.encode(), now=NOW)


@pytest.mark.parametrize(
    "rename",
    [str.lower, str.upper, str.title, lambda name: name.replace("telnyx", "Telnyx").replace("ed25519", "ED25519")],
    ids=["lower", "upper", "title", "mixed"],
)
def test_header_names_in_any_case(rename: Callable[[str], str]) -> None:
    headers = {rename(name): value for name, value in headers_for(BODY).items()}
    webhooks.verify(BODY, headers, PUBLIC_KEY, now=NOW)


def test_case_insensitive_mappings() -> None:
    signed = headers_for(BODY)
    headers = httpx.Headers({"Telnyx-Signature-Ed25519": signed["telnyx-signature-ed25519"], "TELNYX-TIMESTAMP": STAMP})
    webhooks.verify(BODY, headers, PUBLIC_KEY, now=NOW)


def test_a_list_of_str_pairs() -> None:
    pairs = [
        ("Content-Type", "application/json"),
        *((name.title(), value) for name, value in headers_for(BODY).items()),
    ]
    webhooks.verify(BODY, pairs, PUBLIC_KEY, now=NOW)


def test_asgi_scope_headers_as_bytes_pairs() -> None:
    pairs = [(name.encode(), value.encode()) for name, value in headers_for(BODY).items()]
    webhooks.verify(BODY, pairs, PUBLIC_KEY, now=NOW)


def test_the_public_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELNYX_PUBLIC_KEY", PUBLIC_KEY)
    webhooks.verify(BODY, headers_for(BODY), now=NOW)


def test_an_explicit_key_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    other = base64.b64encode(bytes(SigningKey(bytes(32)).verify_key)).decode()
    monkeypatch.setenv("TELNYX_PUBLIC_KEY", other)
    webhooks.verify(BODY, headers_for(BODY), PUBLIC_KEY, now=NOW)
    assert rejection(BODY, headers_for(BODY), None).startswith("InvalidSignatureError")


@pytest.mark.parametrize("offset", [-300, 300])
def test_the_tolerance_is_inclusive(offset: int) -> None:
    webhooks.verify(BODY, headers_for(BODY), PUBLIC_KEY, now=NOW + offset)


# Rejected


def test_no_public_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELNYX_PUBLIC_KEY", raising=False)
    assert rejection(BODY, headers_for(BODY), None) == (
        "MissingPublicKeyError: no public key: pass public_key= or set $TELNYX_PUBLIC_KEY"
    )


@pytest.mark.parametrize(
    ("public_key", "reason"),
    [
        ("not base64!", "the public key is not valid base64"),
        (base64.b64encode(bytes(31)).decode(), "the public key decodes to 31 bytes; an Ed25519 key has 32"),
        (bytes(33), "the public key is not valid base64"),
    ],
)
def test_a_malformed_public_key(public_key: str | bytes, reason: str) -> None:
    assert rejection(BODY, headers_for(BODY), public_key).startswith(f"MalformedPublicKeyError: {reason}")


@pytest.mark.parametrize("missing", ["telnyx-signature-ed25519", "telnyx-timestamp"])
def test_a_missing_header(missing: str) -> None:
    headers = {name: value for name, value in headers_for(BODY).items() if name != missing}
    assert rejection(BODY, headers) == f"MissingHeaderError: the {missing} header is missing"


def test_no_headers_at_all() -> None:
    assert rejection(BODY, []) == "MissingHeaderError: the telnyx-signature-ed25519 header is missing"


@pytest.mark.parametrize("timestamp", ["", "17e8", "1700000000.5", " 1700000000", "+1700000000", "-5", "１７"])
def test_a_malformed_timestamp(timestamp: str) -> None:
    headers = headers_for(BODY, timestamp)
    assert rejection(BODY, headers) == (
        f"MalformedTimestampError: telnyx-timestamp {timestamp!r} is not whole Unix seconds"
    )


@pytest.mark.parametrize("digits", [16, 400, 4400])
def test_a_timestamp_with_too_many_digits(digits: int) -> None:
    # int() refuses more than 4,300 digits (ValueError) and float() overflows near 309: both must stay
    # verification errors, not escape as a 500.
    timestamp = "1" * digits
    assert rejection(BODY, headers_for(BODY, timestamp)) == (
        f"MalformedTimestampError: telnyx-timestamp {timestamp[:40]!r}... has {digits} digits; "
        f"Unix seconds have at most {webhooks.MAX_TIMESTAMP_DIGITS}"
    )


def test_the_longest_timestamp_is_compared_not_rejected() -> None:
    timestamp = "9" * webhooks.MAX_TIMESTAMP_DIGITS
    assert rejection(BODY, headers_for(BODY, timestamp)).startswith(
        f"TimestampOutsideToleranceError: telnyx-timestamp {timestamp} is "
    )


def test_a_str_body_that_is_not_utf8_encodable() -> None:
    assert rejection('{"lone": "\ud800"}', headers_for(BODY)) == (
        "MalformedBodyError: the body is a str that cannot be encoded as UTF-8 (position 10: surrogates not "
        "allowed), so it is not what Telnyx sent; pass the raw bytes"
    )


@settings(max_examples=300)
@given(
    signature=st.one_of(st.text(), st.just(sign(BODY))),
    timestamp=st.one_of(
        st.text(), st.builds(str.__mul__, st.sampled_from("0123456789"), st.integers(1, 5000)), st.just(STAMP)
    ),
    body=st.one_of(st.binary(), st.text(), st.just(BODY)),
)
def test_any_header_strings_and_body_raise_only_verification_errors(
    signature: str, timestamp: str, body: bytes | str
) -> None:
    headers = {"telnyx-signature-ed25519": signature, "telnyx-timestamp": timestamp}
    with contextlib.suppress(webhooks.WebhookVerificationError):
        webhooks.verify(body, headers, PUBLIC_KEY, now=NOW)


def test_a_timestamp_too_old() -> None:
    assert rejection(BODY, headers_for(BODY), now=NOW + 301) == (
        "TimestampOutsideToleranceError: telnyx-timestamp 1700000000 is 301 s old; the tolerance is 300 s"
    )


def test_a_timestamp_too_far_in_the_future() -> None:
    assert rejection(BODY, headers_for(BODY), now=NOW - 3600, tolerance=60) == (
        "TimestampOutsideToleranceError: telnyx-timestamp 1700000000 is 3600 s in the future; the tolerance is 60 s"
    )


@pytest.mark.parametrize(
    ("signature", "reason"),
    [
        ("", "decodes to 0 bytes; an Ed25519 signature has 64"),
        ("%%%", "is not valid base64"),
        (base64.b64encode(bytes(63)).decode(), "decodes to 63 bytes; an Ed25519 signature has 64"),
    ],
)
def test_a_malformed_signature(signature: str, reason: str) -> None:
    headers = {"telnyx-signature-ed25519": signature, "telnyx-timestamp": STAMP}
    assert rejection(BODY, headers).startswith(f"MalformedSignatureError: telnyx-signature-ed25519 {reason}")


def test_a_signature_by_another_key() -> None:
    headers = {"telnyx-signature-ed25519": sign(BODY, key=SigningKey(bytes(32))), "telnyx-timestamp": STAMP}
    assert rejection(BODY, headers).startswith(
        "InvalidSignatureError: telnyx-signature-ed25519 does not match the body and timestamp"
    )


def test_a_reserialised_body_no_longer_verifies() -> None:
    reserialised = json.dumps(json.loads(BODY), separators=(",", ":")).encode()
    assert rejection(reserialised, headers_for(BODY)).startswith("InvalidSignatureError")


def test_a_signature_over_the_body_alone_does_not_verify() -> None:
    headers = {
        "telnyx-signature-ed25519": base64.b64encode(KEY.sign(BODY).signature).decode(),
        "telnyx-timestamp": STAMP,
    }
    assert rejection(BODY, headers).startswith("InvalidSignatureError")


def test_every_verification_error_is_one_class() -> None:
    for name in (
        "MissingHeaderError",
        "MalformedTimestampError",
        "MalformedBodyError",
        "TimestampOutsideToleranceError",
        "MalformedSignatureError",
        "MalformedPublicKeyError",
        "InvalidSignatureError",
        "MissingPublicKeyError",
    ):
        assert issubclass(getattr(webhooks, name), webhooks.WebhookVerificationError)
    assert issubclass(webhooks.WebhookDependencyError, ImportError)
    assert issubclass(webhooks.InvalidEventError, ValueError)
    assert not issubclass(webhooks.InvalidEventError, webhooks.WebhookVerificationError)


# Any single changed byte is rejected


def _flip(data: bytes, index: int, mask: int) -> bytes:
    index %= len(data)
    return data[:index] + bytes([data[index] ^ mask]) + data[index + 1 :]


@settings(max_examples=200)
@given(body=st.binary(min_size=1, max_size=2048), index=st.integers(min_value=0), mask=st.integers(1, 255))
def test_a_changed_body_byte_is_rejected(body: bytes, index: int, mask: int) -> None:
    headers = headers_for(body)
    webhooks.verify(body, headers, PUBLIC_KEY, now=NOW)
    assert rejection(_flip(body, index, mask), headers).startswith("InvalidSignatureError")


@settings(max_examples=200)
@given(index=st.integers(min_value=0), mask=st.integers(1, 255))
def test_a_changed_timestamp_byte_is_rejected(index: int, mask: int) -> None:
    signature = sign(BODY)
    timestamp = _flip(STAMP.encode(), index, mask).decode("latin-1")
    # A tolerance wide enough that a changed digit has to be caught by the signature.
    rejection(BODY, {"telnyx-signature-ed25519": signature, "telnyx-timestamp": timestamp}, tolerance=10**10)


@settings(max_examples=200)
@given(index=st.integers(min_value=0, max_value=63), mask=st.integers(1, 255))
def test_a_changed_signature_byte_is_rejected(index: int, mask: int) -> None:
    signature = base64.b64encode(_flip(base64.b64decode(sign(BODY)), index, mask)).decode()
    assert rejection(BODY, {"telnyx-signature-ed25519": signature, "telnyx-timestamp": STAMP}).startswith(
        "InvalidSignatureError"
    )


# parse_event and unwrap


def test_a_known_event_becomes_its_class(registry: dict[str, type[Any]], envelope: Callable[..., Any]) -> None:
    event = webhooks.parse_event(json.dumps(envelope("call.answered", call_control_id="v3:xyz")))
    assert event == registry["call.answered"](call_control_id="v3:xyz")


def test_an_unknown_event_type_is_not_an_error(registry: dict[str, type[Any]], envelope: Callable[..., Any]) -> None:
    sent = envelope("call.teleported", destination="Mars")
    event = webhooks.parse_event(json.dumps(sent).encode())
    assert event == webhooks.UnknownEvent(
        event_type="call.teleported", id=sent["data"]["id"], occurred_at=sent["data"]["occurred_at"], raw=sent
    )
    assert event.data["payload"]["destination"] == "Mars"


def test_an_envelope_already_decoded(registry: dict[str, type[Any]], envelope: Callable[..., Any]) -> None:
    sent = envelope("call.teleported")
    assert webhooks.parse_event(sent).raw is sent


def test_meta_is_optional(registry: dict[str, type[Any]], envelope: Callable[..., Any]) -> None:
    sent = envelope("call.teleported")
    del sent["meta"]
    assert isinstance(webhooks.parse_event(sent), webhooks.UnknownEvent)


def _without(field: str) -> Callable[[dict[str, Any]], None]:
    return lambda sent: sent["data"].pop(field)


def _setting(field: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda sent: sent["data"].__setitem__(field, value)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda sent: sent.pop("data"), "webhook body has no 'data' object"),
        (lambda sent: sent.__setitem__("data", [1]), "webhook body's 'data' is a JSON array, not an object"),
        (lambda sent: sent.__setitem__("data", None), "webhook body's 'data' is a JSON null, not an object"),
        (lambda sent: sent.__setitem__("meta", "x"), "webhook body's 'meta' is a JSON string, not an object"),
        (_without("record_type"), "data.record_type is None, not 'event'"),
        (_setting("record_type", "call"), "data.record_type is 'call', not 'event'"),
        (_without("event_type"), "data.event_type is missing"),
        (_setting("event_type", 7), "data.event_type is a JSON number, not a string"),
        (_without("id"), "data.id is missing"),
        (_setting("occurred_at", None), "data.occurred_at is a JSON null, not a string"),
        (_without("payload"), "data.payload is missing"),
        (_setting("payload", []), "data.payload is a JSON array, not an object"),
    ],
)
def test_not_an_envelope(
    change: Callable[[dict[str, Any]], None], reason: str, registry: dict[str, type[Any]], envelope: Callable[..., Any]
) -> None:
    sent = envelope()
    change(sent)
    with pytest.raises(webhooks.InvalidEventError) as caught:
        webhooks.parse_event(json.dumps(sent))
    assert str(caught.value) == reason


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "body is not valid JSON: Expecting value: line 1 column 1 (char 0)"),
        (b"<xml/>", "body is not valid JSON: Expecting value: line 1 column 1 (char 0)"),
        (b'{"data": ', "body is not valid JSON: Expecting value: line 1 column 10 (char 9)"),
        (b"\xff\xfe\x00", "body is not valid JSON: "),
        (b"[]", "webhook body is a JSON array, not an object"),
        (b"42", "webhook body is a JSON number, not an object"),
    ],
)
def test_not_json_or_not_an_object(body: bytes, reason: str) -> None:
    with pytest.raises(webhooks.InvalidEventError) as caught:
        webhooks.parse_event(body)
    assert str(caught.value).startswith(reason)


def test_an_event_without_its_data_envelope_is_read_as_enveloped(
    registry: dict[str, type[Any]], envelope: Callable[..., Any]
) -> None:
    """The spec documents `conference.floor.changed` that way: the event object itself is the body."""
    bare = envelope("call.teleported")["data"]
    event = webhooks.parse_event(json.dumps(bare))
    assert isinstance(event, webhooks.UnknownEvent)
    assert event.raw == {"data": bare}
    assert webhooks.parse_event(envelope("call.answered")["data"]) == registry["call.answered"](
        call_control_id="v3:abc"
    )


def test_unsafe_unwrap_parses_without_verifying(registry: dict[str, type[Any]], envelope: Callable[..., Any]) -> None:
    body = json.dumps(envelope("call.answered")).encode()
    assert webhooks.unsafe_unwrap(body) == registry["call.answered"](call_control_id="v3:abc")
    assert webhooks.Webhooks().unsafe_unwrap(body) == registry["call.answered"](call_control_id="v3:abc")


def test_client_unwrap_takes_the_official_key_argument(
    registry: dict[str, type[Any]], envelope: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(webhooks.PUBLIC_KEY_ENV, raising=False)
    body = json.dumps(envelope("call.answered")).encode()
    other_key = base64.b64encode(bytes(SigningKey.generate().verify_key)).decode()
    hooks = webhooks.Webhooks(other_key)

    assert hooks.unwrap(body, headers=headers_for(body), key=PUBLIC_KEY, now=NOW) == registry["call.answered"](
        call_control_id="v3:abc"
    )
    with pytest.raises(webhooks.InvalidSignatureError):
        hooks.unwrap(body, headers=headers_for(body), now=NOW)  # without key=, the client's own key


def test_verification_errors_are_value_errors_as_in_the_official_sdk() -> None:
    assert issubclass(webhooks.WebhookVerificationError, ValueError)
    with pytest.raises(ValueError, match="no public key"):
        webhooks.verify(BODY, headers_for(BODY), "", now=NOW)


def test_unwrap_verifies_then_parses(registry: dict[str, type[Any]], envelope: Callable[..., Any]) -> None:
    body = json.dumps(envelope("call.answered")).encode()
    event = webhooks.unwrap(body, headers_for(body), PUBLIC_KEY, now=NOW)
    assert event == registry["call.answered"](call_control_id="v3:abc")


def test_unwrap_does_not_parse_what_does_not_verify(monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_parse(event_type: str) -> None:
        raise AssertionError("parsed an unverified body")

    monkeypatch.setattr(webhooks, "_event_class_for", must_not_parse)
    with pytest.raises(webhooks.InvalidSignatureError):
        webhooks.unwrap(b"not json at all", headers_for(b"something else"), PUBLIC_KEY, now=NOW)


def test_webhooks_binds_the_key_and_tolerance(registry: dict[str, type[Any]], envelope: Callable[..., Any]) -> None:
    bound = webhooks.Webhooks(PUBLIC_KEY, tolerance=10)
    body = json.dumps(envelope("call.answered")).encode()
    bound.verify(body, headers_for(body), now=NOW + 10)
    assert bound.unwrap(body, headers_for(body), now=NOW) == registry["call.answered"](call_control_id="v3:abc")
    assert bound.parse_event(body) == registry["call.answered"](call_control_id="v3:abc")
    with pytest.raises(webhooks.TimestampOutsideToleranceError):
        bound.verify(body, headers_for(body), now=NOW + 11)


# PyNaCl is optional and imported late


def _run(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=REPO_ROOT, env=env, capture_output=True, text=True
    )


def test_importing_the_modules_does_not_import_nacl() -> None:
    result = _run(
        """
        import sys
        import generator.runtime.webhooks, generator.runtime.webhook_receiver
        print(sorted(name for name in sys.modules if name.split(".")[0] == "nacl"))
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_verifying_without_pynacl_says_how_to_install_it() -> None:
    result = _run(
        f"""
        import sys
        sys.modules["nacl"] = None  # what an interpreter without PyNaCl finds
        from generator.runtime import webhooks
        try:
            webhooks.verify(b"{{}}", {{}}, {PUBLIC_KEY!r})
        except ImportError as exc:
            print(type(exc).__name__, exc, sep=": ")
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "WebhookDependencyError: verifying Telnyx webhooks needs PyNaCl: pip install 'telnyx-voice[webhooks]'"
    )
