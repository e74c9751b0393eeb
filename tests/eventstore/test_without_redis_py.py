"""Without redis-py: the package imports and the server starts; only asking for a Redis store fails, clearly."""

from __future__ import annotations

import subprocess
import sys

# Makes `import redis` fail as it does where the [redis] extra is not installed.
NO_REDIS_PY = "import sys\nsys.modules['redis'] = None\n"


def run(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", NO_REDIS_PY + script], capture_output=True, text=True, timeout=120)


def test_the_package_and_the_in_memory_store_work_without_redis_py() -> None:
    result = run(
        "import asyncio\n"
        "import telnyx_voice.event_store as store, telnyx_voice.webhook_receiver, telnyx_voice_mcp.cli\n"
        "memory = store.open_event_store(None)\n"
        "appended = asyncio.run(memory.append({'data': {'id': 'e1', 'event_type': 'call.initiated', 'payload': {}}}))\n"
        "print(appended.seq)\n"
    )
    assert (result.returncode, result.stdout.strip()) == (0, "1"), result.stderr


def test_asking_for_a_redis_store_without_redis_py_is_a_clear_error() -> None:
    result = run(
        "from telnyx_voice.event_store import EventStoreDependencyError, open_event_store\n"
        "try:\n"
        "    open_event_store('redis://127.0.0.1:6379/0')\n"
        "except EventStoreDependencyError as exc:\n"
        "    print(exc)\n"
    )
    assert result.stdout.strip() == "a Redis event store needs redis-py: pip install 'telnyx-voice[redis]'"


def test_the_server_refuses_to_start_on_a_redis_store_without_redis_py() -> None:
    from telnyx_voice_mcp import cli

    result = run(
        "import sys\nfrom telnyx_voice_mcp.cli import main\n"
        "sys.exit(main(['--event-store', 'redis://:hunter2@127.0.0.1:6379/0', '--transport', 'http']))\n"
    )
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        == "telnyx-voice-mcp: a Redis event store needs redis-py: pip install 'telnyx-voice[redis]'"
    )
    assert cli.EVENT_STORE_ENV == "TELNYX_VOICE_EVENT_STORE"
