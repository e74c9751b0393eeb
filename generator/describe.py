"""Step 4: the intermediate model, one `OperationSpec` per selected operation.

Everything the surfaces need to know about an operation is decided here, once: its client name, its
MCP tool name, its parameters with their wire and Python names, how each is encoded, whether it is a
call command (retried with a stable `command_id`) and how it paginates. The client renderer and the
MCP renderer both read these objects; neither looks at the spec's paths again.
"""

from __future__ import annotations

import hashlib
import keyword
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from typing import Any, Literal

from .errors import NamingError
from .inputs import Naming
from .opc import predicted_classes
from .openapi import (
    JSON_MEDIA,
    MULTIPART_MEDIA,
    X_FORMAT,
    X_MEDIA_TYPE,
    X_MULTIPART_CONTENT,
    X_QUERY_STYLE,
    X_UNMODELLED_CONTENT,
    X_UNSUPPORTED_CONTENT,
    X_UNSUPPORTED_REQUEST_BODY,
    component_schemas,
    is_text_media,
    iter_operations,
    json_schema,
    object_fields,
    ref_name,
    resolve,
    snake_case,
    success_response,
    webhook_schema,
)

Location = Literal["path", "query", "body"]
Pagination = Literal["page_number", "cursor"]
COMMAND_PATH = re.compile(r"^/(calls|conferences)(/\{[^}]+\}/actions/[a-z_]+)?$")
MAX_TOOL_NAME = 40
TOOL_HASH_CHARS = 6
# Names a generated method already uses for its own arguments and locals, or that its body calls.
RESERVED_ARGUMENTS = frozenset(
    {"self", "options", "max_retries", "timeout", "path", "query", "response"} | {"ops", "builtins", "request_options"}
)
# Names a resource module imports besides models: a resource class must not take one.
RESOURCE_MODULE_NAMES = frozenset(
    {"Any", "AsyncAPIClient", "SyncAPIClient", "Timeout", "AsyncPaginator", "SyncPage", "Unset"}
)
# Attributes of the generated `Telnyx` client (and its base class) that a derived resource must not shadow.
RESERVED_RESOURCES = frozenset(
    {"webhooks", "public_key", "close", "request", "api_key", "base_url", "timeout", "max_retries"}
)


@dataclass(frozen=True)
class ObjectKey:
    """One key of an object query parameter (or of an object inside one), as a plain dict may give it.

    Attributes:
        wire: the key as sent (`outbound.outbound_voice_profile_id`).
        python: the official SDK's Python name of it (`outbound_outbound_voice_profile_id`).
        nested: the keys of its value when that is an object with declared properties, else None.
    """

    wire: str
    python: str
    nested: tuple[ObjectKey, ...] | None = None


@dataclass(frozen=True)
class ParamSpec:
    """One argument of an operation: a path or query parameter, or a top-level body field."""

    name: str
    python_name: str
    location: Location
    required: bool
    schema: dict[str, Any]
    description: str
    deep_object: bool = False
    positional: bool = False
    """Passed positionally: the last path parameter, as the official SDK does (`retrieve(call_control_id,
    queue_name=...)`); every other argument is keyword-only."""
    keys: tuple[ObjectKey, ...] | None = None
    """The keys a deepObject parameter given as a dict accepts, or None when any key is (not an
    object with declared properties, or one that allows more)."""


# Top-level resources grouped into MCP toolsets; any other resource is a toolset of its own.
TOOLSETS = {
    "calls": "calls",
    "conferences": "conferences",
    "queues": "queues",
    "call_control_applications": "applications",
    "connections": "applications",
    "recordings": "recordings",
    "recording_transcriptions": "recordings",
    "media": "media",
    "call_events": "events",
}


@dataclass(frozen=True)
class BodyForm:
    """One form a request body may take when it has more than one (JSON, and a multipart upload).

    The method takes the fields of every form; the runtime sends the form that has every field the
    caller passed (JSON when both have them), and refuses a call whose fields belong to no one form
    or that lacks a field its form requires.
    """

    media_type: str
    fields: tuple[str, ...]
    """Wire names, in spec order."""
    required: tuple[str, ...]
    files: tuple[str, ...] = ()
    """Fields sent as file uploads (`format: binary`)."""


