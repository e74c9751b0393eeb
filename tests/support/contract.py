"""What the contract tests share: running Prism, recording its answers, and argument values from the spec.

Prism (npm `@stoplight/prism-cli`, pinned in prism/package-lock.json, installed by `make prism`) mocks
the Telnyx API from a strict copy of the spec (generator/strict.py) and validates every request
against it. A request that breaks the spec gets a 422 and an `sl-violations` response header naming
each violation; a valid one gets the documented example. Nothing here was written against our client:
the values come from the spec, the verdict from Prism.
"""

from __future__ import annotations

import contextlib
import copy
import ctypes
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx

from tests.support.client import Field, SpecOperation, resolve, spec, spec_operations
from tests.support.samples import SAMPLE_DATE_TIME, SAMPLE_UUID

PRISM_DIR = Path(__file__).resolve().parents[1] / "contract" / "prism"
PRISM_BIN = PRISM_DIR / "node_modules" / ".bin" / "prism"
PRISM_START_TIMEOUT = 60.0
PRISM_STOP_TIMEOUT = 10.0
LISTENING = re.compile(r"Prism is listening on (http://127\.0\.0\.1:\d+)")
ANSI = re.compile(r"\x1b\[[0-9;]*m")
API_KEY = "contract-test-key"
# Prism never answers a request whose JSON body does not parse: a bound on every call keeps a hang short.
TIMEOUT = httpx.Timeout(15.0, connect=5.0)

Path_ = tuple[str, ...]  # where a value sits in a request: field names, "[]" for array items, "{}" for map values


# --- Prism ------------------------------------------------------------------------------------------


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Ask Linux to SIGTERM Prism when the pytest process dies, even by SIGKILL."""
    PR_SET_PDEATHSIG = 1
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


@dataclass
class Prism:
    """A running `prism mock` on 127.0.0.1, its base URL and its log."""

    url: str
    process: subprocess.Popen[bytes]
    log_path: Path
    _log: IO[bytes] = field(repr=False)

    def log_tail(self, lines: int = 40) -> str:
        text = ANSI.sub("", self.log_path.read_text(encoding="utf-8", errors="replace"))
        return "\n".join(text.splitlines()[-lines:])

    def check_running(self) -> None:
        """Raise with the log when Prism has exited (a crash would otherwise look like connection errors)."""
        code = self.process.poll()
        if code is not None:
            raise RuntimeError(f"Prism exited with status {code}; the end of its log:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(PRISM_STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(PRISM_STOP_TIMEOUT)
        self._log.close()


def start_prism(spec_file: Path, log_path: Path, *, timeout: float = PRISM_START_TIMEOUT) -> Prism:
    """Start `prism mock` on spec_file on a free port and wait until it says it listens.

    `-p 0` lets the kernel pick the port, so parallel sessions cannot race for one; the port is read
    from Prism's "Prism is listening on" log line.

    Raises:
        RuntimeError: Prism is not installed, exits, or does not listen within timeout (with its log).
    """
    if not PRISM_BIN.exists():
        raise RuntimeError(f"Prism is not installed at {PRISM_BIN}: run `make prism` (npm ci in {PRISM_DIR}).")
    log = log_path.open("wb")
    process = subprocess.Popen(
        [str(PRISM_BIN), "mock", "--host", "127.0.0.1", "--port", "0", str(spec_file)],
        cwd=PRISM_DIR,
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"},
        preexec_fn=_die_with_parent if sys.platform == "linux" else None,
    )
    prism = Prism(url="", process=process, log_path=log_path, _log=log)
    deadline = time.monotonic() + timeout
    try:
        while True:
            found = LISTENING.search(ANSI.sub("", log_path.read_text(encoding="utf-8", errors="replace")))
            if found:
                prism.url = found.group(1)
                return prism
            prism.check_running()
            if time.monotonic() > deadline:
                raise RuntimeError(f"Prism did not listen within {timeout:.0f} s; its log:\n{prism.log_tail()}")
            time.sleep(0.05)
    except BaseException:
        prism.stop()
        raise


# --- what Prism answered ----------------------------------------------------------------------------


@dataclass
class Exchanges:
    """Every response a client received (an httpx response hook), with Prism's verdict on its request."""

    responses: list[httpx.Response] = field(default_factory=list)

    def record(self, response: httpx.Response) -> None:
        self.responses.append(response)

    async def arecord(self, response: httpx.Response) -> None:
        self.responses.append(response)

    def hooks(self, mode: str) -> dict[str, list[Callable[[httpx.Response], Any]]]:
        return {"response": [self.record if mode == "sync" else self.arecord]}

    @property
    def last(self) -> httpx.Response:
        assert self.responses, "no request reached Prism"
        return self.responses[-1]

    def violations(self) -> list[dict[str, Any]]:
        """Prism's violations for every request seen (its `sl-violations` header, a JSON list)."""
        found: list[dict[str, Any]] = []
        for response in self.responses:
            header = response.headers.get("sl-violations")
            if header is not None:
                found.extend(parse_violations(header))
        return found

    def violation_messages(self) -> list[str]:
        return [str(v.get("message")) for v in self.violations()]


