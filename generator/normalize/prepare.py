"""The transform that runs on the whole spec before `select`, because selection reads what it fixes."""

from __future__ import annotations

from typing import Any

from ..openapi import X_ORIGINAL_OPERATION_ID, Spec, iter_operations, map_operations, pascal_case


def _new_ids(places: dict[str, list[tuple[str, str]]]) -> dict[tuple[str, str], str]:
    """The new id of each (path, method) that gives way (see `disambiguate_operation_ids`)."""
    taken = set(places)
    new_ids: dict[tuple[str, str], str] = {}
    for operation_id, where in places.items():
        for path, method in sorted(where)[1:]:
            new_id = operation_id + pascal_case(path)
            if new_id in taken:
                new_id += pascal_case(method)
            counter = 2
            while new_id in taken:
                new_id, counter = f"{operation_id}{pascal_case(path)}{pascal_case(method)}{counter}", counter + 1
            taken.add(new_id)
            new_ids[(path, method)] = new_id
    return new_ids


def disambiguate_operation_ids(spec: Spec) -> Spec:
    """Give operations that share an operationId distinct ids.

    The pinned spec uses `ListPhoneNumbers` for GET /phone_numbers and for GET
    /v2/whatsapp/phone_numbers; selecting by id would silently keep one of them. Of the operations
    sharing an id, ordered by (path, method), the first keeps it and each later one gets its path
    appended in PascalCase (`ListPhoneNumbersV2WhatsappPhoneNumbers`), then its method if needed.
    The original id stays in `x-original-operation-id`.
    """
    places: dict[str, list[tuple[str, str]]] = {}
    for path, method, operation in iter_operations(spec):
        if "operationId" in operation:
            places.setdefault(operation["operationId"], []).append((path, method))
    new_ids = _new_ids(places)

    def rename(path: str, method: str, operation: dict[str, Any]) -> dict[str, Any]:
        new_id = new_ids.get((path, method))
        if new_id is None:
            return operation
        return {**operation, "operationId": new_id, X_ORIGINAL_OPERATION_ID: operation["operationId"]}

    return map_operations(spec, rename) if new_ids else spec
