"""The whole Telnyx spec (1156 operations, 66 webhooks) generates (issue 6).

openapi-python-client alone crashes on this spec, and with literal enums skips 24 operations and
drops 46 schemas. Here: no warning, every operation has a client method, every component schema has
its class (or is an alias by design: a primitive, an array, a union, a reference), every module
imports, `mypy --strict` is clean (its time is a `make bench` row). What the client leaves out (request bodies that are
not JSON objects, success bodies it does not model) is listed on the `Generation` and in the summary.
The output is never committed: it goes to a temporary directory.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.describe import describe
from generator.errors import NamingError
from generator.generation import Generation, generate, summary
from generator.inputs import Naming, load_pin
from generator.normalize import normalize
from generator.pipeline import whole_spec_selection
from generator.select import iter_operations
from generator.source import load_spec
from tests.support.generation_checks import (
    ALIAS_KINDS,
    check_package,
    expected_surface,
    mypy_strict,
    normalized_selection,
)

# The three webhooks whose `data.event_type` has no enum: generated, but not dispatched by type.
UNTYPED_EVENTS = {"campaignStatusUpdate", "numberOrderStatusUpdate", "replacedLinkClick"}
# What the client leaves out of the whole spec's operations (`Generation.not_covered`), in spec order.
NOT_COVERED = {
    # no JSON object body (normalize.set_aside_unsupported_request_bodies): no body arguments
    "request body": (
        "validateCallReasons",
        "TranscriptionOverWs",
        "PutKvKey",
        "UpdateTexmlCall",
        "StartTeXMLCallRecording",
        "UpdateTeXMLCallRecording",
        "StartTeXMLSiprecSession",
        "UpdateTeXMLSiprecSession",
        "StartTeXMLCallStreaming",
        "UpdateTeXMLCallStreaming",
        "UpdateTexmlConference",
        "DialTexmlConferenceParticipant",
        "UpdateTexmlConferenceParticipant",
        "CreateTexmlQueue",
        "UpdateTexmlQueue",
    ),
    # a JSON object body kept, a form alternative set aside (multipart forms are sent: MULTIPART_FORMS)
    "request body alternative": (
        "IntrospectOAuthToken",
        "ExchangeOAuthToken",
    ),
    # a JSON success body that is not an object (normalize.set_aside_unmodelled_success_responses)
    "response": (
        "ListExternalVettings",
        "GetEnumEndpoint",
        "trigger_test_suite_runs_public_assistants_tests_test_suites__suite_name__runs_post",
        "get_assistant_texml_public_assistants__assistant_id__texml_get",
        "add_assistant_tool",
        "remove_assistant_tool",
        "list_mcp_servers",
        "post_public_missions_missions_mission_id_clone",
        "get_public_missions_missions_mission_id_knowledge_bases",
        "post_public_missions_missions_mission_id_knowledge_bases",
        "get_public_missions_missions_mission_id_knowledge_bases_knowledge_base_id",
        "put_public_missions_missions_mission_id_knowledge_bases_knowledge_base_id",
        "get_public_missions_missions_mission_id_mcp_servers",
        "post_public_missions_missions_mission_id_mcp_servers",
        "get_public_missions_missions_mission_id_mcp_servers_mcp_server_id",
        "put_public_missions_missions_mission_id_mcp_servers_mcp_server_id",
        "get_public_missions_missions_mission_id_tools",
        "post_public_missions_missions_mission_id_tools",
        "get_public_missions_missions_mission_id_tools_tool_id",
        "put_public_missions_missions_mission_id_tools_tool_id",
        "delete_tool_tool_id",
        "DeleteAutorespConfig",
        "GetRequirementGroups",
        "GetVoiceSdkCallReport",
    ),
}
# Bodies the client sends as multipart/form-data: only that form, or beside a JSON one (`BodyForm`).
MULTIPART_ONLY = (
    "audio_public_audio_transcriptions_post",
    "createEmailBlockImport",
    "UploadMessagingHostedNumberOrderFile",
    "AddStorageSSLCertificate",
    "PostWhatsappProfilePhoto",
    "createVoiceCloneFromUpload",
)
MULTIPART_OR_JSON = ("CreateDocument", "SendFax", "CreateMediaStorage", "UpdateMediaStorage", "CreatePronunciationDict")
# Success bodies the client returns as `BinaryResponse` or `str` (text).
BINARY_OR_TEXT = (
    "enhance_assistant_instructions_public_assistants__assistant_id__instructions_enhance_post",
    "fetch_cluster_image_by_task_id_public_text_clusters__task_id__image_get",
    "renderDirLoa",
    "DownloadDocument",
    "exportEmailBlocks",
    "generateReputationLoa",
    "DownloadMedia",
    "PreviewLoaConfigurationParams",
    "PreviewLoaConfiguration",
    "GetPortingOrderLoaTemplate",
    "GetKvKey",
    "DownloadSubNumberOrdersReport",
    "CreateTelephonyCredentialToken",
    "getVoiceCloneSample",
    "getVoiceDesignSample",
    "GetWireguardPeerConfig",
)


@pytest.fixture(scope="module")
def whole(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Generation]:
    root = tmp_path_factory.mktemp("whole")
    return root, generate(output=root / "telnyx_voice", whole_spec=True)


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return load_spec(load_pin()).document


def test_every_operation_and_webhook_is_selected(document: dict[str, Any]) -> None:
    selection = whole_spec_selection(document)
    assert len(list(iter_operations(document))) == len(selection.operations) == 1156
    assert len(set(selection.operations)) == 1156  # ListPhoneNumbers, used twice, is told apart
    assert "ListPhoneNumbersV2WhatsappPhoneNumbers" in selection.operations
    assert len(selection.events) == 66


@pytest.mark.slow
def test_generates_all_of_it_without_warnings(whole: tuple[Path, Generation]) -> None:
    root, generation = whole
    assert generation.warnings == ()
    assert len(generation.operations) == 1156 and generation.missing_operations == ()
    assert len(generation.events) == 66
    assert {e.name for e in generation.events if not e.event_types} == UNTYPED_EVENTS
    assert not (root / "telnyx_voice_tools").exists()  # 1156 tools are far over the MCP listing budget


@pytest.mark.slow
def test_what_the_client_leaves_out_is_listed(whole: tuple[Path, Generation]) -> None:
    """The operations the set-aside transforms leave without body arguments or returning None are
    on the `Generation` and in the summary, as notes, not silently dropped."""
    root, generation = whole
    found = {item.kind: item for item in generation.not_covered}
    assert {kind: item.operations for kind, item in found.items()} == NOT_COVERED
    assert [len(ids) for ids in NOT_COVERED.values()] == [15, 2, 24]
    assert dict(found["request body"].media_types) == {
        "application/x-www-form-urlencoded": 12,  # TeXML
        "application/octet-stream": 2,
        "application/json": 1,  # a bare array
    }
    assert dict(found["request body alternative"].media_types) == {"application/x-www-form-urlencoded": 2}
    ops = {op.operation_id: op for op in generation.operations}
    assert all(not ops[op_id].body_params for op_id in NOT_COVERED["request body"])
    assert all(ops[op_id].body_params for op_id in NOT_COVERED["request body alternative"])
    assert all(ops[op_id].response_schema is None for op_id in NOT_COVERED["response"])
    uploads = {op.operation_id: op for op in generation.operations if op.body_alternatives}
    assert sorted(uploads) == sorted(MULTIPART_ONLY + MULTIPART_OR_JSON)
    assert all(ops[op_id].json_form is None and ops[op_id].body_params for op_id in MULTIPART_ONLY)
    assert all(ops[op_id].json_form is not None for op_id in MULTIPART_OR_JSON)
    returned = {op.operation_id: op.response_kind for op in generation.operations if op.response_kind != "json"}
    assert sorted(returned) == sorted(BINARY_OR_TEXT)
    assert returned["DownloadMedia"] == "binary"
    text = summary(generation, root / "telnyx_voice")
    assert "multipart" not in text and "binary" not in text
    assert "note: 15 operations get no body arguments: their request body is not a JSON object (" in text
    assert "note: 24 operations return None: their success body is JSON but not an object" in text
    for item in found.values():
        assert f"note: {item.note}" in text
        assert all(op_id in item.note for op_id in item.operations)


@pytest.mark.slow
def test_names_are_unique(whole: tuple[Path, Generation]) -> None:
    _, generation = whole
    methods = [(*op.resource, op.method_name) for op in generation.operations]
    assert len(set(methods)) == len(methods)
    tools = [op.tool_name for op in generation.operations]
    assert len(set(tools)) == len(tools) and max(map(len, tools)) <= 40


@pytest.mark.slow
def test_no_dropped_operation_or_schema_and_every_module_imports(
    whole: tuple[Path, Generation], document: dict[str, Any]
) -> None:
    root, generation = whole
    normalized = normalized_selection(document, whole_spec_selection(document))
    expected = expected_surface(normalized, generation)
    kinds = expected["component_kinds"]
    assert set(kinds) <= {"class", *ALIAS_KINDS}
    # every schema of the spec is there (the transforms only add components)
    assert set(document["components"]["schemas"]) <= set(normalized["components"]["schemas"])
    assert kinds["class"] > 1800
    found = check_package(root, expected)
    assert found["problems"] == []
    # about 3,500 modules: the ~1,100 enums written inline no longer have a module each
    assert found["modules"] > 3400


@pytest.mark.slow
def test_mypy_strict(whole: tuple[Path, Generation]) -> None:
    root, _ = whole
    assert mypy_strict(root, "telnyx_voice") == ""


# --- the naming rules that make 1156 derived names distinct (describe.py, spec/naming.toml) ----------


def operation(op_id: str, **fields: Any) -> dict[str, Any]:
    return {"operationId": op_id, "responses": {"204": {"description": "done"}}, **fields}


def path_param(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


def tiny(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"openapi": "3.1.0", "paths": paths, "components": {"schemas": schemas or {}}}


def body_of(**fields: Any) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": {"type": "object", "properties": fields}}}}


def test_a_body_field_named_like_a_path_parameter_gets_a_suffix() -> None:
    campaign = operation(
        "PutPhoneNumberCampaign",
        parameters=[path_param("phone_number")],
        requestBody=body_of(phone_number={"type": "string"}, campaign_id={"type": "string"}),
    )
    spec = tiny({"/10dlc/phone_number_campaigns/{phone_number}": {"put": campaign}})
    (op,) = describe(spec, Naming(), resolve_collisions=True)
    assert [(p.location, p.python_name) for p in op.params] == [
        ("path", "phone_number"),
        ("body", "phone_number_body"),
        ("body", "campaign_id"),
    ]
    assert op.resource == ("field_10dlc",) and op.method_name == "put_phone_number_campaign"
    with pytest.raises(NamingError, match="both become `phone_number`"):
        describe(spec, Naming())  # without the rules, a clash is an error, as for named operations
    named = Naming(operations={"PutPhoneNumberCampaign": (("campaigns",), "put")})
    with pytest.raises(NamingError, match=r"add a rename under \[body_field_names.PutPhoneNumberCampaign\]"):
        describe(spec, named, resolve_collisions=True)


def test_arguments_the_generated_method_uses_itself_get_an_underscore() -> None:
    params = [
        {"name": name, "in": "query", "schema": {"type": "integer"}} for name in ("timeout", "max_retries", "page")
    ]
    spec = tiny({"/jobs": {"get": operation("ListJobs", parameters=params)}})
    (op,) = describe(spec, Naming(), resolve_collisions=True)
    assert [p.python_name for p in op.params] == ["timeout_", "max_retries_", "page"]


def test_clashing_derived_method_names_are_numbered_in_path_order() -> None:
    spec = tiny({"/things/b": {"get": operation("getThing")}, "/things/a": {"get": operation("GetThing")}})
    ops = {op.path: op for op in describe(spec, Naming(), resolve_collisions=True)}
    assert ops["/things/a"].method_name == "get_thing" and ops["/things/b"].method_name == "get_thing_2"
    named = Naming(operations={"getThing": (("things",), "get_thing")})  # a listed name is never changed
    ops = {op.path: op for op in describe(spec, named, resolve_collisions=True)}
    assert ops["/things/b"].method_name == "get_thing" and ops["/things/a"].method_name == "get_thing_2"


def test_long_tool_names_end_with_a_hash_of_the_whole_name() -> None:
    long_ids = ["get_public_missions_missions_mission_id_tools", "get_public_missions_missions_mission_id_runs"]
    spec = tiny({f"/ai/{i}": {"get": operation(op_id)} for i, op_id in enumerate(long_ids)})
    tools = [op.tool_name for op in describe(spec, Naming(), resolve_collisions=True)]
    assert all(len(t) == 40 and t.startswith("ai_get_public_missions_missions_m") for t in tools)
    assert len(set(tools)) == 2


def test_a_resource_named_like_a_model_class_gets_a_suffix() -> None:
    schemas = {"NetworkCoverage": {"type": "object", "properties": {"location": {"type": "string"}}}}
    spec = tiny({"/network_coverage": {"get": operation("ListNetworkCoverage")}}, schemas)
    (op,) = describe(spec, Naming(), resolve_collisions=True)
    assert op.resource == ("network_coverage_resource",)
    (plain,) = describe(tiny({"/network_coverage": {"get": operation("ListNetworkCoverage")}}), Naming())
    assert plain.resource == ("network_coverage",)


# --- what the client leaves out, on tiny specs (describe.set_aside_of, Generation.not_covered) -------


def json_body(schema: dict[str, Any], media: str = "application/json") -> dict[str, Any]:
    return {"content": {media: {"schema": schema}}}


def ok(schema: dict[str, Any], media: str = "application/json") -> dict[str, Any]:
    return {"200": {"description": "ok", **json_body(schema, media)}}


def test_set_aside_parts_are_on_the_operation_and_the_generation() -> None:
    thing = {"type": "object", "properties": {"name": {"type": "string"}}}
    form = json_body({"type": "object", "properties": {"To": {"type": "string"}}}, "application/x-www-form-urlencoded")
    file = {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}, "required": ["file"]}
    upload = json_body(file, "multipart/form-data")
    both = {"content": {**json_body({"$ref": "#/components/schemas/Thing"})["content"], **form["content"]}}
    paths = {
        "/form": {"post": operation("PostForm", requestBody=form)},
        "/both": {"post": operation("PostBoth", requestBody=both)},
        "/list": {"get": operation("ListBare", responses=ok({"type": "array", "items": {"type": "string"}}))},
        "/pdf": {"get": operation("GetPdf", responses=ok({"type": "string", "format": "binary"}, "application/pdf"))},
        "/csv": {"get": operation("GetCsv", responses=ok({"type": "string"}, "text/csv"))},
        "/upload": {"post": operation("Upload", requestBody=upload)},
        "/thing": {"get": operation("GetThing", responses=ok({"$ref": "#/components/schemas/Thing"}))},
    }
    ops = {
        op.operation_id: op
        for op in describe(normalize(tiny(paths, {"Thing": thing})), Naming(), resolve_collisions=True)
    }
    assert ops["PostForm"].body_set_aside == ("application/x-www-form-urlencoded",) and not ops["PostForm"].body_params
    assert ops["PostBoth"].body_alternatives_set_aside == ("application/x-www-form-urlencoded",)
    assert [p.name for p in ops["PostBoth"].body_params] == ["name"]
    assert ops["ListBare"].response_set_aside == ("application/json",) and ops["ListBare"].response_schema is None
    assert (ops["GetPdf"].response_media, ops["GetPdf"].response_kind) == ("application/pdf", "binary")
    assert (ops["GetCsv"].response_media, ops["GetCsv"].response_kind) == ("text/csv", "text")
    assert [p.name for p in ops["Upload"].body_params] == ["file"] and ops["Upload"].body_params[0].required
    assert [(f.media_type, f.files) for f in ops["Upload"].body_forms] == [("multipart/form-data", ("file",))]
    thing_op = ops["GetThing"]
    assert (thing_op.body_set_aside, thing_op.response_set_aside, thing_op.response_media) == ((), (), None)
    assert thing_op.response_kind == "json" and thing_op.body_forms == ()
    generation = Generation(
        loaded=load_spec(load_pin()),
        operations=tuple(ops.values()),
        events=(),
        missing_operations=(),
        files=0,
        models=0,
        warnings=(),
        seconds=0.0,
    )
    assert [(item.kind, item.operations) for item in generation.not_covered] == [
        ("request body", ("PostForm",)),
        ("request body alternative", ("PostBoth",)),
        ("response", ("ListBare",)),
    ]
    assert generation.notes[0] == (
        "1 operations get no body arguments: their request body is not a JSON object "
        "(application/x-www-form-urlencoded 1; x-unsupported-request-body in the normalized spec): PostForm"
    )


def test_the_default_selection_leaves_nothing_out(normalized_spec: dict[str, Any], naming: Naming) -> None:
    fields = ("body_set_aside", "body_alternatives_set_aside", "response_set_aside")
    for op in describe(normalized_spec, naming, resolve_collisions=True):
        assert not any(getattr(op, field) for field in fields), op.operation_id