TOO_MANY = "Too many violations! "


def parse_violations(header: str) -> list[dict[str, Any]]:
    """The violations in an `sl-violations` header.

    With many violations Prism prefixes the list with "Too many violations! " and cuts it short,
    mid-JSON; the complete entries are kept, and one entry marks the cut.
    """
    if not header.startswith(TOO_MANY):
        parsed: list[dict[str, Any]] = json.loads(header)
        return parsed
    text = header.removeprefix(TOO_MANY)
    decoder = json.JSONDecoder()
    found: list[dict[str, Any]] = []
    position = 1  # after the opening bracket
    while True:
        try:
            item, end = decoder.raw_decode(text, position)
        except ValueError:
            break
        found.append(item)
        position = end + 1  # past the comma
    found.append({"location": [], "code": "truncated", "message": TOO_MANY.strip()})
    return found


# --- argument values from the spec ------------------------------------------------------------------

STRING_BY_FORMAT = {
    "uuid": SAMPLE_UUID,
    "date-time": SAMPLE_DATE_TIME,
    "date": "2024-05-06",
    "time": "07:08:09Z",
    "uri": "https://example.com/contract",
    "url": "https://example.com/contract",
    "email": "contract@example.com",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
}
STRING_BY_PATTERN = {"^wss?://": "wss://example.com/contract"}
MAX_DEPTH = 8


def properties_of(schema: Mapping[str, Any], seen: frozenset[str] = frozenset()) -> set[str]:
    """Every property name schema can define, through refs, allOf and the members of its unions."""
    if "$ref" in schema:
        ref = str(schema["$ref"])
        return set() if ref in seen else properties_of(resolve(schema), seen | {ref})
    names = set(schema.get("properties", {}))
    for key in ("allOf", "oneOf", "anyOf"):
        for member in schema.get(key, ()):
            names |= properties_of(member, seen)
    return names


def _non_null(kind: Any) -> Any:
    """The type of a schema, without "null" (None when it is only null)."""
    if isinstance(kind, list):
        return next((k for k in kind if k != "null"), None)
    return None if kind == "null" else kind


def _clip(value: float, schema: Mapping[str, Any]) -> float:
    low, high = schema.get("minimum"), schema.get("maximum")
    if isinstance(low, (int, float)) and value < low:
        value = low
    if isinstance(high, (int, float)) and value > high:
        value = high
    return value


