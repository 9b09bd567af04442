"""The correction form when another desk changed the complaint meanwhile: the save is
refused, the form shows the record as it is now with the clerk's corrections kept over it,
and saving again puts the correction on record."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from fusecentre_app.db.models import ComplaintEvent, Officer
from fusecentre_app.gui.correction_dialog import CorrectionDialog
from fusecentre_app.services import accounts, lifecycle
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.details import complaint_detail
from tests.conftest import PASSWORD

pytestmark = pytest.mark.gui


def test_a_correction_refused_as_stale_keeps_what_the_clerk_typed(qtbot, desk, db, centre) -> None:  # type: ignore[no-untyped-def]
    logged = log_complaint(
        db,
        ComplaintDraft(caller_mobile="9835012345", locality="Sohni Patti", type_code="FUSE_OFF"),
        centre_id=centre.id,
        user_id=desk.user.id,
    )
    dialog = CorrectionDialog(desk, complaint_detail(db, logged.id))
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.landmark.setText("behind the school")
    qtbot.keyClicks(dialog.reason, "caller gave the landmark again")

    # Meanwhile at the next desk: Ravi assigns it, and corrects the village.
    ravi = accounts.create_user(
        db, username="ravi", full_name="Ravi Kumar", password=PASSWORD, centre_id=centre.id
    )
    with db.read() as s:
        lineman = int(s.scalar(select(Officer.id).where(Officer.designation == "LINEMAN")))
    lifecycle.assign(db, logged.id, lineman, user_id=ravi.id)
    from fusecentre_app.services.corrections import amend_complaint

    amend_complaint(db, logged.id, {"locality": "Sohni"}, "spelling", user_id=ravi.id)

    dialog.save()
    assert dialog.isVisible()
    assert "changed at another desk" in dialog.error.text()
    assert "corrections are kept" in dialog.error.text()
    assert dialog.landmark.text() == "behind the school"  # what the clerk typed
    assert dialog.locality.text() == "Sohni"  # the other desk's correction, shown
    assert dialog.reason.text() == "caller gave the landmark again"
    dialog.save()
    assert not dialog.isVisible()
    with db.read() as s:
        changes = [
            e.data["changes"]
            for e in s.scalars(
                select(ComplaintEvent)
                .where(ComplaintEvent.complaint_id == logged.id, ComplaintEvent.kind == "amended")
                .order_by(ComplaintEvent.id)
            )
        ]
    assert changes[-1] == {"landmark": ["", "behind the school"]}  # Ravi's village stands
