"""The docket slip for a walk-in caller: one A6 page with the docket, the complaint and the
SoP time, Hindi shaped as HarfBuzz shapes it."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from pypdf import PdfReader

from fusecentre_app.reports.printing import docket_slip_pdf
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from tests.reports.test_text import _harfbuzz_pattern

T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def test_the_slip_is_one_a6_page_in_both_languages(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    logged = log_complaint(
        db,
        ComplaintDraft(
            caller_mobile="9835012345",
            caller_name="शत्रुघ्न क्षत्रिय",
            locality="Thatheri Bazar",
            landmark="पंचायत भवन के पास",
            type_code="FUSE_OFF",
        ),
        centre_id=centre.id,
        user_id=clerk.id,
        now=T0,
    )
    slip = docket_slip_pdf(db, logged.id, given_by=clerk.full_name, now=T0)
    reader = PdfReader(io.BytesIO(slip.pdf))
    (page,) = reader.pages
    assert slip.pages == 1
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (298, 420)
    text = page.extract_text()
    for fact in (logged.docket, "Fuse blown", "01-06-2026 14:30", "98350 12345", "Asha Kumari"):
        assert fact in text
    for word in ("क्षत्रिय", "शिकायत", "संख्या"):
        assert _harfbuzz_pattern(word).search(text), word
    assert "क्षत्रिय" not in text  # the unshaped form
