"""The Python side of models as the official SDK has it: UUIDs as text, free-form objects as dicts,
attributes named as on the wire.

openapi-python-client types `format: uuid` as `uuid.UUID` (so `r.data.recording_id == "..."` is False and
`json.dumps` fails), makes a class of every free-form object (`metadata`, AI `result` blobs), and
renames every field that shadows a builtin (`type` -> `type_`). Models keep UUIDs as the `str` they
are on the wire (arguments still accept a `UUID`, `input_type`), free-form objects are plain dicts,
and only Python keywords and the names the generated code itself needs are renamed.
"""

from __future__ import annotations

import keyword

from attrs import asdict, evolve
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.uuid import UuidProperty
from openapi_python_client.schema import Reference
from openapi_python_client.strings import PythonIdentifier

from ..errors import GeneratorError
from .plain_types import DictProperty, UuidText
from .rewrite import Leaf, PropertyRewriter, rewrite_properties
from .signatures import raw_name
from .unions import scalar_name

# Names a model module or class body uses itself: a field so named would shadow them.
RESERVED_ATTRIBUTES = frozenset(
    {"additional_properties", "additional_keys", "datetime", "from_dict", "model_dump", "model_dump_json"}
    | {"model_extra", "model_fields_set", "to_dict", "to_json", "self", "cls", "d", "v", "UUID", "Any", "Literal"}
    | {"str", "int", "float", "bool", "list", "dict", "None", "Mapping", "ClassVar", "Self", "UNSET", "Unset"}
)


def _uuid_as_text(prop: PropertyProtocol) -> PropertyProtocol | None:
    if isinstance(prop, UuidProperty):
        return UuidText(**asdict(prop, recurse=False))
    return None


def _free_form_value_types(data: GeneratorData) -> dict[str, str]:
    """Class name -> dict value type of each model with no properties whose values are not models;
    a whole response body stays a class (an operation returns a model)."""
    bodies = {
        response.prop.class_info.name
        for collection in data.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
        for response in endpoint.responses
        if isinstance(response.prop, ModelProperty)
    }
    found: dict[str, str] = {}
    for model in data.models:
        extra = model.additional_properties
        if model.required_properties or model.optional_properties or extra is None or isinstance(extra, bool):
            continue
        if model.class_info.name in bodies or isinstance(model.data.additionalProperties, Reference):
            continue  # a $ref'd value schema stays a class, as `reads_as_dict` predicts
        if not isinstance(extra, ModelProperty):
            found[model.class_info.name] = scalar_name(extra) or "Any"
    return found


def _as_dict(free_form: dict[str, str]) -> Leaf:
    def leaf(prop: PropertyProtocol) -> PropertyProtocol | None:
        if isinstance(prop, ModelProperty) and prop.class_info.name in free_form:
            kept = {k: getattr(prop, k) for k in ("name", "required", "python_name", "description", "example")}
            return DictProperty(**kept, default=None, value_type=free_form[prop.class_info.name])
        return None

    return leaf


def _free_forms_as_dicts(data: GeneratorData) -> None:
    free_form = _free_form_value_types(data)
    dropped = [model for model in data.models if model.class_info.name in free_form]
    data.models = [model for model in data.models if model.class_info.name not in free_form]
    modules = frozenset(model.class_info.module_name for model in dropped)
    rewrite_properties(data, PropertyRewriter(_as_dict(free_form)), modules)


def attribute_name(wire: str, generated: str) -> str:
    """A field's attribute: its wire name if that is an identifier and no keyword, else openapi-python-client's."""
    if wire.isidentifier() and not keyword.iskeyword(wire) and wire not in RESERVED_ATTRIBUTES:
        return wire
    return generated


def _name_attributes(data: GeneratorData) -> None:
    for model in data.models:
        for group in ("required_properties", "optional_properties"):
            props = getattr(model, group) or []
            renamed = []
            for prop in props:
                name = attribute_name(raw_name(prop), str(prop.python_name))
                renamed.append(evolve(prop, python_name=str.__new__(PythonIdentifier, name)))
            setattr(model, group, renamed)
        names = [p.python_name for p in (model.required_properties or []) + (model.optional_properties or [])]
        if len(set(names)) != len(names):
            raise GeneratorError(f"model {model.class_info.name}: two fields get the same attribute name ({names})")


def adapt_for_responses(data: GeneratorData) -> None:
    """UUID fields as text and free-form objects as dicts everywhere, model attributes named after the wire."""
    rewrite_properties(data, PropertyRewriter(_uuid_as_text), frozenset())
    _free_forms_as_dicts(data)
    _name_attributes(data)
