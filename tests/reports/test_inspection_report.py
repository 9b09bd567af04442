"""The inspection report PDF read back with pypdf, and the inspection's remarks on the
register printed after it."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import timedelta

import pytest
from pypdf import PdfReader

from fusecentre_app.db.engine import Database
from fusecentre_app.reports.inspection_report import inspection_bytes, outcome_text
from fusecentre_app.reports.register import register_bytes
from fusecentre_app.services import accounts
from fusecentre_app.services import inspection as inspections
from fusecentre_app.services.inspection import SAMPLE_OUTCOMES, InspectionInfo
from fusecentre_app.services.register import centre_heading, gather_register
from tests.reports.conftest import CENTRE, DAY, END
from tests.reports.pdfread import PAGE_OF, lines, words
from tests.support import demo_user

INSPECTOR = "Sushil Kumar Sinha"
REMARKS = (
    "Register kept well. JE to explain the unrestored supply at Naya Bazar. दो उपभोक्ता नहीं मिले।"
)
NOTES = ("Supply came back the same evening", "उपभोक्ता ने बताया बिजली नहीं आई", "", "")
NOT_CALLED_BECAUSE = "number switched off all afternoon"


def _inspect(db: Database, *, digest: str | None = None, finish: bool = True) -> InspectionInfo:
    """An inspection of DAY with a printed register's digest checked (or the one given), four
    of its five sample results recorded, and (if `finish`) its remarks."""
    user = accounts.create_user(
        db,
        username="sksinha",
        full_name=INSPECTOR,
        password="inspect-pass",
        centre_id=None,
        role="inspector",
    )
    data = gather_register(db, CENTRE, DAY, generated_by="Clerk", now=END)
    inspections.record_print(
        db,
        centre_code=CENTRE,
        day=DAY,
        kind="register",
        digest=data.digest,
        cut_event_id=data.cut_event_id,
        pages=1,
        by=demo_user(db),
        now=END,
    )
    info = inspections.start_inspection(
        db,
        CENTRE,
        DAY,
        inspector_id=user.id,
        sample_size=5,
        seed=7,
        printed_digest=data.digest if digest is None else digest,
        cut_event_id=None if digest is None else data.cut_event_id,
        now=END + timedelta(hours=1),
    )
    assert len(info.sample) == 5
    for i, (line, outcome) in enumerate(zip(info.sample, SAMPLE_OUTCOMES, strict=False)):
        inspections.record_sample(
            db,
            line.id,
            outcome,
            NOTES[i],
            user_id=user.id,
            now=END + timedelta(hours=1, minutes=5 * (i + 1)),
        )
    if finish:
        inspections.record_sample(
            db, info.sample[4].id, "not_called", NOT_CALLED_BECAUSE, user_id=user.id
        )
        return inspections.finish_inspection(
            db, info.id, REMARKS, user_id=user.id, now=END + timedelta(hours=2)
        )
    return inspections.inspection_info(db, info.id)


def _read(db: Database, info: InspectionInfo) -> PdfReader:
    pdf = inspection_bytes(info, centre_heading(db, CENTRE), generated_by="Division office")
    return PdfReader(io.BytesIO(pdf))


def test_the_report_says_who_inspected_what_and_what_was_found(demo_db: Database) -> None:
    info = _inspect(demo_db)
    reader = _read(demo_db, info)
    text = "\n".join(p.extract_text() for p in reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        page_text = page.extract_text()
        assert PAGE_OF.findall(page_text) == [(str(number), str(len(reader.pages)))]
        assert "Inspection Report" in page_text
        assert "Fuse call centre Buxar (BXR)" in page_text
        assert "Electric Supply Division, Buxar" in page_text
        assert "by Division office" in page_text
    assert INSPECTOR in text
    assert "15-03-2026 13:00, finished 15-03-2026 14:00" in text  # date inspected
    assert "14-03-2026 (Saturday), centre BXR" in text  # day inspected
    assert info.digest_checked and info.digest_checked in text
    assert "Yes: the printed register matches the records" in text
    assert "Register kept well. JE to explain the unrestored supply at Naya Bazar." in text
    assert "Inspecting officer /" in text and "Signature /" in text and "Designation /" in text


def test_the_sample_table_lists_every_line_with_its_outcome(demo_db: Database) -> None:
    info = _inspect(demo_db)
    reader = _read(demo_db, info)
    printed = {}
    for page in reader.pages:
        for line in lines(page):
            found = words(line)
            if len(found) > 1 and found[0].isdigit() and found[1].startswith(f"{CENTRE}-"):
                printed[found[1]] = (int(found[0]), " ".join(found))
    assert [printed[s.docket][0] for s in info.sample] == [1, 2, 3, 4, 5]
    for line in info.sample:
        row = printed[line.docket][1]
        assert outcome_text(line.outcome).split()[0] in row
        if line.caller_mobile:
            assert line.caller_mobile.removeprefix("+91") in row
        if line.called_at is not None:
            assert line.called_at.astimezone(END.tzinfo).strftime("%d-%m %H:%M") in row
        if line.caller_name.isascii():
            assert line.caller_name in row
    text = "\n".join(p.extract_text() for p in reader.pages).replace("\n", " ")
    for outcome in SAMPLE_OUTCOMES:
        assert outcome_text(outcome) in text
    assert "Not called (reason given)" in text and NOT_CALLED_BECAUSE in text  # the fifth line
    assert NOTES[0] in text
    assert outcome_text("never_complained") == "Consumer says no complaint was made"


def test_a_digest_that_did_not_match_and_an_unfinished_inspection(demo_db: Database) -> None:
    info = _inspect(demo_db, digest="0" * 64, finish=False)
    assert info.digest_ok is False
    text = "\n".join(p.extract_text() for p in _read(demo_db, info).pages)
    assert "NO: the printed register does not match the records" in text
    assert "not finished: results may still change" in text
    assert "Not called yet" in text  # the fifth line, still to call
    assert "No remarks recorded yet." in text

    unchecked = replace(info, digest_checked="", digest_ok=None)
    text = "\n".join(p.extract_text() for p in _read(demo_db, unchecked).pages)
    assert "Not checked" in text
    with pytest.raises(ValueError, match="heading"):
        inspection_bytes(info, replace(centre_heading(demo_db, CENTRE), code="DMR"))


def test_the_register_printed_after_an_inspection_carries_its_remarks(demo_db: Database) -> None:
    before = gather_register(demo_db, CENTRE, DAY, generated_by="Clerk", now=END)
    assert before.inspection_remarks == ()
    _inspect(demo_db)
    after = gather_register(
        demo_db, CENTRE, DAY, generated_by="Clerk", now=END + timedelta(hours=3)
    )
    (remark,) = after.inspection_remarks
    assert remark.startswith(f"{INSPECTOR}, 15-03-2026 14:00: draw 1 at 15-03 13:00: 5 of ")
    assert "1 of 5 sampled consumers confirmed (1 not called, reasons given)" in remark
    assert "digest matched" in remark and "Register kept well." in remark
    reader = PdfReader(io.BytesIO(register_bytes(after)))
    last = reader.pages[-1].extract_text()
    assert "Inspection remarks /" in last
    assert "Inspecting officer: remarks" not in last
    flat = last.replace("\n", " ")
    assert "Register kept well. JE to explain the unrestored supply at Naya Bazar." in flat
    assert f"{INSPECTOR}, 15-03-2026 14:00" in flat
    # the empty box, for the inspector to write in, when there are none
    empty = PdfReader(io.BytesIO(register_bytes(before))).pages[-1].extract_text()
    assert "Inspecting officer: remarks" in empty and "Inspection remarks /" not in empty
