"""Step 1: find the spec, check its sha256 and parse it.

Where the spec comes from, in order: an explicit path, $TELNYX_OPENAPI_SPEC, the shared mirror, the
download cache, the pinned URL. The mirror, the cache and the download must be the pinned bytes; an
explicit path or the environment variable may name another version (for a change report, say).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import SpecChecksumError, SpecNotFoundError, SpecParseError, SpecTooLargeError
from .inputs import Pin

MIRROR_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "telnyx-openapi"
ENV_VAR = "TELNYX_OPENAPI_SPEC"
# The pinned spec has about 115,000 values (containers and scalars, counted as if written out) and caches as
# 4 MB of JSON; these bounds leave room for growth but stop a YAML alias bomb, where a few hundred bytes
# of aliases to aliases expand to gigabytes.
MAX_SPEC_VALUES = 2_000_000
MAX_CACHE_BYTES = 64 * 1024 * 1024

logger = logging.getLogger(__name__)


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "telnyx-voice-generator"


@dataclass(frozen=True)
class LoadedSpec:
    """A parsed spec and where it came from."""

    document: dict[str, Any]
    path: Path
    origin: str
    sha256: str
    is_pinned: bool


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _download(pin: Pin, cache_dir: Path) -> Path:
    import httpx  # only needed when nothing local exists

    target = cache_dir / f"{pin.sha256}.yml"
    try:
        response = httpx.get(pin.url, timeout=60.0, follow_redirects=True)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        raise SpecNotFoundError(f"no local spec and the pinned URL failed: {pin.url}: {exc}") from None
    _check_pinned(response.content, pin, pin.url)
    cache_dir.mkdir(parents=True, exist_ok=True)
    target.write_bytes(response.content)
    return target


def _check_pinned(data: bytes, pin: Pin, where: str | Path) -> None:
    digest = sha256_of(data)
    if digest != pin.sha256:
        raise SpecChecksumError(f"{where}: sha256 is {digest}, but spec/pin.toml pins {pin.sha256}")


def locate_spec(
    pin: Pin,
    explicit: Path | None = None,
    *,
    mirror_dir: Path = MIRROR_DIR,
    cache_dir: Path | None = None,
    environ: dict[str, str] | None = None,
) -> tuple[Path, str]:
    """Return the spec file to read and a word for where it came from.

    Raises:
        SpecNotFoundError: an explicit or environment path does not exist, or nothing local exists and
            the pinned URL cannot be downloaded.
    """
    env = os.environ if environ is None else environ
    for origin, candidate in (("--spec", explicit), (ENV_VAR, env.get(ENV_VAR))):
        if candidate:
            path = Path(candidate)
            if not path.is_file():
                raise SpecNotFoundError(f"{origin} names {path}, which is not a file")
            return path, origin
    mirrored = mirror_dir / pin.mirror_file
    if mirrored.is_file():
        return mirrored, "mirror"
    cache = cache_dir or default_cache_dir()
    cached = cache / f"{pin.sha256}.yml"
    if cached.is_file():
        return cached, "cache"
    return _download(pin, cache), "download"


def _parse(data: bytes, path: Path) -> dict[str, Any]:
    try:
        if path.suffix == ".json":
            document = json.loads(data)
        else:
            document = yaml.load(data, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (ValueError, yaml.YAMLError) as exc:
        raise SpecParseError(f"{path}: not valid YAML or JSON: {exc}") from None
    if not isinstance(document, dict) or "openapi" not in document or "paths" not in document:
        raise SpecParseError(f"{path}: not an OpenAPI document (no `openapi` or `paths` key)")
    if _may_have_anchors(data):
        _check_expanded_size(document, path)
    return document


# Bytes that may precede a YAML anchor (`&name`): separation spaces, line breaks (with the last bytes of
# the UTF-8 NEL, LS and PS breaks), flow indicators, and NUL for UTF-16 text. An over-approximation.
_BEFORE_ANCHOR = b" \t\r\n[]{},:\x00\x85\xa8\xa9"


def _may_have_anchors(data: bytes) -> bool:
    """Whether data may define a YAML anchor; without one there are no aliases, so nothing is shared.

    A scan for `&` costs milliseconds where counting the parsed values costs a tenth of the parse; the
    real specs have no anchors (an `&` in prose is followed by a space or preceded by a letter).
    """
    start = data.find(b"&")
    while start != -1:
        before, after = data[start - 1 : start], data[start + 1 : start + 2]
        if (start == 0 or before in _BEFORE_ANCHOR) and after and (after.isalnum() or after in b"_-\x00"):
            return True
        start = data.find(b"&", start + 1)
    return False


def _check_expanded_size(document: dict[str, Any], path: Path) -> None:
    """Count the values of document as if every YAML alias were written out, each shared value once.

    Raises:
        SpecTooLargeError: more than MAX_SPEC_VALUES values once aliases are expanded.
        SpecParseError: an alias refers to a value that contains it, which JSON cannot represent.
    """
    sizes: dict[int, int] = {}  # id of a list or dict -> its expanded size; 0 while it is being counted

    def expanded(value: dict[str, Any] | list[Any]) -> int:
        known = sizes.get(id(value))
        if known == 0:
            raise SpecParseError(f"{path}: a YAML alias refers to a value that contains it (a recursive alias)")
        if known is not None:
            return known
        sizes[id(value)] = 0
        size = 1
        for item in value.values() if isinstance(value, dict) else value:
            size += expanded(item) if isinstance(item, dict | list) else 1
        if size > MAX_SPEC_VALUES:
            raise SpecTooLargeError(
                f"{path}: YAML aliases expand the spec beyond {MAX_SPEC_VALUES:,} values "
                "(an alias bomb?); refusing to load it"
            )
        sizes[id(value)] = size
        return size

    try:
        expanded(document)
    except RecursionError:
        raise SpecParseError(f"{path}: the spec is nested too deeply to process") from None


def _parsed_cache(digest: str, cache_dir: Path) -> Path:
    return cache_dir / f"{digest}.parsed.json"


def _checksum_file(parsed_cache: Path) -> Path:
    return parsed_cache.with_name(parsed_cache.name + ".sha256")


def _read_parsed_cache(parsed_cache: Path) -> dict[str, Any] | None:
    """The cached document, or None when absent, too large or not matching the checksum stored beside it.

    The checksum catches a cache file that was changed or truncated after it was written; the file name,
    the source's sha256, ties it to the spec bytes.
    """
    try:
        if parsed_cache.stat().st_size > MAX_CACHE_BYTES:
            logger.warning("%s: larger than %d bytes; parsing the spec again", parsed_cache, MAX_CACHE_BYTES)
            return None
        data = parsed_cache.read_bytes()
        expected = _checksum_file(parsed_cache).read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        logger.warning("%s: unreadable (%s); parsing the spec again", parsed_cache, exc)
        return None
    if sha256_of(data) != expected:
        logger.warning("%s: sha256 does not match %s; discarding it", parsed_cache, _checksum_file(parsed_cache).name)
        return None
    try:
        document: dict[str, Any] = json.loads(data)
    except ValueError:
        logger.warning("%s: not valid JSON; discarding it", parsed_cache)
        return None
    return document


def _write_parsed_cache(document: dict[str, Any], parsed_cache: Path) -> None:
    data = json.dumps(document).encode()
    if len(data) > MAX_CACHE_BYTES:
        logger.warning("the parsed spec is %d bytes, above %d; not caching it", len(data), MAX_CACHE_BYTES)
        return
    try:
        parsed_cache.parent.mkdir(parents=True, exist_ok=True)
        for target, content in ((parsed_cache, data), (_checksum_file(parsed_cache), sha256_of(data).encode())):
            tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
            tmp.write_bytes(content)
            tmp.replace(target)
    except OSError:
        pass  # a read-only home only costs the next run the YAML parse


def load_spec(
    pin: Pin,
    explicit: Path | None = None,
    *,
    mirror_dir: Path = MIRROR_DIR,
    cache_dir: Path | None = None,
    environ: dict[str, str] | None = None,
) -> LoadedSpec:
    """Locate, check and parse the spec (see the module docstring for the search order).

    YAML parsing takes seconds on the full spec, so the parsed document is cached as JSON under the
    source's sha256, with the sha256 of the JSON beside it: a stale entry cannot be used, and a changed
    one is discarded (with a warning) and rebuilt.

    Raises:
        SpecNotFoundError, SpecChecksumError, SpecParseError, SpecTooLargeError
    """
    cache = cache_dir or default_cache_dir()
    path, origin = locate_spec(pin, explicit, mirror_dir=mirror_dir, cache_dir=cache, environ=environ)
    data = path.read_bytes()
    digest = sha256_of(data)
    if origin in ("mirror", "cache", "download"):
        _check_pinned(data, pin, path)
    parsed_cache = _parsed_cache(digest, cache)
    document = _read_parsed_cache(parsed_cache)
    if document is None:
        document = _parse(data, path)
        _write_parsed_cache(document, parsed_cache)
    return LoadedSpec(document=document, path=path, origin=origin, sha256=digest, is_pinned=digest == pin.sha256)