@dataclass
class Sampler:
    """Builds request values from schemas: the spec's examples where it has them, typed values elsewhere.

    `rich` fills in every property of every object (to MAX_DEPTH); otherwise objects get their required
    properties, the first of their `x-required-one-of` groups and their union's discriminator. At each
    union the member `choices[path]` is taken (default 0); `sites` records every union met, by path,
    with its number of members, so a caller can ask for each member in turn (`union_variants`).
    """

    rich: bool
    choices: Mapping[Path_, int] = field(default_factory=dict)
    sites: dict[Path_, int] = field(default_factory=dict)
    # objects whose schema lists their properties, by path: the optional, non-tag keys they were given
    objects: dict[Path_, list[str]] = field(default_factory=dict)

    def value(self, schema: Mapping[str, Any], path: Path_ = (), depth: int = 0) -> Any:
        if "$ref" in schema:
            return self.value(resolve(schema), path, depth)
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        if "enum" in schema:
            return next(v for v in schema["enum"] if v is not None)
        members = [m for key in ("oneOf", "anyOf") for m in schema.get(key, ()) if not self._only_required(m)]
        members = [m for m in members if _non_null(resolve(m).get("type", "object")) is not None]
        if members:
            return self._union(schema, members, path, depth)
        if schema.get("allOf"):
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                merged.update(self.value(part, path, depth))
            return merged
        kind = _non_null(schema.get("type"))
        if kind == "object" or "properties" in schema or "additionalProperties" in schema:
            return self._object(schema, path, depth)
        if kind == "array" and self.rich and self._structured(schema.get("items", {})):
            pass  # build the items, which the example fills in less
        elif "example" in schema and schema["example"] is not None:
            return copy.deepcopy(schema["example"])
        if kind == "array":
            items = schema.get("items", {})
            count = max(1, int(schema.get("minItems", 1)))
            return [self.value(items, (*path, "[]"), depth + 1) for _ in range(count)]
        if kind == "integer":
            return int(_clip(7, schema))
        if kind == "number":
            return _clip(1.5, schema)
        if kind == "boolean":
            return True
        return self._string(schema, path)

    @staticmethod
    def _structured(schema: Mapping[str, Any]) -> bool:
        resolved = resolve(schema)
        return "properties" in resolved or "oneOf" in resolved or "anyOf" in resolved or "allOf" in resolved

    @staticmethod
    def _is_union(schema: Mapping[str, Any]) -> bool:
        resolved = resolve(schema)
        return bool(resolved.get("oneOf") or resolved.get("anyOf"))

    @staticmethod
    def _only_required(member: Mapping[str, Any]) -> bool:
        return set(member) == {"required"}

    def _string(self, schema: Mapping[str, Any], path: Path_) -> str:
        text = STRING_BY_FORMAT.get(str(schema.get("format")))
        pattern = schema.get("pattern")
        if pattern is not None:
            text = STRING_BY_PATTERN.get(str(pattern))
            if text is None:
                raise ValueError(f"{'.'.join(path)}: no example, and no sample for pattern {pattern!r}")
        if text is None:
            text = "contract-sample"
        low, high = schema.get("minLength"), schema.get("maxLength")
        if isinstance(low, int) and len(text) < low:
            text = text.ljust(low, "x")
        if isinstance(high, int) and len(text) > high:
            text = text[:high]
        return text

    def _union(self, schema: Mapping[str, Any], members: list[Any], path: Path_, depth: int) -> Any:
        self.sites.setdefault(path, len(members))
        choice = self.choices.get(path, 0)
        member = members[choice]
        # a union directly inside a member (Deepgram's nova-2 | nova-3) is a site of its own
        built = self.value(member, (*path, f"#{choice}") if self._is_union(member) else path, depth)
        discriminator = schema.get("discriminator")
        if isinstance(built, dict) and isinstance(discriminator, Mapping) and "$ref" in member:
            prop = discriminator["propertyName"]
            tags = [tag for tag, ref in discriminator.get("mapping", {}).items() if ref == member["$ref"]]
            if tags and (prop in built or prop in properties_of(member)):
                built[prop] = tags[0]
        own = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf", "discriminator")}
        if isinstance(built, dict) and "properties" in own:
            return {**self._object(own, path, depth), **built}
        return built

    def _object(self, schema: Mapping[str, Any], path: Path_, depth: int) -> dict[str, Any]:
        properties: Mapping[str, Any] = schema.get("properties", {})
        example = schema.get("example") if isinstance(schema.get("example"), dict) else None
        if not properties:
            extra = schema.get("additionalProperties")
            if isinstance(extra, Mapping) and extra:
                if example is not None:
                    return copy.deepcopy(example)
                return {"contract_key": self.value(extra, (*path, "{}"), depth + 1)}
            return copy.deepcopy(example) if example is not None else {"contract_key": "contract-value"}
        wanted = set(schema.get("required", ()))
        groups = schema.get("x-required-one-of") or [
            alt["required"] for alt in schema.get("anyOf", ()) if self._only_required(alt)
        ]
        if groups:
            wanted |= set(groups[0])
        if self.rich and depth < MAX_DEPTH:
            wanted = set(properties)
        result: dict[str, Any] = {}
        for name, prop in properties.items():
            if name not in wanted:
                continue
            resolved = resolve(prop)
            scalar = _non_null(resolved.get("type")) not in ("object", "array") and "properties" not in resolved
            if scalar and "example" not in resolved and example is not None and name in example:
                result[name] = copy.deepcopy(example[name])
            else:
                result[name] = self.value(prop, (*path, name), depth + 1)
        if "additionalProperties" not in schema:
            required = set(schema.get("required", ()))
            self.objects[path] = [n for n in result if n not in required and not _is_tag(properties[n])]
        return result


