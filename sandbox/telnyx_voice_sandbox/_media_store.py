"""Media storage (`/media`): uploads kept in memory, bounded, listable and downloadable, and the check that
a `media_name` a command plays names stored media.

An upload's bytes come from its `media_url`: a `data:` URL carries them (a multipart upload's file part
arrives as one, see `_uploads`); the sandbox never fetches an http(s) URL, so such media is stored
empty, with the content type its file name suggests. Media expires `ttl_secs` after its upload (2 days
by default) and is forgotten then. The store holds at most `config.max_media_count` files and
`config.max_media_bytes` bytes in all; a file may not exceed Telnyx's 20 MB.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import mimetypes
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote_to_bytes, urlsplit

from . import _errors as errors
from ._model import SandboxConfig, iso, new_uuid, now
from ._resources import _paged
from ._responses import Binary, Reply
from ._validation import Endpoint

if TYPE_CHECKING:
    from ._engine import Engine

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Telnyx: "The maximum allowed size is 20 MB."."""
DEFAULT_TTL_SECS = 2 * 24 * 3600
"""Telnyx: media is deleted after 2 days unless `ttl_secs` says otherwise."""
MEDIA_NAME_FIELDS = ("media_name", "invalid_media_name", "hold_media_name")
"""Body fields of commands (on calls and conferences) that play stored media by name."""


@dataclass
class StoredMedia:
    name: str
    content: bytes
    content_type: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    expires_at: datetime.datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "media_name": self.name,
            "content_type": self.content_type,
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
            "expires_at": iso(self.expires_at),
        }


class MediaStore:
    """The stored media, by name, within the config's limits."""

    def __init__(self, config: SandboxConfig) -> None:
        self._config = config
        self._media: dict[str, StoredMedia] = {}

    def __len__(self) -> int:
        return len(self._live())

    def _live(self) -> dict[str, StoredMedia]:
        """The media not expired yet (expired media is forgotten)."""
        moment = now()
        for name in [n for n, m in self._media.items() if m.expires_at <= moment]:
            del self._media[name]
        return self._media

    def find(self, name: str) -> StoredMedia:
        """The media called name; raises 404 when none is stored."""
        media = self._live().get(name)
        if media is None:
            raise errors.not_found(f"No media named {name!r} is stored.")
        return media

    def require(self, name: str, field: str = "media_name") -> StoredMedia:
        """The media a command names in its body field; raises 422 pointing at field when none is stored.

        Commands that play media by name (on calls and on conferences) call this before acting.
        """
        media = self._live().get(name)
        if media is None:
            raise errors.unprocessable(
                "10015",
                "Invalid value",
                f"No media named {name!r} is stored: upload it with media.upload (POST /media) first.",
                pointer=f"/{field}",
            )
        return media

    def check_names(self, body: Mapping[str, Any]) -> None:
        """Raise 422 when a body field of `MEDIA_NAME_FIELDS` names media that is not stored."""
        for field in MEDIA_NAME_FIELDS:
            if isinstance(body.get(field), str):
                self.require(body[field], field)

    def put(self, name: str, content: bytes, content_type: str, ttl_secs: int, *, replacing: bool) -> StoredMedia:
        """Store content under name (replacing the media of that name when replacing); raises 422 beyond limits."""
        media = self._live()
        previous = media.get(name) if replacing else None
        if not replacing and name in media:
            raise _invalid("media_name", f"Media named {name!r} already exists; update or delete it first.")
        if len(content) > MAX_FILE_BYTES:
            raise _invalid("media", f"The media is {len(content)} bytes; at most {MAX_FILE_BYTES} (20 MB) are allowed.")
        if previous is None and len(media) >= self._config.max_media_count:
            raise _invalid(
                "media_name",
                f"The sandbox stores at most {self._config.max_media_count} media files (max_media_count); "
                "delete one first.",
            )
        others = sum(len(m.content) for n, m in media.items() if n != name)
        if others + len(content) > self._config.max_media_bytes:
            raise _invalid(
                "media",
                f"Storing {len(content)} more bytes would exceed the sandbox's {self._config.max_media_bytes} "
                "bytes of media in all (max_media_bytes); delete some first.",
            )
        moment = now()
        stored = StoredMedia(
            name=name,
            content=content,
            content_type=content_type,
            created_at=previous.created_at if previous is not None else moment,
            updated_at=moment,
            expires_at=moment + datetime.timedelta(seconds=ttl_secs),
        )
        media[name] = stored
        return stored

    def delete(self, name: str) -> None:
        self.find(name)
        del self._media[name]

    def listing(self) -> list[dict[str, Any]]:
        return [m.to_json() for m in self._live().values()]


