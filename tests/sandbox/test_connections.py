"""`GET /connections`: the sandbox's call control applications, as connections, in their documented schema."""

from __future__ import annotations

from tests.sandbox.test_schemas import Tour, tour

__all__ = ["tour"]  # the fixture, shared with test_schemas


async def test_connections_are_the_call_control_applications(tour: Tour) -> None:
    first = (await tour.run("CreateCallControlApplication", application_name="Sales desk"))["data"]
    await tour.run("CreateCallControlApplication", application_name="Support desk")
    listed = (await tour.run("ListConnections"))["data"]
    assert [c["connection_name"] for c in listed] == ["Sales desk", "Support desk"]
    found = await tour.http.get("/connections", params={"filter[connection_name][contains]": "SALES"})
    assert [c["id"] for c in found.json()["data"]] == [first["id"]]
    connection = (await tour.run("RetrieveConnection", {"id": first["id"]}))["data"]
    assert (connection["connection_name"], connection["active"]) == ("Sales desk", first["active"])
    assert (await tour.http.get("/connections/404")).status_code == 404
