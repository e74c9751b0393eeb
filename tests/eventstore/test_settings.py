"""Choosing the event store: `--event-store` over $TELNYX_VOICE_EVENT_STORE, checked at start-up."""

from __future__ import annotations

import pytest
from telnyx_voice_mcp import cli
from telnyx_voice_mcp.settings import Settings

STORE = "redis://:s3cret-pass@redis.internal:6379/2"


def test_the_environment_names_the_store_and_its_password_is_redacted() -> None:
    settings = Settings.from_env({"TELNYX_VOICE_EVENT_STORE": STORE})
    assert settings.event_store == STORE
    assert "s3cret-pass" not in repr(settings)
    assert settings.redact(f"cannot reach {STORE}") == "cannot reach redis://:<redacted>@redis.internal:6379/2"


def test_the_option_wins_over_the_environment() -> None:
    args = cli.parser().parse_args(["--event-store", "memory://"])
    assert cli.settings_from(args, Settings(event_store=STORE)).event_store == "memory://"
    unset = cli.parser().parse_args([])
    assert cli.settings_from(unset, Settings(event_store=STORE)).event_store == STORE


def test_an_unknown_store_stops_the_server_at_start_up(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--event-store", "postgres://db", "--list-tools"]) == 2
    assert "unknown event store 'postgres://db': use memory://" in capsys.readouterr().err
