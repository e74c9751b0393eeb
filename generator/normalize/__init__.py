"""Step 3: transforms that make the selected spec generate a correct client.

Each transform is a pure function: it takes a spec dict and returns a new one, leaving its input as it
was. Each fixes one problem that a plain openapi-python-client run has on the Telnyx spec, and says
which in its docstring. `normalize` applies them all, in the order of `TRANSFORMS`; the modules hold
them in that order: `older_specs` (defects of older spec versions), `call_control` (what the call-control selection needs), `whole_spec` and
`bodies` (no-ops on the selection; they make the whole spec generate), then `collisions` (class names).
`prepare_for_selection` runs the transforms that must see the whole spec before `select`: `older_specs`'
operationId adoption, `prepare`'s disambiguation, and `callback_events` (the events of OpenAPI 3.0 specs,
which have no `webhooks` section).

Markers we add for later steps are `x-` extensions (named in `generator.openapi`), which
openapi-python-client keeps on a model's schema (`model.data.model_extra`) where our templates can
read them.
"""

from __future__ import annotations

from collections.abc import Callable

from ..openapi import Spec
from .bodies import (
    merge_union_bodies,
    point_bodies_past_aliases,
    set_aside_unmodelled_success_responses,
    set_aside_unsupported_request_bodies,
)
from .call_control import (
    carry_discriminators,
    document_defaults,
    drop_null_string_defaults,
    envelope_bare_events,
    give_error_responses_a_schema,
    inline_success_response_refs,
    keep_typed_objects_with_required_alternatives,
    keep_unknown_fields,
    mark_deep_object_parameters,
    name_case_colliding_enum_values,
    require_checked_event_fields,
    resolve_title_collisions,
    share_response_wrappers,
    type_delivery_meta,
)
from .callback_events import webhooks_from_callbacks
from .collisions import hoist_inline_union_members, name_colliding_inline_schemas
from .older_specs import (
    adopt_current_operation_ids,
    group_bracketed_query_parameters,
    move_property_required_flags,
)
from .prepare import disambiguate_operation_ids
from .whole_spec import (
    carry_formats_into_all_of_overrides,
    keep_typed_objects_with_constraint_alternatives,
    mark_binary_responses,
    read_wildcard_request_bodies_as_json,
    snake_case_path_parameters,
    type_binary_strings_as_text,
    untype_any_json_unions,
)

Transform = Callable[[Spec], Spec]

TRANSFORMS: tuple[Transform, ...] = (
    move_property_required_flags,
    group_bracketed_query_parameters,
    mark_deep_object_parameters,
    drop_null_string_defaults,
    document_defaults,
    name_case_colliding_enum_values,
    inline_success_response_refs,
    share_response_wrappers,
    resolve_title_collisions,
    give_error_responses_a_schema,
    keep_typed_objects_with_required_alternatives,
    carry_discriminators,
    keep_unknown_fields,
    envelope_bare_events,
    require_checked_event_fields,
    type_delivery_meta,
    snake_case_path_parameters,
    read_wildcard_request_bodies_as_json,
    mark_binary_responses,
    carry_formats_into_all_of_overrides,
    type_binary_strings_as_text,
    untype_any_json_unions,
    keep_typed_objects_with_constraint_alternatives,
    point_bodies_past_aliases,
    merge_union_bodies,
    set_aside_unsupported_request_bodies,
    set_aside_unmodelled_success_responses,
    hoist_inline_union_members,
    name_colliding_inline_schemas,
)
PRE_SELECT_TRANSFORMS: tuple[Transform, ...] = (
    adopt_current_operation_ids,
    disambiguate_operation_ids,
    webhooks_from_callbacks,
)


def normalize(spec: Spec, transforms: tuple[Transform, ...] = TRANSFORMS) -> Spec:
    """Apply every transform in order."""
    for transform in transforms:
        spec = transform(spec)
    return spec


def prepare_for_selection(spec: Spec) -> Spec:
    """Apply the transforms that must see the whole spec, before `select`."""
    for transform in PRE_SELECT_TRANSFORMS:
        spec = transform(spec)
    return spec


__all__ = [
    "PRE_SELECT_TRANSFORMS",
    "TRANSFORMS",
    "Transform",
    "adopt_current_operation_ids",
    "carry_discriminators",
    "carry_formats_into_all_of_overrides",
    "disambiguate_operation_ids",
    "document_defaults",
    "drop_null_string_defaults",
    "envelope_bare_events",
    "give_error_responses_a_schema",
    "group_bracketed_query_parameters",
    "hoist_inline_union_members",
    "inline_success_response_refs",
    "keep_typed_objects_with_constraint_alternatives",
    "keep_typed_objects_with_required_alternatives",
    "keep_unknown_fields",
    "mark_binary_responses",
    "mark_deep_object_parameters",
    "merge_union_bodies",
    "move_property_required_flags",
    "name_case_colliding_enum_values",
    "name_colliding_inline_schemas",
    "normalize",
    "point_bodies_past_aliases",
    "prepare_for_selection",
    "read_wildcard_request_bodies_as_json",
    "require_checked_event_fields",
    "resolve_title_collisions",
    "set_aside_unmodelled_success_responses",
    "set_aside_unsupported_request_bodies",
    "share_response_wrappers",
    "snake_case_path_parameters",
    "type_binary_strings_as_text",
    "type_delivery_meta",
    "untype_any_json_unions",
    "webhooks_from_callbacks",
]
