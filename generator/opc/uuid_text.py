"""The property a `format: uuid` string becomes (`response_types`): its own module, as `signatures` needs it too."""

from __future__ import annotations

from attrs import define
from openapi_python_client.parser.properties.string import StringProperty


@define
class UuidText(StringProperty):
    """A `format: uuid` string: `str` in models, `str | UUID` as an argument, checked as a UUID when strict."""
