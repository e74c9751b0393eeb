"""The runtime's readers of date-time, union and nested fields (`telnyx_voice._values`), which every model's
`from_dict` calls: lenient, so a value they cannot read is kept as sent."""

from __future__ import annotations

from typing import Any

import pytest
from telnyx_voice import UNSET
from telnyx_voice._values import ListOf, OneOf, parse_union, read_date, read_datetime, read_value
from telnyx_voice.models import AWSVoiceSettings, CustomSIPHeader, ElevenLabsVoiceSettings


def test_date_times_and_dates_are_read_from_iso_text_and_anything_else_is_kept() -> None:
    import datetime

    assert read_datetime("2024-05-06T07:08:09Z") == datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.UTC)
    assert read_datetime("yesterday") == "yesterday"
    assert read_datetime(17) == 17
    assert read_datetime(None) is None
    assert read_date("2024-05-06") == datetime.date(2024, 5, 6)
    assert read_date("05/06/2024") == "05/06/2024"


def test_read_value_reads_nested_lists_and_unions_and_keeps_what_it_cannot_read() -> None:
    headers = read_value(ListOf(CustomSIPHeader), [{"name": "X-A", "value": "1"}, "odd"])
    assert isinstance(headers[0], CustomSIPHeader) and headers[1] == "odd"
    assert read_value(ListOf(CustomSIPHeader), "not a list") == "not a list"
    assert read_value(OneOf((CustomSIPHeader,)), 5) == 5


def test_a_discriminated_member_is_chosen_by_its_tag_before_the_order() -> None:
    members: tuple[Any, ...] = (ElevenLabsVoiceSettings, AWSVoiceSettings)
    tagged = (("type", "elevenlabs", ElevenLabsVoiceSettings), ("type", "aws", AWSVoiceSettings))

    value = parse_union({"type": "aws"}, members, tagged=tagged)

    assert isinstance(value, AWSVoiceSettings)


def test_members_are_tried_in_order_and_the_last_error_is_raised() -> None:
    header = parse_union({"name": "X-A", "value": "1"}, (ListOf(CustomSIPHeader), CustomSIPHeader))
    assert isinstance(header, CustomSIPHeader)
    headers = parse_union([{"name": "X-A", "value": "1"}], (CustomSIPHeader, ListOf(CustomSIPHeader)))
    assert [h.name for h in headers] == ["X-A"]
    with pytest.raises(TypeError, match="expected an object for CustomSIPHeader, got str"):
        parse_union("text", (ListOf(CustomSIPHeader), CustomSIPHeader))


def test_unset_none_and_lenient_values_are_kept_as_they_are() -> None:
    assert parse_union(UNSET, (CustomSIPHeader,)) is UNSET
    assert parse_union(None, (CustomSIPHeader,), nullable=True) is None
    with pytest.raises(TypeError):
        parse_union(None, (CustomSIPHeader,))
    assert parse_union("plain text", (CustomSIPHeader,), lenient=True) == "plain text"


def test_a_list_member_reads_scalar_items_with_their_type_checked() -> None:
    assert parse_union(["a", "b"], (ListOf(str),)) == ["a", "b"]
    with pytest.raises(TypeError):
        parse_union(["a", 2], (ListOf(str),))


def test_string_readers_consts_and_nested_unions() -> None:
    import datetime
    from uuid import UUID

    from telnyx_voice._values import Const, OneOf

    uuid = "5f0a6b3c-2d1e-4f7a-9b8c-0d1e2f3a4b5c"
    assert parse_union(uuid, (UUID, CustomSIPHeader)) == UUID(uuid)
    assert parse_union("2026-11-29", (datetime.date.fromisoformat,)) == datetime.date(2026, 11, 29)
    with pytest.raises(TypeError, match="expected a string, got int"):
        parse_union(3, (UUID,))
    assert parse_union("auto", (Const("auto"), UUID)) == "auto"
    with pytest.raises(ValueError):
        parse_union("manual", (UUID, Const("auto")))
    items = parse_union([None, {"name": "X-A", "value": "1"}], (ListOf(OneOf((CustomSIPHeader,), nullable=True)),))
    assert items[0] is None and items[1].name == "X-A"
