"""What the contract tests send and expect, from the spec: argument values (every union variant, a
misnamed field), the query keys an operation defines, and its documented error responses."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import httpx

from tests.support.samples import Path_, Sampler
from tests.support.spec_operations import Field, SpecOperation, resolve, spec, spec_operations


def request_fields(op: SpecOperation) -> tuple[Field, ...]:
    """The query and JSON body fields (a multipart form's own fields are the upload tests')."""
    return tuple(f for f in op.fields if f.location != "path" and not f.upload_form)


def body_required_one_of(op: SpecOperation) -> list[list[str]]:
    """The body's `x-required-one-of` groups (normalize's record of `anyOf: [{required: ...}]`)."""
    node = spec()["paths"][op.path][op.method.lower()].get("requestBody")
    if node is None:
        return []
    body = resolve(resolve(node)["content"]["application/json"]["schema"])
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


def documented_errors(op: SpecOperation) -> dict[str, dict[str, Any]]:
    """op's documented error responses (4xx/5xx; not `default`), references followed."""
    responses = spec()["paths"][op.path][op.method.lower()]["responses"]
    return {status: resolve(r) for status, r in responses.items() if status[0] in "45"}


def invalid_request_answer(op: SpecOperation) -> tuple[int, dict[str, Any] | None]:
    """The status and documented response Prism answers a request of op that breaks the strict spec.

    Prism (prism-http dist/mocker/index.js `getExpectedCodesForViolations`, negotiator
    `findResponse`) looks for a 422, then a 400, then the `default` response, which it sends as 422;
    with none of them it sends a 422 problem+json of its own (None here).
    """
    responses = spec()["paths"][op.path][op.method.lower()]["responses"]
    for status in ("422", "400"):
        if status in responses:
            return int(status), resolve(responses[status])
    return 422, resolve(responses["default"]) if "default" in responses else None


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
