"""The printed register read back with pypdf and checked against the database."""

from __future__ import annotations

import io
import re
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import and_, func, or_, select

from fusecentre_app.db.engine import open_database
from fusecentre_app.db.models import Centre, Complaint, Feeder
from fusecentre_app.domain.docket import format_docket
from fusecentre_app.domain.timeutil import local_day_bounds
from fusecentre_app.reports.register import register_bytes
from fusecentre_app.services.errors import NotFound, ValidationError
from fusecentre_app.services.register import gather_register
from fusecentre_app.services.register_check import register_digest
from tests.reports.conftest import CENTRE, DAY, END, Printed
from tests.reports.pdfread import PAGE_OF, lines, runs, words

PENDING = ("new", "assigned", "attending", "reopened")
RESOLVED = ("resolved", "closed_verified", "closed_unverified")
DOCKET = re.compile(rf"^{CENTRE}-{DAY:%Y%m%d}-(\d+)$")


def _day_rows(demo_path: Path) -> list[tuple[int, str, str, str | None]]:
    """(serial, docket, status, feeder code) of the day's complaints, straight from SQL."""
    db = open_database(demo_path, migrate=False)
    try:
        with db.read() as s:
            centre_id = s.scalar(select(Centre.id).where(Centre.code == CENTRE))
            return [
                tuple(r)
                for r in s.execute(
                    select(Complaint.serial, Complaint.docket, Complaint.status, Feeder.code)
                    .outerjoin(Feeder, Feeder.id == Complaint.feeder_id)
                    .where(Complaint.centre_id == centre_id, Complaint.day == DAY)
                    .order_by(Complaint.serial)
                )
            ]
    finally:
        db.dispose()


def test_every_page_says_page_x_of_y_and_whose_register_it_is(printed: Printed) -> None:
    pages = printed.reader.pages
    assert len(pages) >= 4  # the day's rows alone run over several pages
    for number, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert PAGE_OF.findall(text) == [(str(number), str(len(pages)))]
        assert "Date / " in text and f"{DAY:%d-%m-%Y}" in text
        assert "Electric Supply Division, Buxar" in text
        assert "Electric Supply Sub-Division, Buxar" in text
        assert "Fuse call centre Buxar (BXR)" in text
        assert "Generated" in text and "by Test Inspector" in text
        # the Hindi names are drawn in the Devanagari font on every page
        assert any(r.font.startswith("NotoSansDevanagari") for r in runs(page))


def test_serials_are_gapless_and_match_the_database(printed: Printed, demo_path: Path) -> None:
    in_db = _day_rows(demo_path)
    assert in_db, "the demo day has complaints"
    seen: list[tuple[int, str]] = []
    for page in printed.reader.pages:
        for line in lines(page):
            found = words(line)
            at = [i for i, word in enumerate(found) if DOCKET.match(word)]
            if not at:
                continue
            (i,) = at  # one docket per printed row, its serial in the cell before it
            assert i == 0 or found[i - 1].isdigit(), f"serial cell before {found[i]}"
            seen.append((int(found[i - 1]), found[i]))
    assert [s for s, _ in seen] == list(range(1, len(in_db) + 1))
    assert seen == [(serial, docket) for serial, docket, _status, _feeder in in_db]
    assert all(docket == format_docket(CENTRE, DAY, s) for s, docket in seen)


def _summary_value(printed: Printed, label: str) -> int:
    """The count printed after "<label> / <Hindi>" in the summary table."""
    for page in printed.reader.pages[-3:]:
        for line in lines(page):
            for i, run in enumerate(line):
                if run.text == f"{label} /":
                    # the Hindi part, then the count (the first word of the next Latin run)
                    rest = words([r for r in line[i + 1 :] if r.font.startswith("NotoSans-")])
                    return int(rest[0])
    raise AssertionError(f"no summary line {label!r}")


