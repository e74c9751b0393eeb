"""The `telnyx-voice-sandbox` command and the `make demo` flow."""

from __future__ import annotations

import base64
import signal
import subprocess
import sys
import threading

import httpx
from sandbox_support import CALLEE, CALLER
from telnyx_voice_sandbox.demo import run_demo


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


async def test_demo_flow_prints_a_verified_timeline() -> None:
    output: list[str] = []
    timeline = await run_demo(out=output.append, answer_delay=0.01, media_duration=0.02, dtmf_interval=0.0)
    received = [entry.name for entry in timeline if entry.direction == "←"]
    assert received == [
        "call.initiated",
        "call.answered",
        "call.speak.started",
        "call.speak.ended",
        "call.dtmf.received",
        "call.dtmf.received",
        "call.gather.ended",
        "call.hangup",
    ]
    assert all("signature verified" in entry.detail for entry in timeline if entry.direction == "←")
    text = "\n".join(output)
    assert "Gathered digits: '42' (status 'valid')" in text
    assert "8 events emitted, 8 webhooks delivered" in text
