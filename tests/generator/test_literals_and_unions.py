"""Enums as inline `Literal[...]` (opc/literals.py) and unions read by one runtime call (opc/unions.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openapi_python_client.parser.properties.schemas import Class

from generator.errors import GeneratorError
from generator.opc.literals import MAX_INLINE_CHARS, literal_text, shared_names
from generator.opc.unions import member_code

PACKAGE = Path(__file__).resolve().parents[2] / "generated" / "telnyx_voice"


def test_literal_text_sorts_and_double_quotes() -> None:
    assert literal_text({"single", "dual"}) == 'Literal["dual", "single"]'
    assert literal_text({16000, 8000}) == "Literal[8000, 16000]"


class _Enum:
    def __init__(self, name: str, values: set[str]) -> None:
        self.class_info = Class(name=name, module_name=name.lower())  # type: ignore[arg-type]
        self.values = values
        self.value_type = str


def test_only_long_value_sets_get_a_name_and_identical_sets_share_the_shortest() -> None:
    long_values = {f"language_{i}" for i in range(10)}
    assert len(literal_text(long_values)) > MAX_INLINE_CHARS
    enums = [_Enum("GatherRequestLanguage", long_values), _Enum("SpeakLanguage", long_values), _Enum("Mode", {"a"})]

    shared = shared_names(enums)  # type: ignore[arg-type]

    assert [c.name for c in shared.values()] == ["SpeakLanguage"]


def test_a_union_member_without_a_reader_is_an_error() -> None:
    class FileLike:
        python_name = "upload"

    with pytest.raises(GeneratorError, match=r"union member upload \(FileLike\) has no reader"):
        member_code(FileLike())  # type: ignore[arg-type]


def test_generated_models_hold_no_enum_module_per_field_and_no_dead_code() -> None:
    models = {path.name: path.read_text() for path in (PACKAGE / "models").glob("*.py")}
    everything = "\n".join(models.values())
    assert "_VALUES" not in everything and "def check_" not in everything
    assert "field_dict.update({})" not in everything
    assert "def _parse_" not in everything  # unions go through telnyx_voice._values.parse_union
    speak = models["speak_request.py"]
    assert 'payload_type: Literal["ssml", "text"] | Unset' in speak
    assert "language: SpeakRequestLanguage | Unset" in speak  # a long value set keeps its shared name
    named = [name for name, text in models.items() if re.search(r"^\w+ = Literal\[", text, re.M)]
    assert "speak_request_language.py" in named and "answer_request_record_channels.py" not in models


def test_resource_modules_import_nothing_twice() -> None:
    for path in (PACKAGE / "resources").glob("*.py"):
        lines = [
            line.strip() for line in path.read_text().splitlines() if line.strip().startswith(("from ", "import "))
        ]
        assert len(lines) == len(set(lines)), path.name


def test_operation_constants_stay_unique_when_ids_differ_only_in_case() -> None:
    from generator.render.client import unique_constant_names

    class Op:
        def __init__(self, operation_id: str) -> None:
            self.operation_id = operation_id

    ops = (Op("getMdrUsageReports"), Op("GetMdrUsageReports"), Op("DialCall"))
    assert unique_constant_names(ops) == {  # type: ignore[arg-type]
        "getMdrUsageReports": "GET_MDR_USAGE_REPORTS",
        "GetMdrUsageReports": "GET_MDR_USAGE_REPORTS_2",
        "DialCall": "DIAL_CALL",
    }
