"""Replacing openapi-python-client's parsed properties wherever they occur, before the models are rendered.

`literals` (enums written inline) and `response_types` (UUIDs as text, attribute names) each change
some properties; this walks every model field, list item, union member and operation parameter once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.union import UnionProperty

P = TypeVar("P", bound=PropertyProtocol)
Leaf = Callable[[PropertyProtocol], PropertyProtocol | None]


class PropertyRewriter:
    """Replaces every property `leaf` converts (it returns None for the others), through lists and unions."""

    def __init__(self, leaf: Leaf) -> None:
        self.leaf = leaf

    def convert(self, prop: P) -> P:
        replaced = self.leaf(prop)
        if replaced is not None:
            return cast(P, replaced)  # leaf keeps the kind of property it was given
        if isinstance(prop, ListProperty):
            object.__setattr__(prop, "inner_property", self.convert(prop.inner_property))
        elif isinstance(prop, UnionProperty):
            object.__setattr__(prop, "inner_properties", [self.convert(p) for p in prop.inner_properties])
        return prop

    def convert_model(self, model: ModelProperty, dropped_modules: frozenset[str] = frozenset()) -> None:
        """Convert a model's fields and rewrite its imports: dropped_modules out, the fields' imports in."""
        model.required_properties = [self.convert(p) for p in model.required_properties or []]
        model.optional_properties = [self.convert(p) for p in model.optional_properties or []]
        props = model.required_properties + model.optional_properties
        if model.additional_properties is not None and not isinstance(model.additional_properties, bool):
            model.additional_properties = self.convert(model.additional_properties)
            props.append(model.additional_properties)
        imports = {line for line in model.relative_imports or set() if not _imports_module(line, dropped_modules)}
        for prop in props:
            imports |= prop.get_imports(prefix="..")
        model.set_relative_imports(imports)
        if model.lazy_imports:
            model.set_lazy_imports({line for line in model.lazy_imports if not _imports_module(line, dropped_modules)})


def _imports_module(line: str, modules: frozenset[str]) -> bool:
    return line.startswith("from ..models.") and line.split()[1].removeprefix("..models.") in modules


def rewrite_properties(data: GeneratorData, rewriter: PropertyRewriter, dropped_modules: frozenset[str]) -> None:
    """Apply rewriter to the fields of every model (request bodies included) and every operation parameter."""
    models = list(data.models)
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            endpoint.query_parameters = [rewriter.convert(p) for p in endpoint.query_parameters]
            endpoint.path_parameters = [rewriter.convert(p) for p in endpoint.path_parameters]
            models += [body.prop for body in endpoint.bodies if isinstance(body.prop, ModelProperty)]
    for model in models:
        rewriter.convert_model(model, dropped_modules)
