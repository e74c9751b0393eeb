"""Finding, checking and loading the spec; selecting operations with their components."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any

import pytest

from generator import source
from generator.errors import (
    ConfigError,
    SelectionError,
    SpecChecksumError,
    SpecNotFoundError,
    SpecParseError,
    SpecReferenceError,
    SpecTooLargeError,
)
from generator.inputs import Pin, load_naming, load_pin, load_selection
from generator.select import component_closure, select
from generator.source import ENV_VAR, load_spec, locate_spec

TINY = b'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\n'


def pin_for(data: bytes) -> Pin:
    return Pin(
        url="https://example.invalid/spec.yml",
        commit="c",
        date="d",
        sha256=hashlib.sha256(data).hexdigest(),
        mirror_file="spec.yml",
    )


def test_the_pin_names_the_mirrored_file_and_its_checksum() -> None:
    pin = load_pin()
    assert pin.commit in pin.url and pin.url.endswith("/openapi/spec3.yml")
    sums = (Path(__file__).resolve().parents[3] / "shared" / "telnyx-openapi" / "SHA256SUMS").read_text()
    assert f"{pin.sha256}  {pin.mirror_file}" in sums


def test_search_order(tmp_path: Path) -> None:
    mirror, cache = tmp_path / "mirror", tmp_path / "cache"
    mirror.mkdir()
    pin = pin_for(TINY)
    explicit, from_env = tmp_path / "explicit.yml", tmp_path / "env.yml"
    for path in (explicit, from_env, mirror / "spec.yml"):
        path.write_bytes(TINY)
    env = {ENV_VAR: str(from_env)}
    assert locate_spec(pin, explicit, mirror_dir=mirror, cache_dir=cache, environ=env) == (explicit, "--spec")
    assert locate_spec(pin, None, mirror_dir=mirror, cache_dir=cache, environ=env) == (from_env, ENV_VAR)
    assert locate_spec(pin, None, mirror_dir=mirror, cache_dir=cache, environ={}) == (mirror / "spec.yml", "mirror")
    (mirror / "spec.yml").unlink()
    cache.mkdir()
    (cache / f"{pin.sha256}.yml").write_bytes(TINY)
    assert locate_spec(pin, None, mirror_dir=mirror, cache_dir=cache, environ={})[1] == "cache"


def test_a_missing_explicit_spec_is_named(tmp_path: Path) -> None:
    with pytest.raises(SpecNotFoundError, match=r"nope\.yml"):
        locate_spec(pin_for(TINY), tmp_path / "nope.yml", mirror_dir=tmp_path, cache_dir=tmp_path, environ={})


def test_a_tampered_mirror_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "spec.yml").write_bytes(TINY + b"# changed\n")
    with pytest.raises(SpecChecksumError, match=r"sha256 is"):
        load_spec(pin_for(TINY), mirror_dir=tmp_path, cache_dir=tmp_path / "c", environ={})


def test_another_version_is_accepted_when_given_explicitly(tmp_path: Path) -> None:
    other = tmp_path / "other.yml"
    other.write_bytes(TINY + b"# another version\n")
    loaded = load_spec(pin_for(TINY), other, mirror_dir=tmp_path, cache_dir=tmp_path / "c", environ={})
    assert not loaded.is_pinned and loaded.origin == "--spec" and loaded.document["openapi"] == "3.1.0"


def test_not_an_openapi_document(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_bytes(b"just: a mapping\n")
    with pytest.raises(SpecParseError, match="not an OpenAPI document"):
        load_spec(pin_for(TINY), bad, cache_dir=tmp_path / "c", environ={})
    bad.write_bytes(b"{ unclosed: [\n")
    with pytest.raises(SpecParseError, match="not valid YAML"):
        load_spec(pin_for(TINY), bad, cache_dir=tmp_path / "c", environ={})


def alias_bomb() -> bytes:
    """Nine levels of nine aliases to the level below: under 500 bytes, 9**9 strings written out."""
    lines = [b"openapi: 3.1.0", b"paths: {}", b'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for below, level in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{level}: &{level} [{','.join(['*' + below] * 9)}]".encode())
    return b"\n".join(lines) + b"\n"


def test_a_yaml_alias_bomb_is_refused_and_not_cached(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.yml"
    bomb.write_bytes(alias_bomb())
    assert len(bomb.read_bytes()) < 500
    with pytest.raises(SpecTooLargeError, match=r"bomb\.yml: YAML aliases expand the spec beyond 2,000,000 values"):
        load_spec(pin_for(TINY), bomb, cache_dir=tmp_path / "c", environ={})
    assert not (tmp_path / "c").exists() or not any((tmp_path / "c").iterdir())


def test_aliases_within_the_bound_still_load(tmp_path: Path) -> None:
    spec = tmp_path / "aliases.yml"
    spec.write_bytes(TINY + b"x-shared: &shared {type: string}\nx-copy: *shared\n")
    assert load_spec(pin_for(TINY), spec, cache_dir=tmp_path / "c", environ={}).document["x-copy"] == {"type": "string"}


def test_a_recursive_alias_is_a_parse_error(tmp_path: Path) -> None:
    spec = tmp_path / "loop.yml"
    spec.write_bytes(TINY + b"x-loop: &loop [*loop]\n")
    with pytest.raises(SpecParseError, match="a YAML alias refers to a value that contains it"):
        load_spec(pin_for(TINY), spec, cache_dir=tmp_path / "c", environ={})


def parsed_cache_of(data: bytes, cache: Path) -> Path:
    return cache / f"{hashlib.sha256(data).hexdigest()}.parsed.json"


def test_a_poisoned_parsed_cache_is_discarded(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "spec.yml").write_bytes(TINY)
    cache = tmp_path / "c"
    load_spec(pin_for(TINY), mirror_dir=tmp_path, cache_dir=cache, environ={})
    parsed = parsed_cache_of(TINY, cache)
    poisoned = {"openapi": "3.1.0", "paths": {"/evil": {}}}
    parsed.write_text(json.dumps(poisoned))
    with caplog.at_level(logging.WARNING, logger="generator.source"):
        loaded = load_spec(pin_for(TINY), mirror_dir=tmp_path, cache_dir=cache, environ={})
    assert loaded.is_pinned and loaded.document["paths"] == {}
    assert f"{parsed}: sha256 does not match {parsed.name}.sha256; discarding it" in caplog.text
    assert json.loads(parsed.read_bytes())["paths"] == {}  # rebuilt


def test_a_parsed_cache_without_its_checksum_is_not_trusted(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yml"
    spec.write_bytes(TINY)
    cache = tmp_path / "c"
    cache.mkdir()
    parsed_cache_of(TINY, cache).write_text(json.dumps({"openapi": "3.1.0", "paths": {"/evil": {}}}))
    assert load_spec(pin_for(TINY), spec, cache_dir=cache, environ={}).document["paths"] == {}


def test_a_parsed_spec_above_the_cache_bound_is_not_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(source, "MAX_CACHE_BYTES", 10)
    spec = tmp_path / "spec.yml"
    spec.write_bytes(TINY)
    with caplog.at_level(logging.WARNING, logger="generator.source"):
        assert load_spec(pin_for(TINY), spec, cache_dir=tmp_path / "c", environ={}).document["openapi"] == "3.1.0"
    assert not parsed_cache_of(TINY, tmp_path / "c").exists()
    assert "above 10; not caching it" in caplog.text


@pytest.mark.slow
@pytest.mark.parametrize("mirrored", sorted(source.MIRROR_DIR.glob("*.yml")), ids=lambda path: path.name)
def test_every_mirrored_spec_is_within_the_bounds(mirrored: Path, tmp_path: Path) -> None:
    assert not source._may_have_anchors(mirrored.read_bytes())  # so they load without the expansion count
    loaded = load_spec(pin_for(TINY), mirrored, cache_dir=tmp_path, environ={})
    assert parsed_cache_of(mirrored.read_bytes(), tmp_path).stat().st_size < source.MAX_CACHE_BYTES
    assert "paths" in loaded.document


def test_the_download_is_used_when_nothing_is_local(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import httpx

    pin = pin_for(TINY)
    calls: list[str] = []

    def fake_get(url: str, **_: Any) -> httpx.Response:
        calls.append(url)
        return httpx.Response(200, content=TINY, request=httpx.Request("GET", url))

    monkeypatch.setattr(httpx, "get", fake_get)
    loaded = load_spec(pin, mirror_dir=tmp_path / "none", cache_dir=tmp_path / "cache", environ={})
    assert calls == [pin.url] and loaded.origin == "download"
    assert load_spec(pin, mirror_dir=tmp_path / "none", cache_dir=tmp_path / "cache", environ={}).origin == "cache"


def test_selection_and_naming_files_are_consistent() -> None:
    selection, naming = load_selection(), load_naming()
    assert len(selection.operations) == 96
    assert set(naming.operations) <= set(selection.operations)


def test_a_malformed_naming_entry_is_named(tmp_path: Path) -> None:
    path = tmp_path / "naming.toml"
    path.write_text('[operations]\nDialCall = "Calls.Dial"\n')
    with pytest.raises(ConfigError, match=r"operations\.DialCall"):
        load_naming(path)


def test_unknown_operation_ids_are_named_with_a_suggestion(full_spec: dict[str, Any]) -> None:
    with pytest.raises(SelectionError, match=r"operation AnswerCal \(did you mean AnswerCall\?\)"):
        select(full_spec, ["DialCall", "AnswerCal"])


def test_missing_operations_can_be_listed_instead(full_spec: dict[str, Any]) -> None:
    selected = select(full_spec, ["DialCall", "NoSuchOp"], allow_missing=True)
    assert selected.missing_operations == ("NoSuchOp",)
    assert list(selected.document["paths"]) == ["/calls"]


def test_selection_keeps_exactly_the_referenced_components(full_spec: dict[str, Any]) -> None:
    document = select(full_spec, load_selection().operations).document
    assert (
        sum(
            len([m for m in item if m in ("get", "post", "put", "patch", "delete")])
            for item in document["paths"].values()
        )
        == 96
    )
    schemas = document["components"]["schemas"]
    assert "CallRequest" in schemas and "AWSVoiceSettings" in schemas  # body, and a discriminator mapping target
    assert "MessagingProfile" not in schemas  # unrelated API area


def test_component_closure_follows_refs_and_reports_dangling_ones() -> None:
    spec = {"components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"type": "string"}, "C": {}}}}
    assert list(component_closure(spec, [{"$ref": "#/components/schemas/A"}])["schemas"]) == ["A", "B"]
    with pytest.raises(SpecReferenceError, match="#/components/schemas/Z"):
        component_closure(spec, [{"$ref": "#/components/schemas/Z"}])
