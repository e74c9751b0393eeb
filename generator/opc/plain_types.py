"""The properties `response_types` puts in place of openapi-python-client's: a module of their own, as
`signatures` and `fields` need them too."""

from __future__ import annotations

from attrs import define
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.strings import PythonCode


@define
class UuidText(StringProperty):
    """A `format: uuid` string: `str` in models, `str | UUID` as an argument, checked as a UUID when strict."""


@define
class DictProperty(AnyProperty):
    """A free-form object (`additionalProperties` and no properties, e.g. `metadata`): a plain dict."""

    value_type: str = "Any"

    def get_base_type_string(self) -> PythonCode:
        return PythonCode(f"dict[str, {self.value_type}]")

    def get_base_json_type_string(self) -> PythonCode:
        return self.get_base_type_string()

    def get_instance_type_string(self) -> PythonCode:
        return PythonCode("dict")
