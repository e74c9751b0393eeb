"""Reading responses: fields the spec does not list and enum values it does not know are kept."""

from __future__ import annotations

import copy
from typing import Any

from tests.support.client import invoke, items_of, mock_api, reply
from tests.support.spec_operations import PATH_IDS, response_body, spec_operations


def call_status_body() -> dict[str, Any]:
    return response_body(spec_operations()["RetrieveCallStatus"])


async def test_unknown_fields_are_kept_in_additional_properties(mode: str) -> None:
    body = call_status_body()
    body["request_id"] = "req-1"
    body["data"]["sip_trunk"] = {"name": "edge-2", "codecs": ["OPUS"]}
    api = mock_api(reply(200, body))

    result = await invoke(api.client(mode), "calls.retrieve_status", PATH_IDS["call_control_id"])

    assert result.additional_properties == {"request_id": "req-1"}
    assert result.data.additional_properties == {"sip_trunk": {"name": "edge-2", "codecs": ["OPUS"]}}
    assert result.data["sip_trunk"]["name"] == "edge-2"
    assert result.to_dict() == body  # nothing lost on the way back either


async def test_unknown_enum_value_is_kept(mode: str) -> None:
    body = call_status_body()
    body["data"]["record_type"] = "call_v2"
    api = mock_api(reply(200, body))

    result = await invoke(api.client(mode), "calls.retrieve_status", PATH_IDS["call_control_id"])

    assert result.data.record_type == "call_v2"
    assert result.data.is_alive is body["data"]["is_alive"]


async def test_unknown_enum_value_in_a_list_item_and_nested_model_is_kept(mode: str) -> None:
    body = response_body(spec_operations()["ListCallControlApplications"])
    body["meta"] = {"page_number": 1, "total_pages": 1}
    body["data"][0]["dtmf_type"] = "SIP INFO v2"
    body["data"][0]["inbound"]["sip_subdomain_receive_settings"] = "only_partners"
    api = mock_api(reply(200, body))

    page = await invoke(api.client(mode), "call_control_applications.list")

    (application,) = await items_of(page)
    assert application.dtmf_type == "SIP INFO v2"
    assert application.inbound.sip_subdomain_receive_settings == "only_partners"


async def test_optional_fields_left_out_of_a_response_read_none_and_are_not_in_the_fields_set(mode: str) -> None:
    body = copy.deepcopy(call_status_body())
    for optional in ("call_duration", "client_state", "end_time", "start_time"):
        body["data"].pop(optional)
    api = mock_api(reply(200, body))

    result = await invoke(api.client(mode), "calls.retrieve_status", PATH_IDS["call_control_id"])

    assert result.data.end_time is None
    assert "end_time" not in result.data.model_fields_set
    assert "call_control_id" in result.data.model_fields_set
    assert result.data.call_control_id == body["data"]["call_control_id"]
    assert result.to_dict() == body


async def test_null_in_a_nullable_response_field_is_none(mode: str) -> None:
    body = response_body(spec_operations()["RetrieveCallControlApplication"])
    body["data"]["webhook_event_failover_url"] = None
    body["data"]["webhook_timeout_secs"] = None
    api = mock_api(reply(200, body))

    result = await invoke(api.client(mode), "call_control_applications.retrieve", PATH_IDS["id"])

    assert result.data.webhook_event_failover_url is None
    assert result.data.webhook_timeout_secs is None
    assert result.to_dict() == body
