"""`telnyx_voice.types`: the official SDK's type names (spec/official_types.toml) as aliases of our classes."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
from pathlib import Path

import pytest
from telnyx_voice._operations import OPERATIONS

from generator.errors import ConfigError
from generator.inputs import OfficialTypeName, load_official_types
from tests.support.client import idle_clients, lookup, method_table

OFFICIAL = load_official_types()
SELECTED = sorted(op_id for op_id in OFFICIAL if op_id in OPERATIONS)


def official_class(entry: OfficialTypeName) -> type:
    module = importlib.import_module("telnyx_voice.types" + (f".{entry.module}" if entry.module else ""))
    value = getattr(module, entry.name)
    assert isinstance(value, type)
    return value


def test_every_selected_operation_with_a_response_model_has_its_official_type_name() -> None:
    # The others return None (204) or the binary response, as in the official SDK, which names no type.
    modelled = sorted(op_id for op_id, op in OPERATIONS.items() if op.response is not None)
    assert modelled == SELECTED and len(SELECTED) == 91


@pytest.mark.parametrize("op_id", SELECTED)
def test_an_official_name_is_the_class_the_method_gives(op_id: str) -> None:
    entry = OFFICIAL[op_id]
    cls = official_class(entry)
    if entry.kind == "response":
        response = OPERATIONS[op_id].response
        assert response is not None
        assert cls.__name__ == response.split(":")[1]
        assert cls.__module__ == f"telnyx_voice.models.{response.split(':')[0]}"
    else:
        returns = inspect.signature(lookup(idle_clients()[0], method_table()[op_id])).return_annotation
        assert returns == f"SyncPage[{cls.__name__}]"


def test_the_issue_examples_import() -> None:
    from telnyx_voice.models import CallControlApplication as Ours
    from telnyx_voice.types import UNSET, CallControlApplication, CallDialResponse, Unset
    from telnyx_voice.types.calls import ActionAnswerResponse

    assert CallControlApplication is Ours
    assert isinstance(UNSET, Unset)
    assert ActionAnswerResponse.__name__.startswith("CallControlCommandResponse")
    assert CallDialResponse is official_class(OFFICIAL["DialCall"])


def test_an_unknown_name_is_an_attribute_error() -> None:
    import telnyx_voice.types.calls as calls

    with pytest.raises(AttributeError, match="has no attribute 'ActionPayResponse'"):
        _ = calls.ActionPayResponse


def test_importing_the_types_module_imports_no_model() -> None:
    code = (
        "import sys, telnyx_voice.types, telnyx_voice.types.calls; "
        "print(sorted(m for m in sys.modules if m.startswith('telnyx_voice.models')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "entry",
    ['X = "Name"', 'X = { response = "calls.actions.Name" }', 'X = { other = "Name" }', 'X = { item = "1x" }'],
)
def test_a_malformed_entry_is_a_config_error(tmp_path: Path, entry: str) -> None:
    path = tmp_path / "official_types.toml"
    path.write_text(f"[operations]\n{entry}\n")
    with pytest.raises(ConfigError, match=r"operations\.X"):
        load_official_types(path)
