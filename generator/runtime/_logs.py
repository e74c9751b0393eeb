"""The `telnyx_voice` logger: request lines, statuses, retries and timings, never the API key.

Silent by default. `TELNYX_LOG=info` (one line per attempt and per retry) or `TELNYX_LOG=debug` (also the
headers sent and received) turns it on with a handler on stderr, as the official SDK's `TELNYX_LOG` does; or
configure the `telnyx_voice` logger yourself. When it is off, a request costs one `isEnabledFor` check:
nothing is formatted.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Mapping

import httpx

logger = logging.getLogger("telnyx_voice")
LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}
REDACTED = "<redacted>"
# Headers whose values are credentials; the signature headers of webhooks are not secret, the key is.
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"})
_BEARER = re.compile(r"(Bearer\s+)[^\s'\",}]+", re.IGNORECASE)


class RedactSecrets(logging.Filter):
    """Replace anything that looks like a bearer token in a record's message by `<redacted>`: a last guard
    for messages formatted outside this module."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _BEARER.sub(rf"\1{REDACTED}", message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def configure_from_env() -> None:
    """Turn the logger on at the level $TELNYX_LOG names (`info` or `debug`), once; otherwise leave it alone."""
    level = LEVELS.get(os.environ.get("TELNYX_LOG", "").strip().lower())
    if level is None or any(isinstance(h, _EnvHandler) for h in logger.handlers):
        return
    handler = _EnvHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s - %(levelname)s] %(message)s"))
    handler.addFilter(RedactSecrets())
    logger.addHandler(handler)
    logger.setLevel(level)


class _EnvHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The stderr handler `TELNYX_LOG` installs (a class of its own, so it is installed once)."""


def enabled() -> bool:
    """Whether request logging is on (the one check a request pays when it is off)."""
    return logger.isEnabledFor(logging.INFO)


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """headers with the values of credential headers replaced by `<redacted>`."""
    return {name: REDACTED if name.lower() in SECRET_HEADERS else value for name, value in headers.items()}


def log_request(request: httpx.Request) -> float:
    """Log an attempt about to be sent (debug: with its headers, redacted); return its start time."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("Sending %s %s headers=%s", request.method, request.url, redact_headers(request.headers))
    return time.perf_counter()


def log_response(request: httpx.Request, response: httpx.Response, started: float) -> None:
    """Log the request line, the status and how long the attempt took (debug: the response headers)."""
    elapsed = (time.perf_counter() - started) * 1000
    logger.info(
        '%s %s "%d %s" %.1f ms', request.method, request.url, response.status_code, response.reason_phrase, elapsed
    )
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("Response headers: %s", redact_headers(response.headers))


def log_failure(request: httpx.Request, error: BaseException, started: float) -> None:
    """Log an attempt that got no response."""
    elapsed = (time.perf_counter() - started) * 1000
    logger.info("%s %s failed: %s: %s %.1f ms", request.method, request.url, type(error).__name__, error, elapsed)


def log_retry(
    request: httpx.Request, attempt: int, retries: int, delay: float, response: httpx.Response | None
) -> None:
    """Log a retry about to wait delay seconds."""
    cause = "no response" if response is None else f"status {response.status_code}"
    logger.info(
        "Retrying %s %s in %.2f s (retry %d of %d, after %s)",
        request.method,
        request.url,
        delay,
        attempt + 1,
        retries,
        cause,
    )


configure_from_env()