def _invalid(field: str, detail: str) -> errors.APIError:
    return errors.unprocessable("10015", "Invalid value", detail, pointer=f"/{field}")


def content_of(url: str) -> tuple[bytes, str]:
    """The bytes and content type a `media_url` gives: those of a `data:` URL, else none (never fetched)."""
    if not url.startswith("data:"):
        guessed, _ = mimetypes.guess_type(urlsplit(url).path)
        return b"", guessed or "application/octet-stream"
    header, comma, data = url[len("data:") :].partition(",")
    if not comma:
        raise _invalid("media_url", "A data: URL needs a ',' before its data.")
    kind, *params = header.split(";")
    if "base64" not in params:
        return unquote_to_bytes(data), kind or "text/plain"
    try:
        return base64.b64decode(data, validate=True), kind or "application/octet-stream"
    except (binascii.Error, ValueError):
        raise _invalid("media_url", "The data: URL's base64 data is not valid base64.") from None


def _ttl(body: Mapping[str, Any]) -> int:
    ttl = body.get("ttl_secs")
    if ttl is None:
        return DEFAULT_TTL_SECS
    if not 1 <= int(ttl) <= 630_720_000:
        raise errors.unprocessable(
            "10033",
            "Value outside of range",
            "The 'ttl_secs' value is outside of allowed range 1 to 630720000.",
            pointer="/ttl_secs",
        )
    return int(ttl)


def upload(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """`media.upload`: store the media of `media_url` under `media_name` (a fresh name when none is given)."""
    content, content_type = content_of(body["media_url"])
    name = str(body.get("media_name") or new_uuid())
    stored = engine.media.put(name, content, content_type, _ttl(body), replacing=False)
    return 201, {"data": stored.to_json()}


def update(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """New content (`media_url`) and/or a new `ttl_secs` for stored media."""
    current = engine.media.find(path["media_name"])
    content, content_type = current.content, current.content_type
    if "media_url" in body:
        content, content_type = content_of(body["media_url"])
    ttl = _ttl(body) if "ttl_secs" in body else int((current.expires_at - now()).total_seconds())
    stored = engine.media.put(current.name, content, content_type, max(1, ttl), replacing=True)
    return 200, {"data": stored.to_json()}


def retrieve(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    return 200, {"data": engine.media.find(path["media_name"]).to_json()}


def listing(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    """`media.list`, filtered by `filter[content_type][]` when given."""
    items = engine.media.listing()
    wanted = (query.get("filter") or {}).get("content_type")
    if wanted:  # `filter[content_type][]=a&...` parses as {"": [...]}, `filter[content_type]=a` as a string
        kinds = _flatten(wanted)
        items = [m for m in items if m["content_type"] in kinds]
    return 200, _paged(items, {"size": max(1, len(items))})  # the operation is not paged: one page of all


def _flatten(value: Any) -> list[str]:
    if isinstance(value, Mapping):
        return [kind for item in value.values() for kind in _flatten(item)]
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def delete(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    engine.media.delete(path["media_name"])
    return 204, None


def download(
    engine: Engine, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
) -> Reply:
    media = engine.media.find(path["media_name"])
    return 200, Binary(media.content, media.content_type)
