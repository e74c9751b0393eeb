"""The Python side of models as the official SDK has it: UUIDs as text, attributes named as on the wire.

openapi-python-client types `format: uuid` as `uuid.UUID` (so `r.data.recording_id == "..."` is False and
`json.dumps` fails) and renames every field that shadows a builtin (`type` -> `type_`). Models keep
UUIDs as the `str` they are on the wire, and only Python keywords and the names the generated code
itself needs are renamed; arguments still accept a `UUID` (`input_type`).
"""

from __future__ import annotations

import keyword

from attrs import asdict, evolve
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.uuid import UuidProperty
from openapi_python_client.strings import PythonIdentifier

from ..errors import GeneratorError
from .rewrite import PropertyRewriter, rewrite_properties
from .signatures import raw_name
from .uuid_text import UuidText

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
    """UUID fields as text everywhere, and model attributes named after the wire names."""
    rewrite_properties(data, PropertyRewriter(_uuid_as_text), frozenset())
    _name_attributes(data)
