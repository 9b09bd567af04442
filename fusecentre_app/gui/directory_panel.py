"""The officer directory: a tree by hierarchy (EE → SDO → JE → lineman) with each officer's
designation, numbers and jurisdiction; a search by name, number, feeder or village; one
click to contact; and the CSV (or .xlsx) import and the CSV export the office publishes the
list in.

An import is checked first (nothing saved) and its counts shown before the clerk confirms;
a file with any bad row is refused whole, and every problem is listed with its row.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.domain.phone import display_phone
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.gui.contact_panel import ContactDialog
from fusecentre_app.gui.labels import designation_text
from fusecentre_app.gui.messages import shown
from fusecentre_app.gui.operations import Changed, Changes, DeskOp
from fusecentre_app.gui.screen_fit import once_settled
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services import directory
from fusecentre_app.services.officers import DirectoryEntry, directory_entries, matching_officers

ID_ROLE = Qt.ItemDataRole.UserRole


class DirectoryPanel(QWidget):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entries: dict[int, DirectoryEntry] = {}
        self.contact_dialog: ContactDialog | None = None
        self.search = QLineEdit()
        self.search.setObjectName("directorySearch")
        self.search.setClearButtonEnabled(True)
        self.contact_button = QPushButton()
        self.contact_button.setObjectName("contact")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importCsv")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportCsv")
        self.tree = QTreeWidget()
        self.tree.setObjectName("directoryTree")
        self.tree.setColumnCount(6)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.setAlternatingRowColors(True)
        self.status = QLabel()
        self.status.setObjectName("directoryStatus")
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.contact_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)

        self.import_button.setVisible(session.may(UseCase.IMPORT_DIRECTORY))
        self.session.changed.connect(self._changed)
        self.search.textChanged.connect(self._filter)
        self.contact_button.clicked.connect(self.contact_selected)
        self.tree.itemActivated.connect(lambda _item, _col: self.contact_selected())
        self.import_button.clicked.connect(self.import_csv)
        self.export_button.clicked.connect(self.export_csv)
        self._retranslate_controls()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            once_settled(self, self._retranslated)
        super().changeEvent(event)

    def _retranslated(self) -> None:
        """Another language: the controls and the officers' rows say it; the search typed
        and the officer chosen stay."""
        self._retranslate_controls()
        chosen = self.selected_id()
        self.refresh()  # the jurisdictions' words
        if chosen is not None:
            self.select_officer(chosen)

    def _retranslate_controls(self) -> None:
        self.search.setAccessibleName(self.tr("Search officers"))
        self.search.setPlaceholderText(self.tr("Search name, mobile, feeder or village"))
        self.contact_button.setText(self.tr("&Contact…"))
        self.import_button.setText(self.tr("Imp&ort CSV/Excel…"))
        self.export_button.setText(self.tr("&Export CSV…"))
        self.tree.setAccessibleName(self.tr("Officers by rank"))
        self.tree.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Designation"),
                self.tr("Mobile"),
                self.tr("Alternate"),
                self.tr("Employee id"),
                self.tr("Jurisdiction"),
            ]
        )

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Changed.DIRECTORY) and changes.source is not self:
            self.refresh()

    def refresh(self) -> None:
        """Read the directory again; the officer chosen and the ranks folded stay so (the
        first read unfolds every rank)."""
        first = not self.entries
        chosen = self.selected_id()
        folded = {i.data(0, ID_ROLE) for i in self._all_items() if not i.isExpanded()}
        self.entries = {e.id: e for e in directory_entries(self.session.db)}
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for entry in self.entries.values():
            items[entry.id] = self._item(entry)
        for entry in self.entries.values():  # EE first down to linemen, then by name
            parent = items.get(entry.reports_to_id) if entry.reports_to_id else None
            if parent is None or parent is items[entry.id]:
                self.tree.addTopLevelItem(items[entry.id])
            else:
                parent.addChild(items[entry.id])
        self.tree.expandAll()
        if not first:
            for officer_id, item in items.items():
                item.setExpanded(officer_id not in folded)
        self._filter()
        if chosen is not None and chosen in items and not items[chosen].isHidden():
            self.tree.setCurrentItem(items[chosen])

    def _item(self, e: DirectoryEntry) -> QTreeWidgetItem:
        place = ", ".join(e.subdivisions_en) or e.division_en
        if e.feeder_codes:
            place += " · " + self.tr("feeders %1").replace("%1", ", ".join(e.feeder_codes))
        item = QTreeWidgetItem(
            [
                f"{e.name_en} / {e.name_hi}",
                designation_text(e.designation),
                display_phone(e.mobile),
                display_phone(e.alternate_mobile) if e.alternate_mobile else "",
                e.employee_id,
                place,
            ]
        )
        item.setData(0, ID_ROLE, e.id)
        if not e.active:
            item.setForeground(0, Qt.GlobalColor.gray)
        return item

    def _all_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            found.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    def _filter(self, *_args: object) -> None:
        """Show the matching officers and those above them (so the tree still reads)."""
        text = self.search.text()
        matches = matching_officers(self.session.db, text) if text.strip() else None
        shown = 0
        for item in self._all_items():
            hit = matches is None or item.data(0, ID_ROLE) in matches
            item.setHidden(not hit)
            shown += hit
        if matches is not None:
            for item in self._all_items():
                if not item.isHidden():
                    parent = item.parent()
                    while parent is not None:
                        parent.setHidden(False)
                        parent = parent.parent()
        self.status.setText(self.tr("%1 officer(s)").replace("%1", str(shown)))
        if matches:
            hit = next((i for i in self._all_items() if i.data(0, ID_ROLE) in matches), None)
            if hit is not None:
                self.tree.setCurrentItem(hit)

    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, ID_ROLE)

    def select_officer(self, officer_id: int) -> None:
        for item in self._all_items():
            if item.data(0, ID_ROLE) == officer_id:
                self.tree.setCurrentItem(item)
                return

    # -- actions ----------------------------------------------------------------------------

    def contact_selected(self) -> ContactDialog | None:
        officer_id = self.selected_id()
        if officer_id is None:
            self.status.setText(self.tr("Choose an officer first."))
            return None
        if self.contact_dialog is not None:
            self.contact_dialog.close()
            self.contact_dialog.deleteLater()
        self.contact_dialog = ContactDialog(self.session, officer_id=officer_id, parent=self)
        self.contact_dialog.show()
        return self.contact_dialog

    def import_csv(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import officer directory"),
            "",
            self.tr("Spreadsheets (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name)
        check = DeskOp(
            self.session,
            self,
            lambda: directory.import_officers(
                self.session.db, path, by=self.session.user.id, dry_run=True
            ),
            changes=Changed.NOTHING,
        ).on_refused(lambda text: self._not_imported(check, path, text))
        preview = check.run()
        if preview is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Import officer directory"),
            self.tr("%1: %2 to add, %3 to update, %4 unchanged. Import now?")
            .replace("%1", path.name)
            .replace("%2", str(preview.added))
            .replace("%3", str(preview.updated))
            .replace("%4", str(preview.unchanged)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        write = DeskOp(
            self.session,
            self,
            lambda: directory.import_officers(self.session.db, path, by=self.session.user.id),
            changes=Changed.DIRECTORY,
        ).on_refused(lambda text: self._not_imported(write, path, text))
        done = write.run()
        if done is None:
            return
        self.refresh()
        self.status.setText(
            self.tr("Imported %1: %2 added, %3 updated, %4 unchanged.")
            .replace("%1", path.name)
            .replace("%2", str(done.added))
            .replace("%3", str(done.updated))
            .replace("%4", str(done.unchanged))
        )

    def _not_imported(self, op: DeskOp, path: Path, text: str) -> None:  # type: ignore[type-arg]
        if isinstance(op.error, directory.ImportRefused):
            self._show_refusal(path, op.error)
        else:
            QMessageBox.warning(self, self.tr("Not imported"), text)

    def _show_refusal(self, path: Path, exc: directory.ImportRefused) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Not imported"))
        box.setText(
            self.tr("%1 was not imported: %2 problem(s). Nothing was changed.")
            .replace("%1", path.name)
            .replace("%2", str(len(exc.problems)))
        )
        problems = [shown(p.as_message()) for p in exc.problems]
        box.setDetailedText("\n".join(problems))
        self.status.setText(box.text() + "\n" + "\n".join(problems[:5]))
        box.exec()

    def export_csv(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export officer directory"),
            "officers.csv",
            self.tr("CSV files (*.csv)"),
        )
        if not name:
            return
        count = DeskOp(
            self.session,
            self,
            lambda: directory.export_officers(self.session.db, Path(name)),
            changes=Changed.NOTHING,
        ).run()
        if count is None:
            return
        self.status.setText(
            self.tr("Exported %1 officers to %2.").replace("%1", str(count)).replace("%2", name)
        )
