"""Errors: a typed exception per status with the parsed `errors`, and typed errors for bodies that are
not what they should be (never a JSONDecodeError, KeyError or ValueError)."""

from __future__ import annotations

from typing import Any

import pytest
from telnyx_voice import (
    APIError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorDetail,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TelnyxError,
    UnprocessableEntityError,
)

from tests.support.client import MockAPI, invoke, mock_api, reply
from tests.support.spec_operations import PATH_IDS, response_body, spec_operations

CALL_ID = PATH_IDS["call_control_id"]
ERROR_ITEMS = [
    {
        "code": "90018",
        "title": "Call has already ended",
        "detail": "This call is no longer active and can't receive commands.",
        "source": {"pointer": "/call_control_id"},
        "meta": {"url": "https://developers.telnyx.com/docs/overview/errors/90018"},
    },
    {
        "code": "10015",
        "title": "Invalid value",
        "detail": "client_state must be base64",
        "source": {"pointer": "/client_state"},
    },
]
EXPECTED_DETAILS = [
    ErrorDetail(
        code="90018",
        title="Call has already ended",
        detail="This call is no longer active and can't receive commands.",
        source={"pointer": "/call_control_id"},
        meta={"url": "https://developers.telnyx.com/docs/overview/errors/90018"},
    ),
    ErrorDetail(
        code="10015", title="Invalid value", detail="client_state must be base64", source={"pointer": "/client_state"}
    ),
]
STATUS_ERRORS = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (503, InternalServerError),
    (520, InternalServerError),
]


async def hangup(api: MockAPI, mode: str, **client_options: Any) -> Any:
    return await invoke(api.client(mode, max_retries=0, **client_options), "calls.actions.hangup", CALL_ID)


@pytest.mark.parametrize(("status", "error_class"), STATUS_ERRORS, ids=[str(s) for s, _ in STATUS_ERRORS])
async def test_status_maps_to_its_exception_with_parsed_errors(
    status: int, error_class: type[APIStatusError], mode: str
) -> None:
    api = mock_api(reply(status, {"errors": ERROR_ITEMS}))

    with pytest.raises(APIStatusError) as caught:
        await hangup(api, mode)

    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, APIError) and isinstance(error, TelnyxError)
    assert error.status_code == status
    assert error.errors == EXPECTED_DETAILS
    assert error.body == {"errors": ERROR_ITEMS}
    assert error.response.status_code == status
    assert error.request is api.requests[0]
    assert f"HTTP {status}" in str(error)
    assert "90018 Call has already ended" in str(error)
    assert error.message == str(error)  # the official SDK's attribute, our informative message
    assert len(api.requests) == 1


async def test_other_4xx_is_a_plain_api_status_error(mode: str) -> None:
    api = mock_api(reply(418, {"errors": [{"code": "1", "title": "teapot"}]}))
    with pytest.raises(APIStatusError) as caught:
        await hangup(api, mode)
    assert type(caught.value) is APIStatusError
    assert caught.value.errors == [ErrorDetail(code="1", title="teapot")]


async def test_html_502_is_an_internal_server_error_without_details(mode: str) -> None:
    page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    api = mock_api(reply(502, content=page, headers={"Content-Type": "text/html"}))

    with pytest.raises(InternalServerError) as caught:
        await hangup(api, mode)

    assert caught.value.status_code == 502
    assert caught.value.errors == []
    assert caught.value.body is None
    assert "502 Bad Gateway" in str(caught.value)


@pytest.mark.parametrize(
    "body",
    [b"", b"not json at all", b"[]", b'{"errors": "boom"}', b'{"message": "no errors key"}'],
    ids=["empty", "invalid-json", "array", "errors-not-a-list", "no-errors-key"],
)
async def test_error_bodies_without_an_errors_list_give_no_details(body: bytes, mode: str) -> None:
    api = mock_api(reply(422, content=body, headers={"Content-Type": "application/json"}))
    with pytest.raises(UnprocessableEntityError) as caught:
        await hangup(api, mode)
    assert caught.value.errors == []


