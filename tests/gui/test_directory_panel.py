"""The directory tab: the tree by hierarchy, search by name, number, feeder and village,
contact from the directory, and CSV import and export through the (mocked) file dialogs."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from fusecentre_app.db.models import Officer, OfficerFeeder
from fusecentre_app.gui.directory_panel import ID_ROLE, DirectoryPanel
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.paths import seeds_dir

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot, desk, supervisor) -> DirectoryPanel:  # type: ignore[no-untyped-def]
    """The directory as the JE in charge sees it (a supervisor may import)."""
    widget = DirectoryPanel(DeskSession(desk.db, supervisor, desk.centre))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def visible_ids(panel: DirectoryPanel) -> set[int]:
    return {i.data(0, ID_ROLE) for i in panel._all_items() if not i.isHidden()}


def officers(db) -> list[tuple]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        people = s.execute(
            select(
                Officer.employee_id,
                Officer.name_en,
                Officer.name_hi,
                Officer.designation,
                Officer.mobile,
                Officer.alternate_mobile,
                Officer.reports_to_id,
            ).order_by(Officer.id)
        ).all()
        links = s.execute(select(OfficerFeeder.officer_id, OfficerFeeder.feeder_id)).all()
    return [tuple(p) for p in people] + sorted(tuple(x) for x in links)


def test_tree_follows_the_hierarchy(panel, db) -> None:  # type: ignore[no-untyped-def]
    tree = panel.tree
    assert tree.topLevelItemCount() == 1
    ee = tree.topLevelItem(0)
    assert ee.text(1) == "EE" and ee.childCount() >= 2
    sdo = ee.child(0)
    assert sdo.text(1) == "SDO"
    je = sdo.child(0)
    assert je.text(1) == "JE" and "feeders F-" in je.text(5)
    assert all(je.child(i).text(1) == "Lineman" for i in range(je.childCount()))
    assert " / " in ee.text(0) and any("\u0900" <= ch <= "\u097f" for ch in ee.text(0))
    with db.read() as s:
        total = s.scalar(select(Officer.id).order_by(Officer.id.desc()).limit(1))
    assert len(panel._all_items()) == total
    # An SDO's jurisdiction is that of everyone below: its sub-division and feeders.
    assert "Sub-Division" in sdo.text(5) and "F-" in sdo.text(5)


def test_search_by_name_number_feeder_and_village(qtbot, panel, db) -> None:  # type: ignore[no-untyped-def]
    with db.read() as s:
        lineman = s.scalar(select(Officer).where(Officer.designation == "LINEMAN"))
        feeder_officers = set(
            s.scalars(
                select(OfficerFeeder.officer_id)
                .join(Officer, Officer.id == OfficerFeeder.officer_id)
                .where(OfficerFeeder.feeder_id == 1)
            )
        )
    qtbot.keyClicks(panel.search, lineman.name_en.split()[0])
    assert lineman.id in visible_ids(panel)
    assert panel.selected_id() is not None
    panel.search.clear()
    qtbot.keyClicks(panel.search, lineman.mobile[-6:])
    assert lineman.id in visible_ids(panel)
    panel.search.setText("F-BXR-01")
    shown = visible_ids(panel)
    assert feeder_officers <= shown
    panel.search.setText("Thatheri Bazar")  # a village on F-BXR-01
    assert feeder_officers <= visible_ids(panel)
    panel.search.setText(lineman.name_hi)
    assert lineman.id in visible_ids(panel)
    panel.search.setText("no such person zzz")
    assert "0 officer(s)" in panel.status.text()
    panel.search.clear()
    assert len(visible_ids(panel)) == len(panel._all_items())


class Catcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(bytes(url.toEncoded()).decode())


def test_contact_from_the_directory(qtbot, panel, db) -> None:  # type: ignore[no-untyped-def]
    catcher = Catcher()
    QDesktopServices.setUrlHandler("tel", catcher, "open")
    try:
        with db.read() as s:
            je = s.scalar(select(Officer).where(Officer.designation == "JE"))
        panel.select_officer(je.id)
        dialog = panel.contact_selected()
        assert dialog is not None and dialog.person().id == je.id
        dialog.call_button.click()
        assert catcher.urls == [f"tel:{je.mobile}"]
    finally:
        QDesktopServices.unsetUrlHandler("tel")


def test_import_and_export_through_the_file_dialogs(qtbot, panel, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "officers.csv"
    with patch.object(QFileDialog, "getSaveFileName", return_value=(str(out), "")):
        panel.export_button.click()
    assert out.exists() and "Exported" in panel.status.text()
    text = out.read_text(encoding="utf-8-sig")
    # One more lineman, and one officer's number changed.
    lines = text.splitlines()
    last = lines[-1].split(",")
    new = ["E9999", "Naya Lineman", "नया लाइनमैन", "LINEMAN", "9431055555", "", last[6], last[7]]
    edited = out.with_name("edited.csv")
    edited.write_text("\r\n".join([*lines, ",".join(new)]) + "\r\n", encoding="utf-8-sig")
    before = officers(db)
    yes = QMessageBox.StandardButton.Yes
    with (
        patch.object(QFileDialog, "getOpenFileName", return_value=(str(edited), "")),
        patch.object(QMessageBox, "question", return_value=yes) as asked,
    ):
        panel.import_button.click()
    assert "1 to add, 0 to update" in asked.call_args.args[2]
    assert "1 added" in panel.status.text()
    with db.read() as s:
        added = s.scalar(select(Officer).where(Officer.employee_id == "E9999"))
    assert added is not None and added.name_hi == "नया लाइनमैन" and added.mobile == "+919431055555"
    assert any("नया लाइनमैन" in item.text(0) for item in panel._all_items())

    # A file with a bad row is refused whole and names the row.
    bad = out.with_name("bad.csv")
    broken = ["E9998", "=cmd|' /C calc'!A0", "", "LINEMAN", "12345", "", "", ""]
    bad.write_text("\r\n".join([*lines, ",".join(broken)]) + "\r\n", encoding="utf-8-sig")
    before = officers(db)
    with (
        patch.object(QFileDialog, "getOpenFileName", return_value=(str(bad), "")),
        patch.object(QMessageBox, "exec", return_value=0) as shown,
        patch.object(QMessageBox, "question") as asked,
    ):
        panel.import_button.click()
    assert shown.called and not asked.called
    row = len(lines) + 1
    assert f"row {row}" in panel.status.text() and "Nothing was changed" in panel.status.text()
    assert officers(db) == before


def test_a_clerk_is_not_offered_the_import_and_is_refused_in_the_service(
    qtbot, desk, db, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    clerks = DirectoryPanel(desk)
    qtbot.addWidget(clerks)
    assert not clerks.import_button.isVisibleTo(clerks) and clerks.export_button.isVisibleTo(clerks)
    before = officers(db)
    with (
        patch.object(
            QFileDialog, "getOpenFileName", return_value=(str(seeds_dir() / "officers.csv"), "")
        ),
        patch.object(QMessageBox, "warning") as warned,
    ):
        clerks.import_button.click()  # a hidden button still clicked: the service says no
    assert "supervisor or an administrator" in warned.call_args.args[2]
    assert officers(db) == before


def test_cancelled_dialogs_do_nothing(panel, db) -> None:  # type: ignore[no-untyped-def]
    before = officers(db)
    with patch.object(QFileDialog, "getOpenFileName", return_value=("", "")):
        panel.import_button.click()
    with patch.object(QFileDialog, "getSaveFileName", return_value=("", "")):
        panel.export_button.click()
    assert officers(db) == before and not list(Path.cwd().glob("officers.csv"))
