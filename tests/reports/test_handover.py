"""The shift handover sheet: gathered as of a moment (replayed from the events where the
complaints changed since), printed feeder by feeder, and read back with pypdf."""

from __future__ import annotations

import io
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from fusecentre_app.db.engine import Database, open_database
from fusecentre_app.db.models import Centre, Complaint, ComplaintEvent, Feeder, Officer
from fusecentre_app.demo import DEMO_USERNAME, build_demo
from fusecentre_app.demo.live import TRIP_FEEDER, add_live_faults
from fusecentre_app.domain.enums import OPEN_STATUSES, Status
from fusecentre_app.domain.history import replay
from fusecentre_app.domain.timeutil import LOCAL_TZ
from fusecentre_app.reports.grid import Caption
from fusecentre_app.reports.handover import (
    NOTES,
    ROW_COLUMNS,
    _FeederTable,
    _filling,
    handover_bytes,
    main,
    render_handover,
)
from fusecentre_app.reports.page import Masthead, Styles, build
from fusecentre_app.reports.printing import handover_pdf
from fusecentre_app.services import incidents
from fusecentre_app.services.contact import escalate, next_up
from fusecentre_app.services.errors import NotFound, ValidationError
from fusecentre_app.services.handover import HandoverData, gather_handover, handover_run
from fusecentre_app.services.register import PENDING_STATUSES, CentreHeading
from fusecentre_app.services.shifts import set_centre_shifts
from tests.reports.conftest import CENTRE, END, PER_DAY
from tests.reports.pdfread import PAGE_OF, lines, runs, words
from tests.support import OFFICE, demo_user

AT = END - timedelta(minutes=20)  # 11:40 India time, in the morning shift
RESOLVED_AFTER = END - timedelta(minutes=5)  # the incident is resolved after AT
NOTE = "Chausa PSS feeder tripped 11:16, JE informed. ट्रांसफार्मर की गाड़ी 2 बजे आएगी।"
REASON = "2 unanswered attempts"
DOCKET = re.compile(rf"^{CENTRE}-\d{{8}}-\d{{3}}$")


@dataclass(frozen=True)
class Store:
    path: Path
    incident_id: int
    escalated: tuple[str, ...]  # dockets