def _is_tag(schema: Mapping[str, Any]) -> bool:
    """Whether a property can take one value only (a union's discriminator, typically)."""
    resolved = resolve(schema)
    return "const" in resolved or len(resolved.get("enum", ())) == 1


# --- the operations' arguments ----------------------------------------------------------------------


def request_fields(op: SpecOperation) -> tuple[Field, ...]:
    return tuple(f for f in op.fields if f.location != "path")


def body_required_one_of(op: SpecOperation) -> list[list[str]]:
    """The body's `x-required-one-of` groups (normalize's record of `anyOf: [{required: ...}]`)."""
    node = spec()["paths"][op.path][op.method.lower()].get("requestBody")
    if node is None:
        return []
    body = resolve(node["content"]["application/json"]["schema"])
    groups: list[list[str]] = body.get("x-required-one-of", [])
    return groups


def sampler_for(
    op: SpecOperation, variant: str, choices: Mapping[Path_, int] | None = None
) -> tuple[dict[Field, Any], Sampler]:
    """The non-path values a call passes, by field, and the sampler that built them (see `arguments`)."""
    sampler = Sampler(rich=variant == "rich", choices=choices or {})
    groups = body_required_one_of(op)
    wanted = {f.wire for f in op.fields if f.required} | set(groups[0] if groups else ())
    values: dict[Field, Any] = {}
    for f in request_fields(op):
        if variant == "rich" or f.wire in wanted:
            values[f] = sampler.value(f.schema, (f.wire,))
    return values, sampler


def arguments(
    op: SpecOperation, variant: str, choices: Mapping[Path_, int] | None = None
) -> tuple[dict[Field, Any], dict[Path_, int]]:
    """The non-path values a call passes, by field: the required ones, or (rich) all; and the unions met.

    "required" sends the required fields and the first `x-required-one-of` group, with minimal values;
    "rich" sends every field, every object filled in, and the union members `choices` names.
    """
    values, sampler = sampler_for(op, variant, choices)
    return values, sampler.sites


def union_variants(op: SpecOperation) -> list[dict[Path_, int]]:
    """Choices that together take every member of every union in op's rich arguments at least once.

    Member 0 of every union is in the plain rich call; each further member gets a call of its own,
    with the choices that lead to its union (a union inside a member other than the first).
    """
    _, sites = arguments(op, "rich")
    reached: dict[Path_, dict[Path_, int]] = {site: {} for site in sites}
    counts = dict(sites)
    variants: list[dict[Path_, int]] = []
    pending = list(sites)
    while pending:
        site = pending.pop(0)
        for member in range(1, counts[site]):
            choices = {**reached[site], site: member}
            variants.append(choices)
            _, found = arguments(op, "rich", choices)
            for new_site, count in found.items():
                if new_site not in reached:
                    reached[new_site] = choices
                    counts[new_site] = count
                    pending.append(new_site)
    return variants


