"""Render our own client surface: the operation table, the resource classes and the client classes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..describe import EventSpec, ObjectKey, OperationSpec, PageKeyword, ParamSpec, resource_class_name
from ..errors import GeneratorError
from ..opc import FieldType, ParsedSpec, model_name, operation_fields, page_item
from ..openapi import snake_case

# What a method returns for a success body that is not JSON (`OperationSpec.response_kind`).
NON_JSON_RETURNS = {"binary": "BinaryResponse", "text": "str"}
BINARY_IMPORT = "from .._binary import BinaryResponse"


@dataclass(frozen=True)
class Argument:
    """One keyword (or positional path) argument of a generated method."""

    python_name: str
    wire_name: str
    annotation: str
    required: bool
    description: str


@dataclass(frozen=True)
class MethodView:
    """What the resource template needs to write one method."""

    op: OperationSpec
    constant: str
    path_args: tuple[Argument, ...]
    query_args: tuple[Argument, ...]
    body_args: tuple[Argument, ...]
    returns: str
    item: str | None
    page_args: tuple[Argument, ...] = ()
    """The flattened page keywords (`page_number=`); wire_name is the key inside `page`."""

    @property
    def positional_args(self) -> tuple[Argument, ...]:
        """The arguments before `*`: the last path parameter (`ParamSpec.positional`), if any."""
        positional = {p.python_name for p in self.op.positional_params}
        return tuple(a for a in self.path_args if a.python_name in positional)

    @property
    def keyword_args(self) -> tuple[Argument, ...]:
        """Keyword-only arguments: the other path parameters, then the required ones, each group in spec order."""
        keyword_path = tuple(a for a in self.path_args if a not in self.positional_args)
        args = self.query_args + self.body_args
        return (
            keyword_path
            + tuple(a for a in args if a.required)
            + tuple(a for a in args if not a.required)
            + self.page_args
        )


@dataclass
class ResourceView:
    """A resource class (`calls`, `calls.actions`), its methods and its sub-resources."""

    path: tuple[str, ...]
    methods: list[MethodView] = field(default_factory=list)
    children: list[tuple[str, ...]] = field(default_factory=list)
    type_imports: set[str] = field(default_factory=set)

    @property
    def class_name(self) -> str:
        return resource_class_name(self.path)

    @property
    def module(self) -> str:
        return "_".join(self.path)

    @property
    def shadows_list(self) -> bool:
        """A `list` method hides the builtin inside the class body, so annotations say `builtins.list`."""
        return any(m.op.method_name == "list" for m in self.methods)


def constant_name(operation_id: str) -> str:
    """`callGatherUsingAI` -> `CALL_GATHER_USING_AI`: the operation's name in `_operations`."""
    return snake_case(operation_id).upper()


def unique_constant_names(operations: tuple[OperationSpec, ...]) -> dict[str, str]:
    """operationId -> its `_operations` constant; ids that differ only in case (`getMdrUsageReports`,
    `GetMdrUsageReports`) would share one, so a later one gets `_2`, `_3`, ... in spec order."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for op in operations:
        name, counter = constant_name(op.operation_id), 2
        while name in taken:
            name, counter = f"{constant_name(op.operation_id)}_{counter}", counter + 1
        taken.add(name)
        names[op.operation_id] = name
    return names


def _one_line(text: str) -> str:
    return " ".join(text.split()).replace('"""', "'''").replace("\\", "\\\\")


def _arguments(
    op: OperationSpec, params: tuple[ParamSpec, ...], types: dict[str, FieldType], imports: set[str]
) -> tuple[Argument, ...]:
    """The method arguments of params, typed by openapi-python-client; their imports go into imports."""
    result = []
    form_types = _form_field_types(op)
    for param in params:
        field_type = types.get(param.name) or form_types.get(param.name)
        if field_type is None:
            raise GeneratorError(
                f"{op.operation_id}: openapi-python-client dropped {param.location} field {param.name!r}"
            )
        imports.update(field_type.imports)
        result.append(
            Argument(param.python_name, param.name, field_type.annotation, param.required, _one_line(param.description))
        )
    return tuple(result)


