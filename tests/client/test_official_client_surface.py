"""The official SDK's names around the client: `__version__`, `DefaultHttpxClient`, `DefaultAioHttpClient`."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import httpx
import pytest
import telnyx_voice
from telnyx_voice import (
    AsyncTelnyx,
    DefaultAioHttpClient,
    DefaultAsyncHttpxClient,
    DefaultHttpxClient,
    MissingDependencyError,
    Telnyx,
)

from tests.support.client import API_KEY, BASE_URL, mock_api

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def test_version_is_the_project_version() -> None:
    with PYPROJECT.open("rb") as f:
        assert telnyx_voice.__version__ == tomllib.load(f)["project"]["version"]


def test_default_httpx_clients_have_the_client_defaults_and_take_overrides() -> None:
    with DefaultHttpxClient() as sync_http:
        assert sync_http.timeout == httpx.Timeout(60.0, connect=5.0)
    with DefaultHttpxClient(timeout=3.0) as overridden:
        assert overridden.timeout == httpx.Timeout(3.0)
    assert isinstance(DefaultAsyncHttpxClient(), httpx.AsyncClient)


async def test_a_default_httpx_client_is_an_http_client_to_pass(mode: str) -> None:
    api = mock_api()
    if mode == "sync":
        client = Telnyx(
            api_key=API_KEY, base_url=BASE_URL, http_client=DefaultHttpxClient(transport=httpx.MockTransport(api))
        )
        client.calls.actions.hangup("v3:abc")
        assert client.timeout == httpx.Timeout(60.0, connect=5.0)
    else:
        http = DefaultAsyncHttpxClient(transport=httpx.MockTransport(api))
        async with AsyncTelnyx(api_key=API_KEY, base_url=BASE_URL, http_client=http) as async_client:
            await async_client.calls.actions.hangup("v3:abc")
    assert len(api.requests) == 1


def test_default_aiohttp_client_without_httpx_aiohttp_is_a_clear_error() -> None:
    if "httpx_aiohttp" in sys.modules:
        pytest.fail("httpx_aiohttp must not be installed for this test")
    with pytest.raises(MissingDependencyError, match="pip install httpx-aiohttp"):
        DefaultAioHttpClient()
    assert issubclass(MissingDependencyError, ImportError)


def test_default_aiohttp_client_with_httpx_aiohttp_installed(tmp_path: Path) -> None:
    """With the package importable, the class is an HttpxAiohttpClient with the client defaults."""
    (tmp_path / "httpx_aiohttp.py").write_text(
        "import httpx\n\nclass HttpxAiohttpClient(httpx.AsyncClient):\n    pass\n", encoding="utf-8"
    )
    code = (
        "import httpx_aiohttp; from telnyx_voice import DefaultAioHttpClient as C; c = C(); "
        "print(isinstance(c, httpx_aiohttp.HttpxAiohttpClient), c.timeout.read, c.timeout.connect)"
    )
    env_path = f"{tmp_path}:{Path(telnyx_voice.__file__).resolve().parents[1]}"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONPATH": env_path}
    )
    assert result.stdout.split() == ["True", "60.0", "5.0"]
