"""The `telnyx-voice-sandbox` command: what it prints, what it serves, and where it agrees to listen."""

from __future__ import annotations

import base64
import os
import signal
import subprocess
import sys
import threading

import httpx
import pytest
from telnyx_voice_sandbox.__main__ import API_KEY_ENV, main, parse_args

from tests.support.sandbox import CALLEE, CALLER


def test_cli_prints_base_url_and_public_key_and_serves() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "telnyx_voice_sandbox", "--port", "0", "--answer-delay", "0.01"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(20, process.kill)  # nothing here may hang the suite
    watchdog.start()
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(5)]
        base_url = lines[0].split("listening on ", 1)[1].strip()
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/v2")
        public_key = next(line for line in lines if line.startswith("Webhook public key")).rsplit(" ", 1)[1].strip()
        assert len(base64.b64decode(public_key)) == 32
        with httpx.Client(base_url=base_url, headers={"Authorization": "Bearer cli"}, trust_env=False) as http:
            response = http.post("/calls", json={"connection_id": "cli", "from": CALLER, "to": CALLEE})
            assert response.status_code == 200, response.text
            info = http.get(base_url.removesuffix("/v2") + "/sandbox").json()["data"]
            assert info["public_key"] == public_key
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
            process.wait()


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
def test_loopback_hosts_need_nothing_more(host: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(API_KEY_ENV, raising=False)
    args = parse_args(["--host", host])
    assert args.host == host and args.api_key is None


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--host", "0.0.0.0"], "--host 0.0.0.0 is not a loopback address"),
        (["--host", "192.168.1.20", "--api-key", "k"], "Pass --allow-remote"),
        (["--host", "example.com"], "--host example.com is not a loopback address"),
        (["--host", "0.0.0.0", "--allow-remote"], "--allow-remote needs an API key"),
        (["--host", "::", "--allow-remote", "--api-key", ""], "--allow-remote needs an API key"),
    ],
)
def test_a_remote_host_is_refused_without_allow_remote_and_a_key(
    argv: list[str], message: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(API_KEY_ENV, raising=False)
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


def test_a_remote_host_with_allow_remote_and_a_key_is_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(API_KEY_ENV, raising=False)
    args = parse_args(["--host", "0.0.0.0", "--allow-remote", "--api-key", "s3cret"])
    assert (args.host, args.allow_remote, args.api_key) == ("0.0.0.0", True, "s3cret")
    monkeypatch.setenv(API_KEY_ENV, "from-env")
    assert parse_args(["--host", "0.0.0.0", "--allow-remote"]).api_key == "from-env"


def test_cli_with_an_api_key_accepts_only_that_key() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "telnyx_voice_sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, API_KEY_ENV: "s3cret"},
    )
    watchdog = threading.Timer(20, process.kill)
    watchdog.start()
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().split("listening on ", 1)[1].strip()
        with httpx.Client(base_url=base_url, trust_env=False) as http:
            wrong = http.get("/call_control_applications", headers={"Authorization": "Bearer sandbox"})
            right = http.get("/call_control_applications", headers={"Authorization": "Bearer s3cret"})
        assert (wrong.status_code, right.status_code) == (401, 200)
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
            process.wait()
