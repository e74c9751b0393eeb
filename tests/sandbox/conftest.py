"""Fixtures of the sandbox tests; the helpers live in tests/support/sandbox.py."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from telnyx_voice import AsyncTelnyx
from telnyx_voice_sandbox import Sandbox

from tests.support.sandbox import CapturingReceiver, SpecSchemas, running_with_receiver


@pytest.fixture(scope="session")
def schemas(normalized_spec: dict[str, Any]) -> SpecSchemas:
    return SpecSchemas(normalized_spec)


@pytest.fixture
async def env() -> AsyncIterator[tuple[Sandbox, CapturingReceiver, AsyncTelnyx]]:
    """A served sandbox, a receiver of its webhooks, and an AsyncTelnyx client pointed at it."""
    async with running_with_receiver() as (sb, receiver):
        assert sb.base_url is not None
        async with AsyncTelnyx(api_key="test-key", base_url=sb.base_url, max_retries=0) as client:
            yield sb, receiver, client
