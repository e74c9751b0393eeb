"""What a tool returns for an operation whose success body is bytes (a media download): a short
description, not the bytes, which an assistant cannot use and which would flood its context.

The description says the content type, the length and the sha256 of the body; a body of at most
`BINARY_INLINE_LIMIT` bytes also comes as base64, so a small file can still be passed on.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any, Protocol

from telnyx_voice_tools import BINARY_INLINE_LIMIT


class BinaryBody(Protocol):
    """What `telnyx_voice.BinaryResponse` offers that this module reads."""

    @property
    def content_type(self) -> str | None: ...

    @property
    def content(self) -> bytes: ...


def describe_binary(body: BinaryBody, where: str) -> tuple[dict[str, Any], str]:
    """The structured result and its text for a binary success body of the request `where` (`GET /...`)."""
    data = body.content
    kind = body.content_type or "application/octet-stream"
    structured: dict[str, Any] = {
        "content_type": kind,
        "length": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    text = f"The Telnyx API answered {where} with {len(data)} bytes of {kind}"
    if len(data) <= BINARY_INLINE_LIMIT:
        structured["base64"] = base64.b64encode(data).decode("ascii")
        text += "; the bytes are in `base64`."
    else:
        text += (
            f"; the bytes are not included (more than {BINARY_INLINE_LIMIT}): use the Python client to download them."
        )
    return structured, text
