"""The negligence case file printed from the demo store: its facts against the store and the
accountability table, and what the PDF says (pages, dockets, event numbers, digests)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from fusecentre_app.db.engine import Database, open_database
from fusecentre_app.reports.negligence import negligence_bytes
from fusecentre_app.services.accountability import accountability
from fusecentre_app.services.masterdata import centre_by_code
from fusecentre_app.services.negligence import NegligenceFile, gather_file
from fusecentre_app.services.register_check import register_digest
from tests.reports.conftest import CENTRE, END
from tests.reports.pdfread import PAGE_OF, runs

FIRST, LAST = date(2026, 3, 13), date(2026, 3, 15)


@pytest.fixture(scope="module")
def demo(demo_path):  # type: ignore[no-untyped-def]
    db = open_database(demo_path, migrate=False)
    yield db
    db.dispose()


def _worst(db: Database) -> int:
    """The demo officer with the most breaches at the register's centre."""
    centre = centre_by_code(db, CENTRE)
    return accountability(db, centre.id, FIRST, LAST, now=END)[0].officer_id


@pytest.fixture(scope="module")
def case(demo: Database) -> NegligenceFile:
    from sqlalchemy import select

    from fusecentre_app.db.models import Officer

    with demo.read() as s:
        employee_id = s.scalar(select(Officer.employee_id).where(Officer.id == _worst(demo)))
    assert employee_id is not None
    return gather_file(demo, employee_id, FIRST, LAST, now=END)


def test_the_figures_are_the_accountability_tables(demo: Database, case: NegligenceFile) -> None:
    totals = [0, 0, 0, 0]
    for code in case.officer.centres or (CENTRE,):
        centre = centre_by_code(demo, code)
        for r in accountability(demo, centre.id, FIRST, LAST, now=END):
            if r.officer_id == case.officer.id:
                totals = [
                    t + v
                    for t, v in zip(
                        totals,
                        (r.assigned, r.sop_breaches, r.unanswered_attempts, r.reopened),
                        strict=True,
                    )
                ]
    assert totals == [
        len(case.assignments),
        len(case.breaches),
        case.unanswered,
        len(case.reopenings),
    ]
    assert case.breaches and case.reopenings  # the demo's worst officer has both
    assert case.hours_late == pytest.approx(sum(b.hours_late for b in case.breaches))
    assert all(b.hours_late > 0 for b in case.breaches)
    assert [a.at for a in case.assignments] == sorted(a.at for a in case.assignments)


def test_every_day_digest_is_the_registers(demo: Database, case: NegligenceFile) -> None:
    days = {(a.complaint.centre_code, a.complaint.day) for a in case.assignments}
    days |= {(b.complaint.centre_code, b.complaint.day) for b in case.breaches}
    assert {(d.centre_code, d.day) for d in case.days} == days
    for proof in case.days:
        assert proof.digest == register_digest(
            demo, proof.centre_code, proof.day, proof.cut_event_id
        )


def test_the_pdf_says_it_all(case: NegligenceFile) -> None:
    pdf, pages = negligence_bytes(case, generated_by="Test EE")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == pages >= 1
    text = "\n".join(page.extract_text() for page in reader.pages)
    for n, page in enumerate(reader.pages, start=1):
        found = PAGE_OF.search(page.extract_text())
        assert found and (int(found[1]), int(found[2])) == (n, pages)
    o = case.officer
    assert o.name_en in text and o.employee_id in text and "Negligence Case File" in text
    assert "Summary" in text and "Hours late in all" in text
    flat = " ".join(text.split())
    for a in case.assignments:
        assert a.complaint.docket in text and f"#{a.event_id}" in text
    for b in case.breaches:
        assert f"{b.hours_late:.1f}" in text and f"#{b.holder_event_id}" in text
    for r in case.reopenings:
        assert f"#{r.reopened_event_id}" in text
    for d in case.days:
        assert d.digest in text
    assert "fusecentre verify --centre" in flat and "--digest" in flat
    first = runs(reader.pages[0])
    assert any(r.font.startswith("NotoSansDevanagari") for r in first)  # Hindi headings, shaped