# The types of form fields openapi-python-client never sees (the multipart form of a body, see
# `describe.BodyForm`): files, and the scalars a form field carries.
FILE_TYPE = FieldType("FileInput", frozenset({"from ..types import FileInput"}))
FORM_SCALARS = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "object": "dict[str, Any]",  # sent as a JSON text part
    "array": "list[Any]",
}


def _form_field_types(op: OperationSpec) -> dict[str, FieldType]:
    """The argument types of the fields only a body's other forms have (a multipart upload's file)."""
    types: dict[str, FieldType] = {}
    for form in op.body_alternatives:
        types.update(dict.fromkeys(form.files, FILE_TYPE))
        for param in op.body_params:
            if param.name in form.fields and param.name not in form.files:
                scalar = FORM_SCALARS.get(str(param.schema.get("type")), "Any")  # Any: a union of several
                types.setdefault(param.name, FieldType(scalar, frozenset()))
    return types


def method_view(op: OperationSpec, parsed: ParsedSpec, imports: set[str]) -> MethodView:
    """Join an operation's description with openapi-python-client's types for its arguments.

    Raises:
        GeneratorError: openapi-python-client did not parse the operation or one of its fields.
    """
    query_types, body_types = operation_fields(parsed, op.operation_id, op.method, op.path)
    path_args = tuple(Argument(p.python_name, p.name, "str", True, _one_line(p.description)) for p in op.path_params)
    returns, item = NON_JSON_RETURNS.get(op.response_kind, "None"), None
    if op.response_kind == "binary":
        imports.add(BINARY_IMPORT)
    if op.response_schema is not None:
        model = model_name(parsed, op.response_schema)
        imports.add(model.import_line)
        returns = model.name
        if op.pagination is not None:
            page = page_item(parsed, op.response_schema)
            imports.update(page.imports)
            item = page.annotation
    return MethodView(
        op=op,
        constant=constant_name(op.operation_id),
        path_args=path_args,
        query_args=_arguments(op, op.query_params, query_types, imports),
        body_args=_arguments(op, op.body_params, body_types, imports),
        returns=returns,
        item=item,
        page_args=tuple(
            Argument(
                k.python_name,
                k.key,
                page_keyword_annotation(k),
                False,
                _one_line(f"`{k.param}[{k.key}]`, the same as `{k.param}={{{k.key!r}: ...}}`."),
            )
            for k in op.page_keywords
        ),
    )


def response_type(op: OperationSpec, parsed: ParsedSpec) -> str:
    """The type parameter of op's `Operation[...]`: what `request` returns for it."""
    target = response_target(op, parsed)
    return target.split(":")[1] if target else NON_JSON_RETURNS.get(op.response_kind, "None")


def keys_literal(keys: tuple[ObjectKey, ...]) -> str:
    """The runtime's `QueryKeys` table of an object's keys, as Python source: each accepted key (the wire
    name, and the official Python name where it differs and names no other key) -> (wire name, nested)."""
    entries: dict[str, str] = {}
    for key in keys:
        entries[key.wire] = f"({key.wire!r}, {'None' if key.nested is None else keys_literal(key.nested)})"
    for key in keys:
        entries.setdefault(key.python, entries[key.wire])
    return "{" + ", ".join(f"{name!r}: {value}" for name, value in entries.items()) + "}"


def query_keys_literal(op: OperationSpec) -> str | None:
    """op's `Operation.query_keys` as Python source, or None when no parameter checks its keys."""
    checked = [p for p in op.query_params if p.keys is not None]
    if not checked:
        return None
    return "{" + ", ".join(f"{p.name!r}: {keys_literal(p.keys or ())}" for p in checked) + "}"