@dataclass(frozen=True)
class PageKeyword:
    """A flattened keyword argument (`page_number=`) for one key of a deepObject `page` parameter,
    as the official SDK takes it."""

    python_name: str
    param: str
    key: str
    schema: dict[str, Any]


@dataclass(frozen=True)
class OperationSpec:
    """Everything the generated surfaces know about one operation."""

    operation_id: str
    method: str
    path: str
    summary: str
    description: str
    resource: tuple[str, ...]
    method_name: str
    params: tuple[ParamSpec, ...]
    body_schema: str | None
    body_required: bool
    response_schema: str | None
    is_command: bool
    pagination: Pagination | None
    page_keywords: tuple[PageKeyword, ...] = ()
    """Keywords for the keys of the `page` parameter (`page_number=`, `page_after=`, ...): one per
    property of its schema, so cursor pages get the cursor forms and numbered pages the numbered ones."""
    sends_command_id: bool = False
    """A call command whose body has `command_id`: the client fills one in when the caller did not,
    the same on every retry, so the API runs the command once."""
    # What the client does not cover (set aside by `normalize`; see `SetAside`):
    body_set_aside: tuple[str, ...] = ()
    """Media types of a request body with no JSON object among them (`x-unsupported-request-body`):
    the method takes no body arguments."""
    body_alternatives_set_aside: tuple[str, ...] = ()
    """Media types set aside beside the JSON body the method sends (`x-unsupported-content`)."""
    body_forms: tuple[BodyForm, ...] = ()
    """The forms of a body that is a multipart form (`x-multipart-content`), JSON first when it
    may also be JSON; empty for a JSON-only body."""
    response_set_aside: tuple[str, ...] = ()
    """Media types of a success body that is JSON but not an object (`x-unmodelled-content`): the
    method returns None."""
    response_media: str | None = None
    """The declared media type of a success body that is not JSON: the method returns it as a
    `BinaryResponse`, or as `str` when it is text (`response_kind`)."""

    @property
    def response_kind(self) -> Literal["json", "binary", "text"]:
        """What the method returns: "json" (the response model, or None without one), "binary" (a
        `BinaryResponse`) or "text" (a `str`)."""
        if self.response_media is None:
            return "json"
        return "text" if is_text_media(self.response_media) else "binary"

    @property
    def tool_name(self) -> str:
        """The MCP tool name: resource and method, snake_case, at most 40 chars.

        A top-level resource keeps its name (`calls_dial`, `queues_list`); a sub-resource is named
        after its parent in the singular (`calls.actions.answer` is `call_answer`,
        `queues.calls.list` is `queue_calls_list`), so the same method under two parents stays distinct.

        A longer name keeps its first 33 characters and ends with `_` and 6 hex digits of the sha256
        of the whole name, so two long names that share a prefix stay distinct.
        """
        return tool_name(self.resource, self.method_name)

    @property
    def toolset(self) -> str:
        """The MCP toolset the operation's tool belongs to (`--toolsets`): its top-level resource's group."""
        return TOOLSETS.get(self.resource[0], self.resource[0])

    @property
    def path_params(self) -> tuple[ParamSpec, ...]:
        return tuple(p for p in self.params if p.location == "path")

    @property
    def body_alternatives(self) -> tuple[BodyForm, ...]:
        """The body's forms besides JSON (a multipart upload), which the MCP tools do not send."""
        return tuple(form for form in self.body_forms if form.media_type != JSON_MEDIA)

    @property
    def has_json_body(self) -> bool:
        """Whether the operation can send a JSON body (a component schema or an inline one, such as
        DeleteRecordings' `$ref` to a request body component)."""
        has_json = self.body_schema is not None or bool(self.body_params)
        return has_json and (not self.body_forms or self.json_form is not None)

    @property
    def json_form(self) -> BodyForm | None:
        """The JSON form of a body with several forms, if it has one."""
        return next((form for form in self.body_forms if form.media_type == JSON_MEDIA), None)

    def only_in(self, form: BodyForm) -> tuple[str, ...]:
        """The fields of form that no other form of the body has: passing one selects it."""
        others = {name for other in self.body_forms if other is not form for name in other.fields}
        return tuple(name for name in form.fields if name not in others)

    @property
    def positional_params(self) -> tuple[ParamSpec, ...]:
        """The arguments a method takes positionally (at most one: the last path parameter)."""
        return tuple(p for p in self.params if p.positional)

    @property
    def keyword_path_params(self) -> tuple[ParamSpec, ...]:
        """The path parameters a method takes keyword-only (all but the last, `queue_name=` ...)."""
        return tuple(p for p in self.path_params if not p.positional)

    @property
    def query_params(self) -> tuple[ParamSpec, ...]:
        return tuple(p for p in self.params if p.location == "query")

    @property
    def body_params(self) -> tuple[ParamSpec, ...]:
        return tuple(p for p in self.params if p.location == "body")