@pytest.fixture(scope="module")
def store(demo_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The demo with the live faults (an open feeder-trip incident, a burst of calls around
    AT), two escalations before AT, and the incident resolved after AT."""
    path = tmp_path_factory.mktemp("handover") / "handover.sqlite"
    source, target = sqlite3.connect(demo_path), sqlite3.connect(path)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    db = open_database(path, migrate=False)
    try:
        incident_id, escalated = _activity(db)
    finally:
        db.dispose()
    return Store(path, incident_id, escalated)


def _activity(db: Database) -> tuple[int, tuple[str, ...]]:
    """Add the live faults, the escalations and the late resolution to a demo store; the
    incident's id and the escalated dockets."""
    live = add_live_faults(db, end=END, username=DEMO_USERNAME)
    clerk = demo_user(db)
    assert live.incident_id is not None
    with db.read() as s:  # the demo's own: the trip's lineman did not answer
        demo_escalated = s.scalars(
            select(Complaint.docket)
            .join(ComplaintEvent, ComplaintEvent.complaint_id == Complaint.id)
            .where(ComplaintEvent.kind == "escalated")
        ).all()
    assert len(demo_escalated) == 1
    with db.read() as s:
        waiting = s.execute(
            select(Complaint.id, Complaint.docket, Complaint.assigned_officer_id)
            .join(Centre, Centre.id == Complaint.centre_id)
            .where(
                Centre.code == CENTRE,
                Complaint.status.in_([Status.ASSIGNED.value, Status.ATTENDING.value]),
                Complaint.received_at < AT - timedelta(hours=2),
            )
            .order_by(Complaint.id)
            .limit(2)
        ).all()
    assert len(waiting) == 2
    for cid, _docket, officer_id in waiting:
        boss = next_up(db, officer_id)
        assert boss is not None
        escalate(
            db, cid, officer_id, boss.id, REASON, user_id=clerk, now=AT - timedelta(minutes=30)
        )
    incidents.resolve_incident(db, live.incident_id, user_id=clerk, now=RESOLVED_AFTER)
    return live.incident_id, (*demo_escalated, *(docket for _id, docket, _o in waiting))


@pytest.fixture(scope="module")
def db(store: Store) -> Iterator[Database]:
    db = open_database(store.path, migrate=False)
    yield db
    db.dispose()


@dataclass(frozen=True)
class Sheet:
    data: HandoverData
    reader: PdfReader

    def text(self) -> str:
        return "\n".join(page.extract_text() for page in self.reader.pages)


@pytest.fixture(scope="module")
def sheet(db: Database) -> Sheet:
    data = gather_handover(
        db, CENTRE, AT, outgoing_clerk="Asha Kumari", note=NOTE, generated_by="Asha Kumari", now=END
    )
    return Sheet(data, PdfReader(io.BytesIO(handover_bytes(data))))


def _open_at(db: Database, at: datetime) -> dict[str, tuple[str, datetime]]:
    """docket -> (feeder code, received) of the centre's complaints open at `at`, by
    replaying every complaint's events up to `at` (independently of the service)."""
    with db.read() as s:
        rows = s.execute(
            select(Complaint.id, Complaint.docket, Feeder.code, Complaint.received_at)
            .join(Centre, Centre.id == Complaint.centre_id)
            .outerjoin(Feeder, Feeder.id == Complaint.feeder_id)
            .where(Centre.code == CENTRE)
        ).all()
        history = defaultdict(list)
        for cid, when, kind, data in s.execute(
            select(
                ComplaintEvent.complaint_id,
                ComplaintEvent.at,
                ComplaintEvent.kind,
                ComplaintEvent.data,
            ).order_by(ComplaintEvent.id)
        ):
            if when <= at:
                history[cid].append((when, kind, data))
    found = {}
    for cid, docket, feeder, received in rows:
        if history[cid] and replay(history[cid]).status in OPEN_STATUSES:
            found[docket] = (feeder or "", received)
    return found


@dataclass(frozen=True)
class Listed:
    number: int
    docket: str
    feeder: str
    page: int


def _listed(reader: PdfReader) -> tuple[list[Listed], dict[str, int]]:
    """The open complaints printed (in order, with the feeder heading above each) and the
    open count each feeder heading gives."""
    listed: list[Listed] = []
    headed: dict[str, int] = {}
    feeder: str | None = None
    in_list = False
    for number, page in enumerate(reader.pages, start=1):
        for line in lines(page):
            text = " ".join(r.text for r in line)
            found = words(line)
            if text.startswith("Open complaints at "):
                in_list = True
                continue
            if not in_list or not found:
                continue
            if text.startswith("Acknowledgement"):
                in_list = False
                continue
            heading = re.search(r" — (\d+) open: ", text)
            if heading:
                feeder = "" if text.startswith("Feeder not known") else found[0]
                headed[feeder] = int(heading.group(1))
                continue
            if "(continued" in text:
                assert feeder == ("" if text.startswith("Feeder not known") else found[0])
                continue
            at = [i for i, word in enumerate(found) if DOCKET.match(word)]
            if at:
                (i,) = at
                assert i == 1 and found[0].isdigit(), text
                assert feeder is not None
                listed.append(Listed(int(found[0]), found[1], feeder, number))
    return listed, headed


# ------------------------------------------------------------------------------ the data


def test_open_complaints_are_those_open_at_the_moment(db: Database, sheet: Sheet) -> None:
    expected = _open_at(db, AT)
    data = sheet.data
    assert {r.docket for r in data.rows} == set(expected)
    assert len(data.rows) == len(expected) == data.open
    # some of them have changed since (so their state was replayed), and later calls are out
    with db.read() as s:
        now_open = set(
            s.scalars(
                select(Complaint.docket)
                .join(Centre, Centre.id == Complaint.centre_id)
                .where(
                    Centre.code == CENTRE, Complaint.status.in_([st.value for st in OPEN_STATUSES])
                )
            )
        )
    assert set(expected) - now_open, "some complaints open at AT were closed by END"
    assert now_open - set(expected), "some complaints came in after AT"
    # grouped by feeder, oldest first in each group
    for group in data.groups:
        assert all(expected[r.docket][0] == group.code for r in group.rows)
        received = [r.received_at for r in group.rows]
        assert received == sorted(received)
        assert group.pending + group.awaiting_callback == group.open
    codes = [g.code for g in data.groups]
    assert codes == sorted(codes, key=lambda c: (c == "", c))


def test_states_are_as_at_the_moment(db: Database, sheet: Sheet, store: Store) -> None:
    # the incident was resolved after AT: at AT it was open with its calls still waiting
    (incident,) = sheet.data.incidents
    assert incident.id == store.incident_id
    assert incident.feeder_code == TRIP_FEEDER
    assert incident.linked == incident.open_linked == 5
    linked = [r for r in sheet.data.rows if r.incident_id == store.incident_id]
    assert len(linked) == 5
    assert all(r.status == Status.NEW for r in linked)
    with db.read() as s:
        now = s.scalars(
            select(Complaint.status).where(Complaint.incident_id == store.incident_id)
        ).all()
    assert set(now) == {Status.RESOLVED.value}
    # a sheet at the end shows the incident resolved and those complaints awaiting callback
    later = gather_handover(db, CENTRE, END, outgoing_clerk="x", generated_by="x", now=END)
    assert later.incidents == ()
    assert {r.status for r in later.rows if r.incident_id == store.incident_id} == {Status.RESOLVED}
    # with nothing later than END, the rows are the current ones
    with db.read() as s:
        open_now = dict(
            s.execute(
                select(Complaint.docket, Complaint.status)
                .join(Centre, Centre.id == Complaint.centre_id)
                .where(
                    Centre.code == CENTRE, Complaint.status.in_([st.value for st in OPEN_STATUSES])
                )
            ).all()
        )
    assert {r.docket: r.status.value for r in later.rows} == open_now


def test_escalations_on_open_complaints(db: Database, sheet: Sheet, store: Store) -> None:
    escalations = sheet.data.escalations
    assert {e.docket for e in escalations} == set(store.escalated)
    with db.read() as s:
        designations = dict(s.execute(select(Officer.name_en, Officer.designation)).all())
    for e in escalations:
        assert e.from_officer and e.to_officer
        assert designations[e.from_officer] == e.from_designation
        assert designations[e.to_officer] == e.to_designation
    demo_docket, *ours = store.escalated
    made = [e for e in escalations if e.docket in ours]
    assert len(made) == 2 and all(e.at == AT - timedelta(minutes=30) for e in made)
    assert all(e.reason == REASON for e in escalations)
    (demo,) = [e for e in escalations if e.docket == demo_docket]
    assert demo.to_designation == "JE" and demo.at < AT
    rows = {r.docket: r for r in sheet.data.rows}
    assert all(rows[d].escalations == 1 for d in store.escalated)
    # before the escalations were made there are none
    before = gather_handover(
        db, CENTRE, AT - timedelta(hours=1), outgoing_clerk="x", generated_by="x", now=END
    )
    assert before.escalations == ()


def test_shift_counts(db: Database, sheet: Sheet) -> None:
    data = sheet.data
    assert data.shift.name_en == "Morning"
    start = datetime(2026, 3, 15, 6, 0, tzinfo=LOCAL_TZ)
    assert data.shift_start == start and data.shift_end == start + timedelta(hours=8)
    with db.read() as s:
        received = s.execute(
            select(Complaint.id, Complaint.received_at, Complaint.logged_at)
            .join(Centre, Centre.id == Complaint.centre_id)
            .where(Centre.code == CENTRE)
        ).all()
        resolved = s.execute(
            select(ComplaintEvent.complaint_id)
            .join(Complaint, Complaint.id == ComplaintEvent.complaint_id)
            .join(Centre, Centre.id == Complaint.centre_id)
            .where(
                Centre.code == CENTRE,
                ComplaintEvent.kind == "resolved",
                ComplaintEvent.at >= start,
                ComplaintEvent.at <= AT,
            )
            .distinct()
        ).all()
    assert data.counts.received == sum(
        1 for _id, got, logged in received if start <= got <= AT and logged <= AT
    )
    assert data.counts.resolved == len(resolved) > 0


def test_handover_on_the_hour_and_refusals(db: Database) -> None:
    six = datetime(2026, 3, 15, 6, 0)  # naive: India time
    data = gather_handover(db, CENTRE, six, outgoing_clerk="x", generated_by="x", now=END)
    assert data.shift.name_en == "Night"
    assert data.at == six.replace(tzinfo=LOCAL_TZ)
    assert data.shift_start == datetime(2026, 3, 14, 22, 0, tzinfo=LOCAL_TZ)
    assert {r.docket for r in data.rows} == set(_open_at(db, data.at))
    with pytest.raises(ValidationError, match="still ahead"):
        gather_handover(
            db, CENTRE, END + timedelta(minutes=1), outgoing_clerk="x", generated_by="x", now=END
        )
    with pytest.raises(NotFound):
        gather_handover(db, "NOPE", AT, outgoing_clerk="x", generated_by="x", now=END)


# ------------------------------------------------------------------------------ the PDF


def test_every_page_says_page_x_of_y_and_whose_sheet_it_is(sheet: Sheet) -> None:
    pages = sheet.reader.pages
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert PAGE_OF.findall(text) == [(str(number), str(len(pages)))]
        assert "Shift Handover Sheet" in text
        assert "Electric Supply Division, Buxar" in text
        assert "Electric Supply Sub-Division, Buxar" in text
        assert "Fuse call centre Buxar (BXR)" in text
        assert "Morning 06:00–14:00" in text and "15-03-2026 11:40 IST" in text
        assert "Generated 15-03-2026 12:00:00 IST by Asha Kumari" in text
        assert any(r.font.startswith("NotoSansDevanagari") for r in runs(page))


def test_printed_list_is_the_open_complaints_by_feeder(db: Database, sheet: Sheet) -> None:
    expected = _open_at(db, AT)
    listed, headed = _listed(sheet.reader)
    assert [x.number for x in listed] == list(range(1, len(expected) + 1))
    assert Counter(x.docket for x in listed) == Counter(set(expected))
    assert [x.docket for x in listed] == [r.docket for r in sheet.data.rows]
    for x in listed:
        assert x.feeder == expected[x.docket][0], x
    # each feeder's heading counts the rows under it (across pages), feeders not repeated
    assert headed == Counter(x.feeder for x in listed)
    feeders = [x.feeder for x in listed]
    assert feeders == sorted(feeders, key=lambda c: (c == "", c))
    assert len({x.page for x in listed}) > 1


def test_the_sheet_printed_as_it_is_read_is_the_one_gathered_whole(
    db: Database, sheet: Sheet
) -> None:
    """The desk and `fusecentre handover` print through `handover_run` (the rows read a
    batch at a time, feeder by feeder): the same pages as the sheet gathered whole, a
    feeder's table breaking where it broke, "continued" and all."""
    buffer = io.BytesIO()
    with handover_run(
        db, CENTRE, AT, outgoing_clerk="Asha Kumari", note=NOTE, generated_by="Asha Kumari", now=END
    ) as run:
        pages = render_handover(run, buffer)
    data = sheet.data
    assert pages == len(sheet.reader.pages) > 2
    drawn = [page.get_contents().get_data() for page in PdfReader(buffer).pages]
    assert drawn == [page.get_contents().get_data() for page in sheet.reader.pages]
    assert run.groups == tuple(replace(g, rows=()) for g in data.groups)
    assert (run.open, run.pending, run.overdue) == (data.open, data.pending, data.overdue) > (0,)
    assert (run.incidents, run.escalations, run.counts) == (
        data.incidents,
        data.escalations,
        data.counts,
    )
    printed = handover_pdf(db, CENTRE, AT, outgoing_clerk="Asha Kumari", note=NOTE)
    assert printed.pages == pages and printed.data.open == data.open
    assert f"{data.open} open complaints, {len(data.incidents)} open incidents" in (printed.summary)


def test_a_feeders_table_read_as_it_is_printed_goes_on_under_continued() -> None:
    """A feeder with hundreds open: its rows, pulled a page at a time, are printed once
    each and in order, its heading on the first page and "continued" on every page after."""
    styles = Styles()
    columns = _filling(ROW_COLUMNS, NOTES)
    pulled: list[int] = []

    def rows() -> Iterator[tuple[str, ...]]:
        for i in range(1, 401):
            pulled.append(i)
            yield (str(i), f"BXR-{i:05d}", *(["शिकायत " * (i % 4)] * (len(columns) - 2)))

    table = _FeederTable(
        columns,
        rows(),
        styles.grid,
        caption=Caption("F-1 Sohni — 400 open: 400 pending", styles.group, 7.0, rule=False),
        continued=Caption("F-1 Sohni (continued / जारी)", styles.group, 0.0, rule=False),
    )
    head = Masthead(
        CentreHeading("BXR", "Buxar", "बक्सर", "", "", "Division", "प्रमंडल"),
        "Test / परीक्षण",
        ("Right",),
        ("Footer",),
    )
    buffer = io.BytesIO()
    build([table], buffer, head, styles, title="t", author="a", subject="s", creator="c")
    texts = [page.extract_text() for page in PdfReader(buffer).pages]
    assert len(texts) > 3 and pulled == list(range(1, 401))
    printed = [int(n) for text in texts for n in re.findall(r"BXR-(\d{5})", text)]
    assert printed == list(range(1, 401))
    assert "400 open" in texts[0] and "(continued" not in texts[0]
    for text in texts[1:]:
        assert "(continued" in text and "400 open" not in text


def test_rows_say_age_sop_and_incident(sheet: Sheet, store: Store) -> None:
    text = sheet.text()
    by_docket = {}
    for page in sheet.reader.pages:
        for line in lines(page):
            found = words(line)
            if len(found) > 1 and DOCKET.match(found[1]):
                by_docket[found[1]] = " ".join(found)
    for row in sheet.data.rows:
        printed = by_docket[row.docket]
        if row.incident_id == store.incident_id:
            assert f"#{store.incident_id}" in printed
        if row.status in PENDING_STATUSES and row.sop_due_at < AT:
            assert "overdue" in printed
        elif row.status in PENDING_STATUSES:
            assert "due in" in printed
    assert "Resolved, awaiting callback" in text.replace("\n", " ")
    assert "met" in text


def test_incidents_escalations_note_and_acknowledgement_are_printed(
    sheet: Sheet, store: Store
) -> None:
    first = sheet.reader.pages[0].extract_text()
    assert "Open incidents /" in first
    assert f"#{store.incident_id}" in first and "Feeder trip" in first
    assert "11 kV feeder tripped at Chausa PSS; JE informed" in first
    assert "Pending escalations /" in first
    for docket in store.escalated:
        assert docket in first
    assert REASON in first
    assert "Note from the outgoing clerk" in first
    assert "Chausa PSS feeder tripped 11:16, JE informed." in first
    assert "Received during the shift" in first and "Resolved during the shift" in first
    last = sheet.reader.pages[-1].extract_text()
    assert "Received by (incoming clerk)" in last
    assert "Handed over by (outgoing clerk)" in last
    for label in ("Name / ", "Signature / ", "Date and time / "):
        assert last.count(label) == 2
    named = [
        " ".join(r.text for r in line)
        for line in lines(sheet.reader.pages[-1])
        if line[0].text.startswith("Name /")
    ]
    (both,) = named  # the two boxes side by side: the outgoing clerk's name filled in
    outgoing, incoming = both.split("Name /")[1:]
    assert outgoing.strip().endswith("Asha Kumari") and "Asha" not in incoming


def test_a_quiet_sheet(db: Database) -> None:
    """Before the demo's first complaint nothing is open: the sections say so."""
    early = datetime(2026, 3, 13, 0, 5, tzinfo=LOCAL_TZ)
    data = gather_handover(db, CENTRE, early, outgoing_clerk="", generated_by="x", now=END)
    assert data.rows == () and data.incidents == () and data.escalations == ()
    reader = PdfReader(io.BytesIO(handover_bytes(data)))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "No complaint is open." in text
    assert text.count("None.") == 2
    assert "No note." in text
    assert [PAGE_OF.findall(p.extract_text()) for p in reader.pages] == [[("1", "1")]]


def test_the_centres_own_shifts(store: Store, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    source, target = sqlite3.connect(store.path), sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    db = open_database(copy, migrate=False)
    try:
        set_centre_shifts(db, CENTRE, "8-20,20-8", by=OFFICE)
        data = gather_handover(db, CENTRE, AT, outgoing_clerk="x", generated_by="x", now=END)
    finally:
        db.dispose()
    assert (data.shift.name_en, data.shift.start, data.shift.end) == ("Shift 1", 8, 20)
    assert data.shift_start == datetime(2026, 3, 15, 8, 0, tzinfo=LOCAL_TZ)
    text = PdfReader(io.BytesIO(handover_bytes(data))).pages[0].extract_text()
    assert "Shift 1 08:00–20:00" in text


def test_as_a_program(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "handover.pdf"
    at = AT.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")
    argv = ["--db", str(store.path), "--centre", "bxr", "--at", at, "-o", str(out)]
    assert main([*argv, "--user", "Night Clerk", "--note", "All quiet"]) == 0
    printed = capsys.readouterr()
    assert printed.err == "" and "open complaints" in printed.out
    text = PdfReader(out).pages[0].extract_text()
    assert "by Night Clerk" in text and "All quiet" in text

    ahead = (datetime.now(UTC) + timedelta(days=2)).astimezone(LOCAL_TZ)
    argv[5] = ahead.strftime("%Y-%m-%d %H:%M")
    assert main(argv) == 1
    assert "still ahead" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*argv[:5], "15-03-2026", "-o", str(out)])
    assert "expected India time as 'YYYY-MM-DD HH:MM'" in capsys.readouterr().err
    missing = ["--db", str(tmp_path / "none.sqlite"), "--centre", CENTRE, "--at", at, "-o", "x"]
    assert main(missing) == 1
    assert capsys.readouterr().err.startswith("handover: there is no database at ")


# ------------------------------------------------------------------------------ PostgreSQL


@pytest.mark.postgres
def test_the_same_sheet_on_postgres(pg: Database, sheet: Sheet) -> None:
    build_demo(pg, days=3, per_day=PER_DAY, end=END)  # as the SQLite demo store was built
    _activity(pg)
    data = gather_handover(
        pg, CENTRE, AT, outgoing_clerk="Asha Kumari", note=NOTE, generated_by="Asha Kumari", now=END
    )
    assert data == sheet.data
    assert handover_bytes(data).startswith(b"%PDF")
