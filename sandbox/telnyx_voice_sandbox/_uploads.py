"""Multipart uploads (`media.upload`, `media.update` with a file): read within bounds, turned into the JSON body.

The spec offers two bodies for these operations: JSON with a `media_url`, or multipart/form-data with
the file itself in a `media` part. The sandbox validates and runs one form only, the JSON one (the
tool definitions describe it): the file part becomes a `data:` URL in `media_url`, its other parts
become fields typed by the operation's schema (`ttl_secs` is an integer). The body is read at most
`MAX_UPLOAD_BYTES` at a time; a larger one is answered 413 before it is parsed.
"""

from __future__ import annotations

import base64
import mimetypes
from email.message import MIMEPart
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from starlette.requests import Request

from . import _errors as errors
from ._media_store import MAX_FILE_BYTES
from ._validation import Endpoint, coerce_query

FILE_PART = "media"
MAX_UPLOAD_BYTES = MAX_FILE_BYTES + 64 * 1024
"""A 20 MB file and its multipart framing and fields."""


def is_multipart(request: Request) -> bool:
    return request.headers.get("content-type", "").lower().startswith("multipart/form-data")


async def form_body(request: Request, endpoint: Endpoint) -> dict[str, Any]:
    """The multipart/form-data body of request as the JSON body of the same operation."""
    raw = await _bounded_body(request)
    content_type = request.headers["content-type"]
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + raw
    )
    if not message.is_multipart():
        raise errors.malformed_body("The multipart/form-data body could not be parsed (is its boundary right?).")
    properties = endpoint.tool["full_input_schema"].get("properties", {})
    body: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise errors.malformed_body("Every multipart part needs a Content-Disposition with a name.")
        data = part.get_payload(decode=True)
        content = data if isinstance(data, bytes) else b""
        if name == FILE_PART:
            body["media_url"] = _data_url(content, part)
        else:
            body[name] = coerce_query(content.decode("utf-8", "replace"), properties.get(name, {}))
    return body


def _data_url(content: bytes, part: MIMEPart) -> str:
    """A `data:` URL of the file part, typed by its Content-Type (else its file name's)."""
    kind = part.get_content_type() if part.get("content-type") else ""
    if not kind or kind == "application/octet-stream":
        guessed, _ = mimetypes.guess_type(part.get_filename() or "")
        kind = guessed or "application/octet-stream"
    return f"data:{kind};base64,{base64.b64encode(content).decode()}"


async def _bounded_body(request: Request) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES:
        raise _too_large()
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_UPLOAD_BYTES:
            raise _too_large()
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large() -> errors.APIError:
    return errors.APIError(
        413,
        [
            errors.error_entry(
                "10015",
                "Request entity too large",
                f"The upload exceeds {MAX_UPLOAD_BYTES} bytes: a media file may be at most 20 MB.",
                pointer=f"/{FILE_PART}",
            )
        ],
    )