def python_name(wire_name: str) -> str:
    """A wire name as a Python keyword argument: `from` -> `from_`, `2fa` -> `field_2fa`."""
    name = snake_case(wire_name) if not wire_name.isidentifier() or not wire_name.islower() else wire_name
    if name[:1].isdigit():
        name = f"field_{name}"
    return f"{name}_" if keyword.iskeyword(name) or name in RESERVED_ARGUMENTS else name


def first_sentence(text: str | None) -> str:
    """The first sentence (or line) of a description, for one-line docs."""
    if not text:
        return ""
    line = text.strip().split("\n", 1)[0].strip()
    match = re.match(r"^(.+?[.!?])(\s|$)", line)
    return (match.group(1) if match else line).strip()


def _media_types(content: Any) -> tuple[str, ...]:
    """The media types of a content map, as declared (`x-media-type` of one renamed octet-stream)."""
    if not isinstance(content, dict):
        return ()
    return tuple(
        str(value.get(X_MEDIA_TYPE, media)) if isinstance(value, dict) else str(media)
        for media, value in content.items()
    )


@dataclass(frozen=True)
class SetAside:
    """What of one normalized operation the client does not cover, or returns as bytes or text (the
    `OperationSpec` fields of the same names), from the markers `set_aside_unsupported_request_bodies`
    and `set_aside_unmodelled_success_responses` leave, and a success body with no JSON model."""

    body_set_aside: tuple[str, ...] = ()
    body_alternatives_set_aside: tuple[str, ...] = ()
    response_set_aside: tuple[str, ...] = ()
    response_media: str | None = None


def set_aside_of(spec: dict[str, Any], operation: dict[str, Any], response_schema: str | None) -> SetAside:
    """What of a normalized operation the client does not cover (see `SetAside`)."""
    body_set_aside: tuple[str, ...] = ()
    unsupported = operation.get(X_UNSUPPORTED_REQUEST_BODY)
    if isinstance(unsupported, dict):
        body_set_aside = _media_types(resolve(spec, unsupported).get("content"))
    body = operation.get("requestBody")
    alternatives = _media_types(resolve(spec, body).get(X_UNSUPPORTED_CONTENT)) if isinstance(body, dict) else ()
    unmodelled: tuple[str, ...] = ()
    media: str | None = None
    response = success_response(operation)
    if response_schema is None and isinstance(response, dict):
        response = resolve(spec, response)
        unmodelled = _media_types(response.get(X_UNMODELLED_CONTENT))
        media = None if unmodelled else next(iter(_media_types(response.get("content"))), None)
    return SetAside(body_set_aside, alternatives, unmodelled, media)


def _pagination(spec: dict[str, Any], response_schema: str | None, query: list[ParamSpec]) -> Pagination | None:
    if response_schema is None or not any(p.name == "page" for p in query):
        return None
    properties = component_schemas(spec)[response_schema].get("properties", {})
    if properties.get("data", {}).get("type") != "array" or "meta" not in properties:
        return None
    meta = resolve(spec, properties["meta"]).get("properties", {})
    if "cursors" in meta:
        return "cursor"
    return "page_number" if "page_number" in meta and "total_pages" in meta else None


