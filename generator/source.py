"""Step 1: find the spec, check its sha256 and parse it.

Where the spec comes from, in order: an explicit path, $TELNYX_OPENAPI_SPEC, the shared mirror, the
download cache, the pinned URL. The mirror, the cache and the download must be the pinned bytes; an
explicit path or the environment variable may name another version (for a change report, say).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import SpecChecksumError, SpecNotFoundError, SpecParseError
from .inputs import Pin

MIRROR_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "telnyx-openapi"
ENV_VAR = "TELNYX_OPENAPI_SPEC"


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
    return document


def _parsed_cache(digest: str, cache_dir: Path) -> Path:
    return cache_dir / f"{digest}.parsed.json"


def load_spec(
    pin: Pin,
    explicit: Path | None = None,
    *,
    mirror_dir: Path = MIRROR_DIR,
    cache_dir: Path | None = None,
    environ: dict[str, str] | None = None,
) -> LoadedSpec:
    """Locate, check and parse the spec (see the module docstring for the search order).

    YAML parsing takes seconds on the full spec, so the parsed document is cached as JSON under its
    sha256; the cache key is the content, so a stale entry cannot be used.

    Raises:
        SpecNotFoundError, SpecChecksumError, SpecParseError
    """
    cache = cache_dir or default_cache_dir()
    path, origin = locate_spec(pin, explicit, mirror_dir=mirror_dir, cache_dir=cache, environ=environ)
    data = path.read_bytes()
    digest = sha256_of(data)
    if origin in ("mirror", "cache", "download"):
        _check_pinned(data, pin, path)
    parsed_cache = _parsed_cache(digest, cache)
    document: dict[str, Any] | None = None
    if parsed_cache.is_file():
        try:
            document = json.loads(parsed_cache.read_bytes())
        except ValueError:
            document = None
    if document is None:
        document = _parse(data, path)
        try:
            cache.mkdir(parents=True, exist_ok=True)
            tmp = parsed_cache.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(document), encoding="utf-8")
            tmp.replace(parsed_cache)
        except OSError:
            pass  # a read-only home only costs the next run the YAML parse
    return LoadedSpec(document=document, path=path, origin=origin, sha256=digest, is_pinned=digest == pin.sha256)
