"""What the contract tests share: running Prism, recording its answers, and argument values from the spec.

Prism (npm `@stoplight/prism-cli`, pinned in prism/package-lock.json, installed by `make prism`) mocks
the Telnyx API from a strict copy of the spec (generator/strict.py) and validates every request
against it. A request that breaks the spec gets a 422 and an `sl-violations` response header naming
each violation; a valid one gets the documented example. Nothing here was written against our client:
the values come from the spec, the verdict from Prism.
"""

from __future__ import annotations

import contextlib
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

from tests.support.samples import Path_, Sampler
from tests.support.spec_operations import Field, SpecOperation, resolve, spec, spec_operations

PRISM_DIR = Path(__file__).resolve().parents[1] / "contract" / "prism"
PRISM_BIN = PRISM_DIR / "node_modules" / ".bin" / "prism"
PRISM_START_TIMEOUT = 60.0
PRISM_STOP_TIMEOUT = 10.0
LISTENING = re.compile(r"Prism is listening on (http://127\.0\.0\.1:\d+)")
ANSI = re.compile(r"\x1b\[[0-9;]*m")
API_KEY = "contract-test-key"
# Prism never answers a request whose JSON body does not parse: a bound on every call keeps a hang short.
TIMEOUT = httpx.Timeout(15.0, connect=5.0)


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
    sampler = Sampler(resolve, rich=variant == "rich", choices=choices or {})
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
