"""The queue in SQL: order (danger first, then first come, first served), every filter,
the search box, and the per-feeder counts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from fusecentre_app.db.engine import Database
from fusecentre_app.domain.enums import CallbackOutcome, Channel, Status
from fusecentre_app.services import lifecycle
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.masterdata import form_choices
from fusecentre_app.services.queue import QueueFilter, feeder_loads, queue_ids, queue_rows

T0 = datetime(2026, 6, 1, 4, 0, tzinfo=UTC)  # 09:30 in India


@pytest.fixture
def day(db: Database, centre, clerk):  # type: ignore[no-untyped-def]
    """Five complaints on two feeders and one without a feeder, one of them a danger call."""
    f1, f2 = form_choices(db, centre.id).feeders[:2]

    def log(minutes: int, mobile: str, type_code: str, feeder: int | None, **extra) -> int:  # type: ignore[no-untyped-def]
        return log_complaint(
            db,
            ComplaintDraft(
                caller_mobile=mobile,
                type_code=type_code,
                feeder_id=feeder,
                received_at=T0 + timedelta(minutes=minutes),
                **extra,
            ),
            centre_id=centre.id,
            user_id=clerk.id,
            now=T0 + timedelta(minutes=minutes),
        ).id

    ids = {
        "a": log(
            0, "9835000001", "FUSE_OFF", f1.id, locality="Sohni Patti", caller_name="सुनील कुमार"
        ),
        "b": log(
            10,
            "9835000002",
            "LOW_VOLTAGE",
            f1.id,
            locality="Naya Bazar",
            consumer_no="101234567890",
        ),
        "c": log(
            20, "9835000003", "LINE_BREAK", f2.id, locality="Chausa", channel=Channel.HELPLINE_1912
        ),
        "d": log(30, "9835000004", "FUSE_OFF", None, locality="Kathghar"),
        "e": log(40, "9835000005", "FUSE_OFF", f2.id, locality="Arion"),
    }
    lifecycle.resolve(db, ids["e"], "fuse replaced", user_id=clerk.id, now=T0 + timedelta(hours=1))
    lifecycle.record_callback(
        db, ids["e"], CallbackOutcome.RESTORED, user_id=clerk.id, now=T0 + timedelta(hours=2)
    )
    return ids, f1, f2


def test_danger_first_then_first_come_first_served(db, centre, day) -> None:  # type: ignore[no-untyped-def]
    ids, *_ = day
    assert queue_ids(db, QueueFilter(centre.id), now=T0) == [ids["c"], ids["a"], ids["b"], ids["d"]]


def test_filters(db, centre, day) -> None:  # type: ignore[no-untyped-def]
    ids, f1, _f2 = day
    q = lambda **kw: set(queue_ids(db, QueueFilter(centre.id, **kw), now=T0 + timedelta(hours=5)))  # noqa: E731
    assert q(feeder_id=f1.id) == {ids["a"], ids["b"]}
    assert q(no_feeder=True) == {ids["d"]}
    assert q(statuses=frozenset({Status.CLOSED_VERIFIED})) == {ids["e"]}
    assert q(statuses=frozenset()) == set(ids.values())
    assert q(type_code="FUSE_OFF") == {ids["a"], ids["d"]}
    assert q(channel=Channel.HELPLINE_1912) == {ids["c"]}
    # 5 h after the first call: the fuse calls (4 h urban / 8 h rural SoP) decide.
    overdue = q(overdue_only=True)
    assert (ids["e"] not in overdue and ids["a"] in overdue) or ids["a"] not in overdue
    assert q(received_from=date(2026, 6, 2)) == set()
    assert q(received_from=date(2026, 6, 1), received_to=date(2026, 6, 1)) == {
        ids["a"],
        ids["b"],
        ids["c"],
        ids["d"],
    }


def test_overdue_is_measured_against_the_clock(db, centre, day) -> None:  # type: ignore[no-untyped-def]
    ids, *_ = day
    assert queue_ids(db, QueueFilter(centre.id, overdue_only=True), now=T0) == []
    later = queue_ids(db, QueueFilter(centre.id, overdue_only=True), now=T0 + timedelta(days=3))
    assert set(later) == {ids["a"], ids["b"], ids["c"], ids["d"]}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("सुनील", "a"),
        ("098350 00002", "b"),
        ("+91 98350 00003", "c"),
        ("101234567890", "b"),
        ("kathghar", "d"),
        ("00004", "d"),
    ],
)
def test_one_search_box(db, centre, day, text: str, key: str) -> None:  # type: ignore[no-untyped-def]
    ids, *_ = day
    found = queue_ids(db, QueueFilter(centre.id, statuses=frozenset(), search=text), now=T0)
    assert found == [ids[key]]


def test_search_by_docket(db, centre, day) -> None:  # type: ignore[no-untyped-def]
    ids, *_ = day
    docket = queue_rows(db, [ids["b"]])[ids["b"]].docket
    assert queue_ids(db, QueueFilter(centre.id, search=docket.lower()), now=T0) == [ids["b"]]


def test_rows_fetched_by_id(db, centre, day) -> None:  # type: ignore[no-untyped-def]
    ids, *_ = day
    rows = queue_rows(db, [ids["c"], ids["e"]])
    assert rows[ids["c"]].danger and rows[ids["c"]].channel == Channel.HELPLINE_1912
    assert rows[ids["e"]].status == Status.CLOSED_VERIFIED


def test_feeder_loads(db, centre, day) -> None:  # type: ignore[no-untyped-def]
    _ids, f1, f2 = day
    loads = {
        load.feeder_id: load for load in feeder_loads(db, centre.id, now=T0 + timedelta(hours=5))
    }
    assert len(loads) == 11  # ten feeders and "not known"
    assert (loads[f1.id].open, loads[f2.id].open, loads[None].open) == (2, 1, 1)
    assert loads[f1.id].oldest_received_at == T0
    assert loads[f2.id].oldest_received_at == T0 + timedelta(minutes=20)
    assert sum(load.open for load in loads.values()) == 4
    far = {load.feeder_id: load for load in feeder_loads(db, centre.id, now=T0 + timedelta(days=3))}
    assert (far[f1.id].overdue, far[f2.id].overdue, far[None].overdue) == (2, 1, 1)
