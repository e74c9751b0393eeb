"""How the server is configured: command-line options over environment variables."""

from __future__ import annotations

import logging
import os
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .client_profiles import ClientProfile

API_KEY_ENV = "TELNYX_API_KEY"
BASE_URL_ENV = "TELNYX_BASE_URL"
AUTH_TOKEN_ENV = "TELNYX_MCP_AUTH_TOKEN"
PUBLIC_KEY_ENV = "TELNYX_PUBLIC_KEY"
EVENT_STORE_ENV = "TELNYX_VOICE_EVENT_STORE"
DEFAULT_WEBHOOK_PATH = "/webhooks"
REDACTED = "<redacted>"

Transport = Literal["stdio", "http"]
SchemaMode = Literal["summary", "full"]


@dataclass(frozen=True)
class Settings:
    """Everything that changes what the server lists or how it calls the API.

    `api_key` is only ever sent to the API: `repr` leaves it out, and results and logs go through
    `redact`, so it cannot leak through an exception message either.
    """

    api_key: str | None = field(default=None, repr=False)
    base_url: str | None = None
    tools: tuple[str, ...] = ()
    toolsets: tuple[str, ...] = ()
    """The tool groups offered, all listed (default: every group, the core tools listed, the rest by invoke_tool)."""
    read_only: bool = False
    dry_run: bool = False
    schemas: SchemaMode = "summary"
    client: ClientProfile | None = None
    """Shape listed schemas for this client's model provider; None: detect it from `initialize`."""
    transport: Transport = "stdio"
    host: str = "127.0.0.1"
    port: int = 8000
    auth_token: str | None = field(default=None, repr=False)
    allowed_hosts: tuple[str, ...] = ()
    """HTTP: Host names (`name` or `name:port`) accepted besides loopback ones; required off loopback."""
    allowed_origins: tuple[str, ...] = ()
    """HTTP: browser Origins (`scheme://name[:port|:*]`) accepted besides loopback ones."""
    sandbox: bool = False
    """Call an embedded call-control sandbox (in-process) instead of the Telnyx API."""
    public_key: str | None = None
    """Base64 Ed25519 key that verifies Telnyx webhooks (the account's, from the portal)."""
    webhook_port: int | None = None
    """stdio: serve the webhook receiver on 127.0.0.1 at this port (0: a free one); None: no receiver."""
    webhook_path: str = DEFAULT_WEBHOOK_PATH
    """Where the webhook receiver answers (on its own port, or beside /mcp with the HTTP transport)."""
    event_store: str | None = field(default=None, repr=False)
    """Where call events are kept: None or `memory://` this process; `redis://host:port/db` a Redis database
    shared by every replica (its URL may hold a password, hence not in `repr`)."""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """The settings the environment gives (an empty variable counts as unset)."""
        env = os.environ if environ is None else environ
        return cls(
            api_key=env.get(API_KEY_ENV) or None,
            base_url=env.get(BASE_URL_ENV) or None,
            auth_token=env.get(AUTH_TOKEN_ENV) or None,
            public_key=env.get(PUBLIC_KEY_ENV) or None,
            event_store=env.get(EVENT_STORE_ENV) or None,
        )

    def redact(self, text: str) -> str:
        """text with every secret this server holds replaced by a marker."""
        store_password = urllib.parse.urlsplit(self.event_store).password if self.event_store else None
        for secret in (self.api_key, self.auth_token, store_password):
            if secret:
                text = text.replace(secret, REDACTED)
        return text

    def redact_data(self, data: Any) -> Any:
        """JSON data with secrets redacted in its string values; keys and structure stay as they are."""
        if isinstance(data, str):
            return self.redact(data)
        if isinstance(data, dict):
            return {key: self.redact_data(value) for key, value in data.items()}
        if isinstance(data, list):
            return [self.redact_data(item) for item in data]
        return data


class RedactingFilter(logging.Filter):
    """Rewrites each record's final message without the server's secrets, whatever logged it."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = self.settings.redact(message)
        if record.exc_info:
            # The traceback is formatted later, from the exception itself; fold it in now to clean it.
            cleaned = self.settings.redact(logging.Formatter().formatException(record.exc_info))
            cleaned = f"{self.settings.redact(message)}\n{cleaned}"
            record.exc_info = None
            record.exc_text = None
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True