def official_key(wire_name: str) -> str:
    """The official SDK's Python name of an object key: snake_case, every run of other characters one `_`
    (`outbound.outbound_voice_profile_id` -> `outbound_outbound_voice_profile_id`, `pageSize` -> `page_size`)."""
    return snake_case(wire_name) or wire_name


def object_keys(spec: dict[str, Any], schema: Any, seen: frozenset[str] = frozenset()) -> tuple[ObjectKey, ...] | None:
    """The keys of an object schema with declared properties, nested objects' keys included; None when
    the schema is not such an object or allows keys it does not declare (`additionalProperties`)."""
    name = ref_name(schema)
    if name is not None and name in seen:
        return None
    seen = seen | {name} if name is not None else seen
    resolved = resolve(spec, schema) if isinstance(schema, dict) else {}
    properties, _ = object_fields(spec, resolved, seen)
    if not properties or resolved.get("additionalProperties") not in (None, False):
        return None
    return tuple(
        ObjectKey(wire=key, python=official_key(key), nested=object_keys(spec, value, seen))
        for key, value in properties.items()
    )


def _page_keywords(spec: dict[str, Any], params: list[ParamSpec]) -> tuple[PageKeyword, ...]:
    """`page_<key>` keywords for the properties of a deepObject query parameter `page`."""
    for param in params:
        if param.location == "query" and param.name == "page" and param.deep_object:
            properties, _ = object_fields(spec, param.schema)
            return tuple(
                PageKeyword(f"page_{official_key(key)}", param.name, key, resolve(spec, schema))
                for key, schema in properties.items()
                if isinstance(schema, dict)
            )
    return ()


def _derived_name(path: str, operation_id: str) -> tuple[tuple[str, ...], str]:
    """The name of an operation that spec/naming.toml does not list.

    resource = the first path segment and method = the operationId, both snake_case (and made valid
    Python: `10dlc` -> `field_10dlc`, a keyword gets a trailing `_`); a resource that would shadow an
    attribute of the client (`webhooks`, `close`, ...) gets a trailing `_`.
    """
    resource = python_name(path.strip("/").split("/", 1)[0])
    if resource in RESERVED_RESOURCES:
        resource += "_"
    return (resource,), python_name(snake_case(operation_id))


def _parameters(spec: dict[str, Any], path: str, operation: dict[str, Any], naming: Naming) -> list[ParamSpec]:
    """The path and query parameters of an operation (the path item's first), in spec order."""
    path_renames = naming.path_param_names.get(operation["operationId"], {})
    params: list[ParamSpec] = []
    for raw in spec["paths"][path].get("parameters", []) + operation.get("parameters", []):
        declared = resolve(spec, raw)
        if declared["in"] not in ("path", "query"):
            continue
        params.append(
            ParamSpec(
                name=declared["name"],
                python_name=(declared["in"] == "path" and path_renames.get(declared["name"]))
                or python_name(declared["name"]),
                location=declared["in"],
                required=bool(declared.get("required")) or declared["in"] == "path",
                schema=declared.get("schema", {}),
                description=first_sentence(declared.get("description")),
                deep_object=declared.get(X_QUERY_STYLE) == "deepObject",
                keys=object_keys(spec, declared.get("schema")) if declared.get(X_QUERY_STYLE) == "deepObject" else None,
            )
        )
    return _last_path_parameter_positional(params)


def _last_path_parameter_positional(params: list[ParamSpec]) -> list[ParamSpec]:
    """params with the last path parameter marked positional (`ParamSpec.positional`).

    The official SDK takes the innermost id positionally and its parents keyword-only
    (`client.queues.calls.retrieve(call_control_id, queue_name=...)`,
    `client.conferences.retrieve_participant(participant_id, id=...)`), so the same code runs on both.
    """
    path = [index for index, param in enumerate(params) if param.location == "path"]
    if not path:
        return params
    return [replace(param, positional=True) if index == path[-1] else param for index, param in enumerate(params)]


