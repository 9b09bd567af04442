"""The lazy queue model: passes the model tester, fetches only what is painted, colours the
SoP deadline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from fusecentre_app.demo import build_demo
from fusecentre_app.gui.queue_model import AMBER, OVERDUE, RECORD_ROLE, QCol, QueueModel
from fusecentre_app.services.queue import QueueFilter, queue_ids, queue_rows

pytestmark = pytest.mark.gui
END = datetime(2026, 6, 3, 21, 0, tzinfo=UTC)


@pytest.fixture
def demo(qapp, empty_db):  # type: ignore[no-untyped-def]
    build_demo(empty_db, days=3, per_day=150, seed=9, end=END)
    return empty_db


def test_model_passes_the_tester_and_fetches_lazily(qtmodeltester, demo) -> None:  # type: ignore[no-untyped-def]
    calls: list[int] = []

    def fetch(ids):  # type: ignore[no-untyped-def]
        calls.append(len(ids))
        return queue_rows(demo, ids)

    ids = queue_ids(demo, QueueFilter(1, statuses=frozenset()), now=END)
    assert len(ids) > 250
    model = QueueModel(fetch, clock=lambda: END)
    model.set_ids(ids)
    assert model.fetched() == 0
    assert model.index(0, QCol.DOCKET).data()
    assert calls == [QueueModel.PAGE] and model.fetched() == QueueModel.PAGE
    model.index(len(ids) - 1, QCol.DOCKET).data()
    assert len(calls) == 2
    qtmodeltester.check(model, force_py=True)
    # Rows come in the given (queue) order.
    assert [model.index(r, 0).data(RECORD_ROLE).id for r in range(5)] == ids[:5]


def test_deadline_colours(qapp, demo) -> None:  # type: ignore[no-untyped-def]
    ids = queue_ids(demo, QueueFilter(1), now=END)
    rows = queue_rows(demo, ids)
    row = rows[ids[0]]
    for offset, colour in ((timedelta(minutes=-30), AMBER), (timedelta(minutes=5), OVERDUE)):
        model = QueueModel(lambda i: queue_rows(demo, i), clock=lambda o=offset: row.sop_due_at + o)
        model.set_ids([row.id])
        brush = model.index(0, QCol.DUE).data(Qt.ItemDataRole.BackgroundRole)
        assert brush is not None and brush.color() == colour
        text = model.index(0, QCol.DUE).data()
        assert ("overdue" in text) == (offset > timedelta(0))
    model = QueueModel(
        lambda i: queue_rows(demo, i), clock=lambda: row.sop_due_at - timedelta(hours=3)
    )
    model.set_ids([row.id])
    assert model.index(0, QCol.DUE).data(Qt.ItemDataRole.BackgroundRole) is None


def test_new_ids_change_the_rows_in_place(qtmodeltester, demo) -> None:  # type: ignore[no-untyped-def]
    """Complaints that came or went are inserted or removed, not the whole list reset; a
    list whose order changed (or wholly another) is shown afresh."""
    ids = queue_ids(demo, QueueFilter(1, statuses=frozenset()), now=END)
    model = QueueModel(lambda i: queue_rows(demo, i), clock=lambda: END)
    model.set_ids(ids[:100])
    qtmodeltester.check(model, force_py=True)  # and it keeps checking every signal below
    resets: list[int] = []
    changes: list[tuple[str, int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsRemoved.connect(lambda _p, a, b: changes.append(("removed", a, b)))
    model.rowsInserted.connect(lambda _p, a, b: changes.append(("inserted", a, b)))
    new = [i for i in ids[:102] if i not in (ids[5], ids[6], ids[50])]
    model.set_ids(new, queue_rows(demo, new[:10]))
    assert model.ids() == new and resets == []
    assert changes == [
        ("removed", 50, 50),
        ("removed", 5, 6),
        ("inserted", 97, 98),
    ]
    model.set_ids(list(reversed(new)))
    assert resets == [1] and model.ids() == list(reversed(new))
    qtmodeltester.check(model, force_py=True)