def test_summary_counts_equal_the_database(printed: Printed, demo_path: Path) -> None:
    in_db = _day_rows(demo_path)
    status = Counter(row[2] for row in in_db)
    db = open_database(demo_path, migrate=False)
    try:
        with db.read() as s:
            overdue = s.scalar(
                select(func.count())
                .select_from(Complaint)
                .join(Centre, Centre.id == Complaint.centre_id)
                .where(
                    Centre.code == CENTRE,
                    Complaint.day == DAY,
                    Complaint.status.in_(PENDING),
                    Complaint.sop_due_at < END,
                )
            )
    finally:
        db.dispose()
    assert _summary_value(printed, "Received") == len(in_db)
    assert _summary_value(printed, "Resolved") == sum(status[s] for s in RESOLVED)
    assert _summary_value(printed, "Verified by callback") == status["closed_verified"]
    assert _summary_value(printed, "Pending") == sum(status[s] for s in PENDING)
    assert _summary_value(printed, "Overdue") == overdue
    assert _summary_value(printed, "Cancelled") == status["cancelled"]
    assert _summary_value(printed, "Received") == len(printed.data.rows)

    # the by-feeder table: received per feeder as in the database
    by_feeder = Counter(row[3] for row in in_db)
    printed_feeders: dict[str, int] = {}
    for page in printed.reader.pages[-3:]:
        for line in lines(page):
            found = words(line)
            for i, word in enumerate(found[:-1]):
                if word in by_feeder and found[i + 1].isdigit():  # not a register row
                    printed_feeders[word] = int(found[i + 1])
    assert printed_feeders == {k: v for k, v in by_feeder.items() if k is not None}


def test_carried_over_complaints_are_listed(printed: Printed, demo_path: Path) -> None:
    start, end = local_day_bounds(DAY)
    db = open_database(demo_path, migrate=False)
    try:
        with db.read() as s:
            expected = set(
                s.scalars(
                    select(Complaint.docket)
                    .join(Centre, Centre.id == Complaint.centre_id)
                    .where(
                        Centre.code == CENTRE,
                        Complaint.received_at < start,
                        or_(
                            Complaint.closed_at.is_(None),
                            and_(Complaint.closed_at.is_not(None), Complaint.closed_at >= end),
                        ),
                    )
                )
            )
    finally:
        db.dispose()
    assert expected, "the demo leaves some earlier complaints open past the day"
    texts = {w for page in printed.reader.pages for line in lines(page) for w in words(line)}
    assert expected <= texts
    assert {c.docket for c in printed.data.carried_over} == expected
    heading = "Complaints from earlier days still open at the end of the day"
    assert any(heading in page.extract_text() for page in printed.reader.pages)


def test_printed_digest_is_the_recomputed_one(printed: Printed, demo_path: Path) -> None:
    text = printed.reader.pages[0].extract_text()
    match = re.search(r"up to event #(\d+)\): ([0-9a-f]{64})", text)
    assert match, "the footer carries the digest and its cut"
    cut, digest = int(match.group(1)), match.group(2)
    assert digest == printed.data.digest
    for page in printed.reader.pages:
        assert digest in page.extract_text()
    db = open_database(demo_path, migrate=False)
    try:
        assert register_digest(db, CENTRE, DAY, cut) == digest
    finally:
        db.dispose()


def test_signature_blocks_are_printed(printed: Printed) -> None:
    last = printed.reader.pages[-1].extract_text()
    for shift in ("Morning", "Evening", "Night"):
        assert f"Clerk, {shift} shift" in last
    assert "JE in charge" in last
    assert "Inspecting officer: remarks" in last


def test_a_day_without_complaints_and_a_day_not_over(demo_path: Path) -> None:
    db = open_database(demo_path, migrate=False)
    try:
        quiet = gather_register(db, CENTRE, DAY - timedelta(days=30), generated_by="x", now=END)
        today = gather_register(db, CENTRE, END.date(), generated_by="x", now=END)
        with pytest.raises(ValidationError, match="has not begun"):
            gather_register(db, CENTRE, END.date() + timedelta(days=1), generated_by="x", now=END)
        with pytest.raises(NotFound):
            gather_register(db, "NOPE", DAY, generated_by="x", now=END)
    finally:
        db.dispose()
    assert quiet.rows == () and quiet.summary.received == 0
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(register_bytes(quiet))).pages)
    assert "No complaint was received on this day." in text
    assert "Provisional" not in text

    assert today.rows and not today.day_complete
    reader = PdfReader(io.BytesIO(register_bytes(today)))
    assert all(
        "Provisional: printed before the day ended" in p.extract_text() for p in reader.pages
    )
    # carried over: open at the print moment (the day it was printed on is still running)
    assert today.carried_over
    assert all(c.closed_at is None or c.closed_at >= END for c in today.carried_over)