def _body_fields(spec: dict[str, Any], body_schema: dict[str, Any], renames: dict[str, str]) -> list[ParamSpec]:
    """The top-level fields of a JSON body schema, merged through `allOf` (as its model is)."""
    properties, required = object_fields(spec, body_schema)
    return [
        ParamSpec(
            name=field,
            python_name=renames.get(field) or python_name(field),
            location="body",
            required=field in required,
            schema=schema,
            description=first_sentence(resolve(spec, schema).get("description") if isinstance(schema, dict) else ""),
        )
        for field, schema in properties.items()
    ]


def _is_file(spec: dict[str, Any], schema: Any) -> bool:
    resolved = resolve(spec, schema) if isinstance(schema, dict) else {}
    return resolved.get("format") == "binary" or resolved.get(X_FORMAT) == "binary"


def _with_multipart_form(
    spec: dict[str, Any], multipart: Any, params: list[ParamSpec], renames: dict[str, str]
) -> tuple[list[ParamSpec], tuple[BodyForm, ...]]:
    """params with the fields of the body's multipart form (`x-multipart-content`) added, and the
    body's forms (see `BodyForm`); params unchanged and no forms if the body has no such form.

    A field is a required argument only if every form requires it: `media.upload` takes `media_url`
    (JSON) or `media` (a file), so neither is required in its signature, and the runtime checks the
    form it sends. A body that is only a multipart form keeps its required fields.
    """
    if not isinstance(multipart, dict):
        return params, ()
    fields, required = object_fields(spec, multipart.get("schema"))
    upload = BodyForm(
        MULTIPART_MEDIA,
        tuple(fields),
        tuple(name for name in fields if name in required),
        tuple(name for name, schema in fields.items() if _is_file(spec, schema)),
    )
    json_fields = [p for p in params if p.location == "body"]
    if not json_fields:
        return params + _body_fields(spec, multipart.get("schema", {}), renames), (upload,)
    forms = (
        BodyForm(JSON_MEDIA, tuple(p.name for p in json_fields), tuple(p.name for p in json_fields if p.required)),
        upload,
    )
    known = {p.name for p in json_fields}
    added = [
        replace(field, required=False)
        for field in _body_fields(spec, multipart.get("schema", {}), renames)
        if field.name not in known
    ]
    in_all = {name for name in forms[0].required if name in forms[1].required}
    kept = [replace(p, required=p.required and p.name in in_all) if p.location == "body" else p for p in params]
    return kept + added, forms


def _check_distinct_arguments(
    operation_id: str, params: list[ParamSpec], page_keywords: tuple[PageKeyword, ...] = ()
) -> None:
    """Raises NamingError: two arguments of the operation (page keywords included) get the same Python name."""
    arguments = [(p.python_name, f"{p.location} parameter {p.name!r}") for p in params]
    arguments += [(k.python_name, f"the keyword for {k.param}[{k.key}]") for k in page_keywords]
    seen: dict[str, str] = {}
    for name, what in arguments:
        if name in seen:
            raise NamingError(
                f"{operation_id}: {seen[name]} and {what} both become `{name}`; add a rename under "
                f"[body_field_names.{operation_id}] in spec/naming.toml"
            )
        seen[name] = what


