"""Client construction (keys and URLs from the environment, closing), import cost, and sync/async parity."""

from __future__ import annotations

import inspect
import subprocess
import sys
from typing import Any

import httpx
import pytest
from telnyx_voice import AsyncTelnyx, Telnyx

from tests.support.client import (
    API_KEY,
    RESOURCES,
    idle_clients,
    invoke,
    lookup,
    method_table,
    mock_api,
    public_methods,
)
from tests.support.spec_operations import PATH_IDS

CALL_ID = PATH_IDS["call_control_id"]


async def test_api_key_and_base_url_from_the_environment(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELNYX_API_KEY", "env-key")
    monkeypatch.setenv("TELNYX_BASE_URL", "https://env.example/v9/")
    api = mock_api()

    client = api.client(mode, api_key=None, base_url=None)

    assert client.base_url == "https://env.example/v9"
    await invoke(client, "calls.actions.hangup", CALL_ID)
    assert str(api.requests[0].url) == f"https://env.example/v9/calls/{CALL_ID}/actions/hangup"
    assert api.requests[0].headers["Authorization"] == "Bearer env-key"


async def test_arguments_beat_the_environment(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELNYX_API_KEY", "env-key")
    monkeypatch.setenv("TELNYX_BASE_URL", "https://env.example/v9")
    api = mock_api()

    await invoke(api.client(mode, api_key="arg-key", base_url="https://arg.example/v2"), "calls.actions.hangup", "x")

    assert str(api.requests[0].url) == "https://arg.example/v2/calls/x/actions/hangup"
    assert api.requests[0].headers["Authorization"] == "Bearer arg-key"


@pytest.mark.parametrize("base_url", ["https://x.test/v2/", httpx.URL("https://x.test/v2")], ids=["slash", "httpx-url"])
async def test_base_url_forms(base_url: str | httpx.URL, mode: str) -> None:
    api = mock_api()
    await invoke(api.client(mode, base_url=base_url), "calls.actions.hangup", "x")
    assert str(api.requests[0].url) == "https://x.test/v2/calls/x/actions/hangup"


async def test_default_base_url(mode: str) -> None:
    api = mock_api()
    client = api.client(mode, base_url=None)
    assert client.base_url == "https://api.telnyx.com/v2"
    await invoke(client, "calls.actions.hangup", "x")
    assert str(api.requests[0].url) == "https://api.telnyx.com/v2/calls/x/actions/hangup"
    assert api.requests[0].headers["Accept"] == "application/json"


def test_default_client_settings() -> None:
    client = Telnyx(api_key=API_KEY)
    assert client.max_retries == 2
    assert client.timeout == httpx.Timeout(60.0, connect=5.0)
    assert client.calls is client.calls
    assert client.calls.actions is client.calls.actions


async def test_context_manager_closes_an_owned_http_client(mode: str) -> None:
    if mode == "sync":
        with Telnyx(api_key=API_KEY) as client:
            assert isinstance(client, Telnyx)
            assert not client._http.is_closed
        assert client._http.is_closed
    else:
        async with AsyncTelnyx(api_key=API_KEY) as async_client:
            assert isinstance(async_client, AsyncTelnyx)
            assert not async_client._http.is_closed
        assert async_client._http.is_closed


async def test_context_manager_closes_an_injected_http_client_too(mode: str) -> None:
    """As the official SDK does: the client closes the http_client it was given (documented on `Telnyx`)."""
    api = mock_api()
    transport = httpx.MockTransport(api)
    if mode == "sync":
        http_client = httpx.Client(transport=transport)
        with Telnyx(api_key=API_KEY, http_client=http_client) as client:
            client.calls.actions.hangup(CALL_ID)
            assert not http_client.is_closed
        assert http_client.is_closed
    else:
        async_http_client = httpx.AsyncClient(transport=transport)
        async with AsyncTelnyx(api_key=API_KEY, http_client=async_http_client) as async_client:
            await async_client.calls.actions.hangup(CALL_ID)
            assert not async_http_client.is_closed
        assert async_http_client.is_closed
    assert len(api.requests) == 1


def run_python(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    return result.stdout.strip()


def test_import_does_not_load_httpx_or_the_models() -> None:
    code = (
        "import sys, telnyx_voice; "
        "print('httpx' in sys.modules, any(m.startswith('telnyx_voice.models') for m in sys.modules))"
    )
    assert run_python(code) == "False False"


def test_client_and_resources_do_not_load_the_models_until_a_response_is_parsed() -> None:
    code = (
        "import sys; from telnyx_voice import Telnyx; c = Telnyx(api_key='k'); c.calls.actions; c.call_events; "
        "c.connections; c.call_control_applications; "
        "print(sorted(m for m in sys.modules if m.startswith('telnyx_voice.models')))"
    )
    assert run_python(code) == "[]"


def test_unknown_attribute_of_the_package_is_an_attribute_error() -> None:
    import telnyx_voice

    with pytest.raises(AttributeError, match="no_such_name"):
        _ = telnyx_voice.no_such_name
    assert "Telnyx" in dir(telnyx_voice)


# --- sync/async parity -------------------------------------------------------------------------------


def signature_parts(method: Any) -> list[tuple[str, Any, Any, Any]]:
    return [(p.name, p.kind, p.annotation, p.default) for p in inspect.signature(method).parameters.values()]


def test_sync_and_async_resources_have_the_same_methods() -> None:
    sync_client, async_client = idle_clients()
    for resource in RESOURCES:
        sync_methods = public_methods(lookup(sync_client, resource))
        async_methods = public_methods(lookup(async_client, resource))
        assert sorted(sync_methods) == sorted(async_methods), resource
    assert len(method_table()) == 96


@pytest.mark.parametrize("dotted", sorted(method_table().values()))
def test_sync_and_async_method_are_the_same_but_for_await(dotted: str) -> None:
    sync_method, async_method = (lookup(client, dotted) for client in idle_clients())

    assert signature_parts(sync_method) == signature_parts(async_method)
    assert all(isinstance(annotation, str) for _, _, annotation, _ in signature_parts(sync_method))
    sync_return = inspect.signature(sync_method).return_annotation
    assert sync_return.replace("SyncPage[", "AsyncPaginator[") == inspect.signature(async_method).return_annotation
    assert inspect.getdoc(sync_method) == inspect.getdoc(async_method)
    # a list method returns an AsyncPaginator, both awaitable and async-iterable, so it is a plain function
    assert inspect.iscoroutinefunction(async_method) != sync_return.startswith("SyncPage[")
    assert not inspect.iscoroutinefunction(sync_method)


def test_sync_and_async_clients_take_the_same_arguments() -> None:
    sync_params = inspect.signature(Telnyx).parameters
    async_params = inspect.signature(AsyncTelnyx).parameters
    assert [(p.name, p.kind, p.default) for p in sync_params.values()] == [
        (p.name, p.kind, p.default) for p in async_params.values()
    ]
