"""Finding, checking and loading the spec; selecting operations with their components."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from generator.errors import (
    ConfigError,
    SelectionError,
    SpecChecksumError,
    SpecNotFoundError,
    SpecParseError,
    SpecReferenceError,
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
    assert len(selection.operations) == 49
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
        == 49
    )
    schemas = document["components"]["schemas"]
    assert "CallRequest" in schemas and "AWSVoiceSettings" in schemas  # body, and a discriminator mapping target
    assert "MessagingProfile" not in schemas  # unrelated API area


def test_component_closure_follows_refs_and_reports_dangling_ones() -> None:
    spec = {"components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"type": "string"}, "C": {}}}}
    assert list(component_closure(spec, [{"$ref": "#/components/schemas/A"}])["schemas"]) == ["A", "B"]
    with pytest.raises(SpecReferenceError, match="#/components/schemas/Z"):
        component_closure(spec, [{"$ref": "#/components/schemas/Z"}])
