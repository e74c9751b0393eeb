"""The change report: what changed for users of the generated client between two spec versions.

Both versions go through the generator's own steps (select -> normalize -> describe, and
describe_events), so the report compares what the surfaces are made from: operations with their
client method and MCP tool names, their parameters and body fields (and the fields nested in them,
`transcription_config.transcription_engine`), the fields of their success response
(`data.call_control_id`, `data[].state` for a list), and the webhook events with their payload
fields. It is a pure function of two described selections (`compare`); the rendering (`markdown`,
`as_json`) is deterministic, so a report can be snapshot-tested and diffed.

Breaking means "code written against the old client may stop working or type-checking": a removed
operation, field, event, event field or MCP tool, a renamed client method, a retyped field, a field
that becomes required (an argument, also one nested in an argument) or optional (a response or event
field, which may now be absent), and a removed enum value. A widened type (`null` or a union member
added) breaks readers of a response or event field, not callers. Added operations, optional
arguments, response and event fields, events, tools and enum values are not breaking.

Nested fields are walked through `$ref`s, `allOf`, array items (`[]`) and a union with one non-null
member, at most `MAX_FIELD_DEPTH` levels deep and never into a schema the path already went through;
a field under an added or removed field is not listed again.

`renamed?` pairs a removed and an added field of the same operation and parent with the same schema:
a guess for the reviewer (it is as breaking as the removal it replaces).

`surface` describes one version, `compare` classifies the changes between two, `render` writes them.
"""

from .compare import Change, Report, compare, report_between
from .render import as_json, markdown
from .surface import Surface, describe_surface, load_surface

__all__ = [
    "Change",
    "Report",
    "Surface",
    "as_json",
    "compare",
    "describe_surface",
    "load_surface",
    "markdown",
    "report_between",
]