async def test_error_items_that_are_not_objects_are_kept_as_titles(mode: str) -> None:
    api = mock_api(reply(400, {"errors": ["first problem", {"code": 10002}]}))
    with pytest.raises(BadRequestError) as caught:
        await hangup(api, mode)
    assert caught.value.errors == [ErrorDetail(code="", title="first problem"), ErrorDetail(code="10002", title="")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty body"),
        (b"{not json", "not JSON"),
        (b'[{"data": {"result": "ok"}}]', "expected a JSON object"),
        (b'"ok"', "expected a JSON object"),
        (b'{"data": "ok"}', "data: expected an object"),
        (
            b'{"data": {"result": "ok", "recording_id": "not-a-uuid"}}',
            "data.recording_id: 'not-a-uuid' is not a valid UUID",
        ),
    ],
    ids=["empty", "invalid-json", "array", "string", "data-not-an-object", "bad-uuid"],
)
async def test_bad_success_body_is_a_response_validation_error(content: bytes, message: str, mode: str) -> None:
    """A body that cannot be read at all raises in any mode; one that does not match the spec, in strict mode."""
    api = mock_api(reply(200, content=content, headers={"Content-Type": "application/json"}))

    with pytest.raises(APIResponseValidationError, match=message) as caught:
        await invoke(api.client(mode, _strict_response_validation=True), "calls.actions.answer", CALL_ID)

    assert caught.value.status_code == 200
    assert caught.value.response.content == content
    assert not isinstance(caught.value, (ValueError, KeyError, TypeError))
    assert len(api.requests) == 1  # a bad body is not retried


async def test_missing_required_response_field_is_a_response_validation_error_in_strict_mode(mode: str) -> None:
    body = response_body(spec_operations()["RetrieveCallStatus"])
    del body["data"]["call_control_id"]
    api = mock_api(reply(200, body))
    with pytest.raises(APIResponseValidationError, match=r"data\.call_control_id: required field is missing"):
        await invoke(api.client(mode, _strict_response_validation=True), "calls.retrieve_status", CALL_ID)


async def test_missing_api_key_raises_before_any_request(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELNYX_API_KEY", raising=False)
    api = mock_api()

    with pytest.raises(MissingAPIKeyError, match="TELNYX_API_KEY"):
        await hangup(api, mode, api_key=None)

    assert api.requests == []
    assert not isinstance(MissingAPIKeyError("x"), APIError)


async def test_empty_api_key_is_missing_too(mode: str) -> None:
    api = mock_api()
    with pytest.raises(MissingAPIKeyError):
        await hangup(api, mode, api_key="")
    assert api.requests == []


def test_error_detail_from_json_keeps_only_mappings_for_source_and_meta() -> None:
    detail = ErrorDetail.from_json({"code": 1, "title": "t", "detail": 5, "source": "x", "meta": ["y"]})
    assert detail == ErrorDetail(code="1", title="t", detail="5", source=None, meta=None)


@pytest.mark.parametrize("status", [200, 500])
async def test_undecodable_compressed_body_is_a_typed_error(status: int, mode: str) -> None:
    """A body that cannot be decompressed (a proxy cut a gzip stream short) makes httpx raise
    `httpx.DecodingError`, a `RequestError` that is not a `TransportError`; it must still come out typed."""
    api = mock_api(reply(status, content=b"\x1f\x8b not really gzip", headers={"Content-Encoding": "gzip"}))

    with pytest.raises(APIError):
        await hangup(api, mode)


def test_error_detail_from_json_keeps_null_code_and_title_empty() -> None:
    """`detail: null` stays None; `code: null` / `title: null` must not become the text "None"."""
    detail = ErrorDetail.from_json({"code": None, "title": None, "detail": None})
    assert (detail.code, detail.title, detail.detail) == ("", "", None)