def describe_operation(
    spec: dict[str, Any],
    path: str,
    method: str,
    operation: dict[str, Any],
    naming: Naming,
    *,
    resolve_collisions: bool = False,
) -> OperationSpec:
    """Build the `OperationSpec` of one operation of a normalized spec.

    With resolve_collisions, an operation that spec/naming.toml does not list gets distinct argument
    names by `_resolve_argument_collisions`; a listed one must be fixed in naming.toml.

    Raises:
        NamingError: two arguments of the operation would get the same Python name.
    """
    operation_id = operation["operationId"]
    resource, method_name = naming.operations.get(operation_id) or _derived_name(path, operation_id)
    params = _parameters(spec, path, operation, naming)
    body = resolve(spec, operation["requestBody"]) if "requestBody" in operation else {}
    body_schema_node = json_schema(body)
    body_schema = ref_name(body_schema_node)
    renames = naming.body_field_names.get(operation_id, {})
    if body_schema_node is not None:
        params += _body_fields(spec, body_schema_node, renames)
    multipart = (body if body_schema_node is not None else operation).get(X_MULTIPART_CONTENT, {})
    params, body_forms = _with_multipart_form(spec, multipart.get(MULTIPART_MEDIA), params, renames)
    if resolve_collisions and operation_id not in naming.operations:
        params = _resolve_argument_collisions(params)
    page_keywords = _page_keywords(spec, params)
    _check_distinct_arguments(operation_id, params, page_keywords)
    response_schema = ref_name(json_schema(success_response(operation)))
    query = [p for p in params if p.location == "query"]
    set_aside = set_aside_of(spec, operation, response_schema)
    is_command = method.upper() in ("POST", "PUT") and bool(COMMAND_PATH.match(path))
    return OperationSpec(
        operation_id=operation_id,
        method=method.upper(),
        path=path,
        summary=(operation.get("summary") or operation_id).strip(),
        description=first_sentence(operation.get("description")),
        resource=resource,
        method_name=method_name,
        params=tuple(params),
        body_schema=body_schema,
        body_required=bool(body.get("required")),
        response_schema=response_schema,
        is_command=is_command,
        pagination=_pagination(spec, response_schema, query),
        page_keywords=page_keywords,
        sends_command_id=is_command and any(p.name == "command_id" for p in params if p.location == "body"),
        body_set_aside=set_aside.body_set_aside,
        body_alternatives_set_aside=set_aside.body_alternatives_set_aside,
        response_set_aside=set_aside.response_set_aside,
        response_media=set_aside.response_media,
        body_forms=body_forms,
    )


def _resolve_argument_collisions(params: list[ParamSpec]) -> list[ParamSpec]:
    """Give arguments that share a Python name distinct names (derived names only).

    The first argument keeps its name, in the order path, query, body (the spec's order within
    each); a later one gets its location as a suffix (`phone_number_body`), then `_2`, `_3`, ...
    until the name is free.
    """
    taken: set[str] = set()
    resolved = []
    for param in params:
        name = param.python_name
        if name in taken:
            name = f"{param.python_name}_{param.location}"
            counter = 2
            while name in taken:
                name, counter = f"{param.python_name}_{param.location}_{counter}", counter + 1
            param = replace(param, python_name=name)
        taken.add(name)
        resolved.append(param)
    return resolved


def resource_class_name(resource: tuple[str, ...]) -> str:
    """The class of a resource in the generated client: `("calls", "actions")` -> `CallsActions`."""
    return "".join(part.title().replace("_", "") for part in resource)


def _resolve_operation_collisions(
    operations: list[OperationSpec], naming: Naming, class_names: frozenset[str] = frozenset()
) -> list[OperationSpec]:
    """Give derived-name operations that share a client method or an MCP tool name distinct names.

    Operations listed in spec/naming.toml keep their names. A derived resource whose class would
    have the name of a model class (or of what a resource module imports: `Timeout`, `SyncPage`,
    ...) is renamed `<resource>_resource` (`network_coverage_resource`, class
    `NetworkCoverageResource`), since the module defining it imports the model. Then, among the
    derived names, ordered by (path, HTTP method), the first keeps its method name and each later
    one gets `_2`, `_3`, ... (the first number that makes both its method and its tool name free).
    """
    taken_classes = class_names | RESOURCE_MODULE_NAMES
    operations = [
        replace(op, resource=(*op.resource[:-1], f"{op.resource[-1]}_resource"))
        if op.operation_id not in naming.operations
        and {resource_class_name(op.resource), "Async" + resource_class_name(op.resource)} & taken_classes
        else op
        for op in operations
    ]
    keys: list[Callable[[OperationSpec], Hashable]] = [lambda o: (*o.resource, o.method_name), lambda o: o.tool_name]
    fixed = [op for op in operations if op.operation_id in naming.operations]
    taken = [{key(op) for op in fixed} for key in keys]
    renamed: dict[str, OperationSpec] = {}
    for op in sorted(
        (op for op in operations if op.operation_id not in naming.operations), key=lambda o: (o.path, o.method)
    ):
        candidate, counter = op, 2
        while any(key(candidate) in names for key, names in zip(keys, taken, strict=True)):
            candidate, counter = replace(op, method_name=f"{op.method_name}_{counter}"), counter + 1
        for key, names in zip(keys, taken, strict=True):
            names.add(key(candidate))
        renamed[op.operation_id] = candidate
    return [renamed.get(op.operation_id, op) for op in operations]