def locate(values: Mapping[Field, Any], path: Path_) -> Any:
    """The value at a sampler path (`[]` is the first item, `{}` the sample map key, `#n` no step)."""
    (value,) = [v for f, v in values.items() if f.wire == path[0] and f.location != "path"]
    for step in path[1:]:
        if step == "[]":
            value = value[0]
        elif step == "{}":
            value = value["contract_key"]
        elif not step.startswith("#"):
            value = value[step]
    return value


def wire_path(path: Path_) -> list[str]:
    """A sampler path as Prism writes a violation's location under the body."""
    steps = {"[]": "0", "{}": "contract_key"}
    return [steps.get(step, step) for step in path if not step.startswith("#")]


def misnamed_field(op: SpecOperation) -> tuple[dict[Field, Any], Path_, str] | None:
    """op's rich body values, and the deepest listed-properties object in it with an optional key to misspell.

    None when the body has no such object.
    """
    values, sampler = sampler_for(op, "rich")
    body = {f.wire for f in op.of("body")}
    candidates = [(path, keys) for path, keys in sampler.objects.items() if keys and path[0] in body]
    if not candidates:
        return None
    path, keys = max(candidates, key=lambda candidate: len(candidate[0]))
    return values, path, keys[0]


def variant_id(choices: Mapping[Path_, int]) -> str:
    return ",".join(f"{'.'.join(site)}={member}" for site, member in sorted(choices.items()))


def deep_object_keys(schema: Mapping[str, Any], prefix: str) -> Iterator[str]:
    """Every `name[a][b]` query key a deepObject parameter's schema defines."""
    schema = resolve(schema)
    properties: Mapping[str, Any] = schema.get("properties", {})
    if not properties:
        yield prefix
    for name, prop in properties.items():
        yield from deep_object_keys(prop, f"{prefix}[{name}]")


def undefined_query_keys(op: SpecOperation, request: httpx.Request) -> list[str]:
    """Query keys of request that op's parameters do not define.

    Prism cannot see these: its deepObject parser builds the object from the keys the schema defines
    and drops every other (prism-http dist/validator/deserializers/style/deepObject.js), so
    `filter[application_name][containz]` passes it unnoticed.
    """
    defined: set[str] = set()
    for f in op.of("query"):
        defined |= set(deep_object_keys(f.schema, f.wire)) if "properties" in resolve(f.schema) else {f.wire}
    return sorted({key for key, _ in request.url.params.multi_items()} - defined)


# --- documented errors ------------------------------------------------------------------------------


def documented_errors(op: SpecOperation) -> dict[str, dict[str, Any]]:
    """op's documented error responses (4xx/5xx; not `default`), references followed."""
    responses = spec()["paths"][op.path][op.method.lower()]["responses"]
    return {status: resolve(r) for status, r in responses.items() if status[0] in "45"}


def error_examples(response: Mapping[str, Any]) -> dict[str | None, Any]:
    """The JSON examples of an error response, by name (None for a single `example`), in spec order.

    Prism answers `Prefer: code=N` with the first, and `Prefer: code=N, example=name` with that one.
    """
    media = response.get("content", {}).get("application/json", {})
    if "example" in media:
        return {None: media["example"]}
    return {name: example["value"] for name, example in media.get("examples", {}).items()}


def named_error_examples() -> list[tuple[str, int, str]]:
    """(operationId, status, example name) for every named error example once, spread over the operations."""
    cases: list[tuple[str, int, str]] = []
    seen: set[tuple[int, str]] = set()
    operations = spec_operations()
    rounds = 0
    while True:  # one new example per operation per round, so they land on different operations
        added = False
        for op_id, op in operations.items():
            for status, response in documented_errors(op).items():
                fresh = [n for n in error_examples(response) if n is not None and (int(status), n) not in seen]
                if fresh:
                    seen.add((int(status), fresh[0]))
                    cases.append((op_id, int(status), fresh[0]))
                    added = True
                    break
        rounds += 1
        if not added or rounds > 100:
            return cases
