"""The register printed as its rows are read (`register_run`), in the same memory for a day of
any size: the same pages as the register gathered whole, a streamed table breaking where the
whole table breaks, and what the text setter remembers bounded."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from fusecentre_app.db.engine import open_database
from fusecentre_app.reports import register_cells as cells
from fusecentre_app.reports.fonts import REGULAR
from fusecentre_app.reports.grid import Caption, Grid, StreamGrid
from fusecentre_app.reports.page import WIDTH, Masthead, Styles, build
from fusecentre_app.reports.printing import register_pdf
from fusecentre_app.reports.register import render_register
from fusecentre_app.reports.text import REMEMBERED, Setter
from fusecentre_app.services.register import CentreHeading, register_run
from tests.reports.conftest import CENTRE, DAY, END, Printed


def _contents(pdf: bytes) -> list[bytes]:
    return [page.get_contents().get_data() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_register_printed_as_it_is_read_is_the_one_gathered_whole(
    demo_path: Path, printed: Printed
) -> None:
    db = open_database(demo_path, migrate=False)
    buffer = io.BytesIO()
    try:
        with register_run(db, CENTRE, DAY, generated_by="Test Inspector", now=END) as run:
            pages = render_register(run, buffer)
    finally:
        db.dispose()
    assert run.received == len(printed.data.rows) > 100
    assert run.digest == printed.data.digest
    assert run.summary == printed.data.summary and run.shifts == printed.data.shifts
    assert pages == len(printed.reader.pages) > 3
    # Page for page the same drawing operators (the footer with the digest is a form).
    assert _contents(buffer.getvalue()) == _contents(printed.pdf)
    footer = printed.reader.pages[-1].extract_text()
    assert printed.data.digest in footer
    assert printed.data.digest in PdfReader(buffer).pages[-1].extract_text()


def test_the_desk_and_the_command_line_print_the_register_as_it_is_read(
    demo_path: Path, printed: Printed
) -> None:
    """`register_pdf` (the desk's register dialog, `fusecentre register`) prints through
    `register_run`: the pages of the register gathered whole, and the facts its record
    needs, without the day's rows."""
    db = open_database(demo_path, migrate=False)
    try:
        made = register_pdf(db, CENTRE.lower(), DAY, user_name="Test Inspector", now=END)
    finally:
        db.dispose()
    assert _contents(made.pdf) == _contents(printed.pdf)
    whole = printed.data
    assert (made.centre_code, made.day, made.pages) == (CENTRE, DAY, len(printed.reader.pages))
    assert (made.complaints, made.digest, made.cut_event_id) == (
        len(whole.rows),
        whole.digest,
        whole.cut_event_id,
    )
    assert f"{len(whole.rows)} complaints, {made.pages} pages, digest {whole.digest}" in (
        made.summary
    )
    assert not hasattr(made, "data") and not hasattr(made, "rows")


def _table_pdf(streamed: bool) -> bytes:
    styles = Styles()
    columns = cells.with_remarks(cells.CARRIED_COLUMNS, WIDTH)
    rows = [
        tuple(
            f"{i} शिकायत {'बहुत लंबी पंक्ति ' * (i % 7)}" if j == len(columns) - 1 else f"{i}-{j}"
            for j in range(len(columns))
        )
        for i in range(400)
    ]
    caption = Caption("Rows / पंक्तियाँ", styles.heading)
    table = (
        StreamGrid(columns, iter(rows), styles.grid, caption=caption)
        if streamed
        else Grid(columns, rows, styles.grid, caption=caption)
    )
    head = Masthead(
        CentreHeading("BXR", "Buxar", "बक्सर", "", "", "Division", "प्रमंडल"),
        "Test / परीक्षण",
        ("Right",),
        ("Footer",),
    )
    buffer = io.BytesIO()
    build([table], buffer, head, styles, title="t", author="a", subject="s", creator="c")
    return buffer.getvalue()


def test_a_streamed_table_breaks_where_the_whole_table_breaks() -> None:
    whole, streamed = _table_pdf(False), _table_pdf(True)
    assert len(_contents(whole)) > 10
    assert _contents(streamed) == _contents(whole)


def test_each_page_is_compressed() -> None:
    for page in PdfReader(io.BytesIO(_table_pdf(True))).pages:
        assert page["/Contents"].get_object()["/Filter"] == ["/FlateDecode"]


def test_what_a_setter_remembers_is_bounded() -> None:
    setter = Setter(REGULAR, 6.5)
    first = setter.lines("Ramesh Kumar, 9801234567", 60)
    for i in range(3 * REMEMBERED):
        setter.lines(f"caller {i} गाँव {i}", 60)
    assert len(setter._lines) <= REMEMBERED and len(setter._words) <= REMEMBERED
    assert setter.lines("Ramesh Kumar, 9801234567", 60) == first  # set again, the same