def describe(spec: dict[str, Any], naming: Naming, *, resolve_collisions: bool = False) -> tuple[OperationSpec, ...]:
    """Describe every operation of a normalized spec, in spec order.

    Operations that spec/naming.toml does not list get derived names (`_derived_name`). With
    resolve_collisions (as `generate` runs it), derived names that collide are made distinct by the
    rules of `_resolve_argument_collisions` and `_resolve_operation_collisions`, documented in
    spec/naming.toml; without it, any collision is an error.

    Raises:
        NamingError: two operations get the same client method or MCP tool name.
    """
    described = [
        describe_operation(spec, path, method, op, naming, resolve_collisions=resolve_collisions)
        for path, method, op in iter_operations(spec)
    ]
    if resolve_collisions:
        classes = frozenset(cls.name for cls in predicted_classes(spec))
        described = _resolve_operation_collisions(described, naming, classes)
    operations = tuple(described)
    for key, label in ((lambda o: (*o.resource, o.method_name), "client method"), (lambda o: o.tool_name, "MCP tool")):
        seen: dict[Any, str] = {}
        for op in operations:
            other = seen.setdefault(key(op), op.operation_id)
            if other != op.operation_id:
                raise NamingError(
                    f"{other} and {op.operation_id} get the same {label} name {key(op)!r}; fix spec/naming.toml"
                )
    return operations


@dataclass(frozen=True)
class EventSpec:
    """A webhook event: its `data.event_type` value(s) and the schema of the whole delivery."""

    name: str
    event_types: tuple[str, ...]
    schema: str


def describe_events(spec: dict[str, Any], *, allow_untyped: bool = False) -> tuple[EventSpec, ...]:
    """Describe the selected webhook events of a normalized spec.

    With allow_untyped, an event whose `data.event_type` has no enum (three of the whole spec's 66:
    campaignStatusUpdate, numberOrderStatusUpdate, replacedLinkClick) is kept with no event types:
    its class is generated, but `parse_event` cannot dispatch to it.

    Raises:
        NamingError: an event has no `data.event_type` enum (unless allow_untyped), or two events
            claim one event type.
    """
    events: list[EventSpec] = []
    owner: dict[str, str] = {}
    for name, webhook in spec.get("webhooks", {}).items():
        schema = ref_name(webhook_schema(webhook))
        if schema is None:
            raise NamingError(f"webhook {name}: its body is not a $ref to a component schema")
        data = resolve(spec, component_schemas(spec)[schema].get("properties", {}).get("data", {}))
        event_type = resolve(spec, data.get("properties", {}).get("event_type", {}))
        values = tuple(v for v in event_type.get("enum", []) if isinstance(v, str))
        if not values and not allow_untyped:
            raise NamingError(f"webhook {name} ({schema}): data.event_type has no enum, so no event type maps to it")
        for value in values:
            if owner.setdefault(value, name) != name:
                raise NamingError(f"webhooks {owner[value]} and {name} both declare event type {value!r}")
        events.append(EventSpec(name=name, event_types=values, schema=schema))
    return tuple(events)


def tool_name(resource: tuple[str, ...], method_name: str) -> str:
    """The MCP tool name of the client method `resource.method_name` (`OperationSpec.tool_name`)."""
    name = "_".join((*_tool_name_prefix(resource), method_name))
    if len(name) <= MAX_TOOL_NAME:
        return name
    digest = hashlib.sha256(name.encode()).hexdigest()[:TOOL_HASH_CHARS]
    return f"{name[: MAX_TOOL_NAME - TOOL_HASH_CHARS - 1]}_{digest}"


def _tool_name_prefix(resource: tuple[str, ...]) -> tuple[str, ...]:
    if len(resource) == 1:
        return resource
    parents = tuple(segment.removesuffix("s") for segment in resource[:-1])
    return parents if resource[-1] == "actions" else (*parents, resource[-1])