_SCALAR_ANNOTATIONS = {"integer": "int", "string": "str", "boolean": "bool", "number": "float"}


def page_keyword_annotation(keyword: PageKeyword) -> str:
    """The annotation of a flattened page keyword: its scalar type, or Any."""
    return _SCALAR_ANNOTATIONS.get(str(keyword.schema.get("type")), "Any")


def response_target(op: OperationSpec, parsed: ParsedSpec) -> str | None:
    """`module:Class` of op's response model, for the runtime's lazy import."""
    if op.response_schema is None:
        return None
    model = model_name(parsed, op.response_schema)
    return f"{model.module}:{model.name}"


def build_resources(operations: tuple[OperationSpec, ...], parsed: ParsedSpec) -> dict[tuple[str, ...], ResourceView]:
    """Group methods into resources, creating every parent resource of a dotted one."""
    resources: dict[tuple[str, ...], ResourceView] = {}

    def resource(path: tuple[str, ...]) -> ResourceView:
        if path not in resources:
            resources[path] = ResourceView(path)
            if len(path) > 1:
                resource(path[:-1]).children.append(path)
        return resources[path]

    for op in operations:
        view = resource(op.resource)
        view.methods.append(method_view(op, parsed, view.type_imports))
    for path, view in resources.items():
        names = {m.op.method_name for m in view.methods} | {child[-1] for child in view.children}
        if len(names) != len(view.methods) + len(view.children):
            raise GeneratorError(f"resource {'.'.join(path)}: a method and a sub-resource share a name")
    return dict(sorted(resources.items()))


def render_events(events: tuple[EventSpec, ...], parsed: ParsedSpec) -> str:
    """The `events` module: event type -> (models module, class) of each selected webhook event."""
    classes, aliases = [], set()
    for event in events:
        model = model_name(parsed, event.schema)
        classes += [(event_type, (model.module, model.name)) for event_type in event.event_types]
        if event.event_types:
            aliases.add((official_event_name(event.name), model.module, model.name))
    return parsed.project.env.get_template("client/events.py.jinja").render(
        classes=sorted(classes), aliases=sorted(alias for alias in aliases if alias[0] != alias[2])
    )


def official_event_name(webhook: str) -> str:
    """The official SDK's class of the event the spec's `webhooks` names webhook: `callDtmfReceived` ->
    `CallDtmfReceivedWebhookEvent`, `fax.delivered` -> `FaxDeliveredWebhookEvent`."""
    parts = re.split(r"[^0-9A-Za-z]+", webhook)
    return "".join(part[:1].upper() + part[1:] for part in parts) + "WebhookEvent"


def render_client(operations: tuple[OperationSpec, ...], parsed: ParsedSpec) -> dict[str, str]:
    """Return {relative path: source} of _operations.py, resources/*.py and _client.py."""
    env = parsed.project.env
    constants = unique_constant_names(operations)
    resources = build_resources(operations, parsed)
    for view in resources.values():
        view.methods = [replace(m, constant=constants[m.op.operation_id]) for m in view.methods]
    files = {
        "_operations.py": env.get_template("client/operations.py.jinja").render(
            operations=operations,
            constant_name=constants.__getitem__,
            response_targets={op.operation_id: response_target(op, parsed) for op in operations},
            response_types={op.operation_id: response_type(op, parsed) for op in operations},
            binary=any(op.response_kind == "binary" for op in operations),
            query_keys={op.operation_id: query_keys_literal(op) for op in operations},
        )
    }
    resource_template = env.get_template("client/resource.py.jinja")
    for view in resources.values():
        files[f"resources/{view.module}.py"] = resource_template.render(resource=view, resources=resources)
    files["resources/__init__.py"] = '"""Resource classes: `client.calls`, `client.calls.actions`, ..."""\n'
    top_level = [view for path, view in resources.items() if len(path) == 1]
    files["_client.py"] = env.get_template("client/client.py.jinja").render(resources=top_level)
    return files
