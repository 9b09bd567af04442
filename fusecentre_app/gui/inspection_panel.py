"""The inspector's view: open any day's register, check a printed digest against the
records, draw a random sample of the day's closed complaints to call back, record what each
consumer said, and finish with remarks and an inspection report (PDF). The inspector changes
no complaint; the remarks appear in that day's register when it is printed again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.domain.enums import Status
from fusecentre_app.domain.phone import display_phone
from fusecentre_app.domain.timeutil import format_local, local_day, utcnow
from fusecentre_app.gui.labels import status_text
from fusecentre_app.gui.messages import qt_lookup, shown
from fusecentre_app.gui.operations import Changed, DeskOp
from fusecentre_app.gui.pdf_dialogs import RegisterDialog
from fusecentre_app.gui.printing import PrintJob, choose_printer, start_print
from fusecentre_app.gui.screen_fit import once_settled
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services import inspection
from fusecentre_app.services.errors import ServiceError
from fusecentre_app.services.masterdata import list_centres
from fusecentre_app.services.settings import SAMPLE_SIZE, setting

OUTCOME_LABELS = {
    "confirmed": QT_TRANSLATE_NOOP("InspectionPanel", "Supply restored"),
    "not_restored": QT_TRANSLATE_NOOP("InspectionPanel", "Not restored"),
    "unreachable": QT_TRANSLATE_NOOP("InspectionPanel", "Unreachable"),
    "never_complained": QT_TRANSLATE_NOOP("InspectionPanel", "No complaint made"),
    "not_called": QT_TRANSLATE_NOOP("InspectionPanel", "Not called (say why)"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("InspectionPanel", "Docket"),
    QT_TRANSLATE_NOOP("InspectionPanel", "Consumer"),
    QT_TRANSLATE_NOOP("InspectionPanel", "Mobile"),
    QT_TRANSLATE_NOOP("InspectionPanel", "Village"),
    QT_TRANSLATE_NOOP("InspectionPanel", "Type"),
    QT_TRANSLATE_NOOP("InspectionPanel", "Status"),
    QT_TRANSLATE_NOOP("InspectionPanel", "Result"),
    QT_TRANSLATE_NOOP("InspectionPanel", "Note, or why not called"),
    QT_TRANSLATE_NOOP("InspectionPanel", "Call"),
)
STATUS_COLUMN, RESULT_COLUMN, NOTE_COLUMN, CALL_COLUMN = 5, 6, 7, 8


class InspectionPanel(QWidget):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.current: inspection.InspectionInfo | None = None
        self.register_dialog: RegisterDialog | None = None
        self.centre = QComboBox()
        self.centre.setObjectName("centre")
        for c in list_centres(session.db):
            self.centre.addItem(f"{c.code} · {c.name_en} / {c.name_hi}", c.code)
        self.centre.setCurrentIndex(max(0, self.centre.findData(session.centre.code)))
        yesterday = local_day(utcnow()).toordinal() - 1
        day = date.fromordinal(yesterday)
        self.date = QDateEdit(QDate(day.year, day.month, day.day))
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.open_register_button = QPushButton()
        self.open_register_button.setObjectName("openRegister")
        self.digest = QLineEdit()
        self.digest.setObjectName("digest")
        self.check_button = QPushButton()
        self.check_button.setObjectName("checkDigest")
        self.digest_result = QLabel()
        self.digest_result.setObjectName("digestResult")
        self.digest_result.setWordWrap(True)
        self.size = QSpinBox()
        self.size.setObjectName("sampleSize")
        self.size.setRange(SAMPLE_SIZE.low, SAMPLE_SIZE.high)
        self.size.setValue(setting(session.db, SAMPLE_SIZE))
        self.start_button = QPushButton()
        self.start_button.setObjectName("drawSample")
        self.again_button = QPushButton()
        self.again_button.setObjectName("drawAgain")
        self.again_button.setEnabled(False)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("sample")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.remarks = QPlainTextEdit()
        self.remarks.setObjectName("remarks")
        self.remarks.setMaximumHeight(90)
        self.finish_button = QPushButton()
        self.finish_button.setObjectName("finish")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printReport")
        self.print_button.setEnabled(False)  # once the inspection is finished
        self.job: PrintJob | None = None
        self.status = QLabel()
        self.status.setObjectName("inspectionStatus")
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.centre)
        self.day_label = QLabel()
        top.addWidget(self.day_label)
        top.addWidget(self.date)
        top.addWidget(self.open_register_button)
        top.addStretch(1)
        check = QHBoxLayout()
        check.addWidget(self.digest, 1)
        check.addWidget(self.check_button)
        sample = QHBoxLayout()
        self.size_label = QLabel()
        sample.addWidget(self.size_label)
        sample.addWidget(self.size)
        sample.addWidget(self.start_button)
        sample.addWidget(self.again_button)
        sample.addStretch(1)
        end = QHBoxLayout()
        end.addWidget(self.remarks, 1)
        end.addWidget(self.finish_button)
        end.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(check)
        layout.addWidget(self.digest_result)
        layout.addLayout(sample)
        layout.addWidget(self.table, 1)
        layout.addLayout(end)
        layout.addWidget(self.status)

        self.open_register_button.clicked.connect(self.open_register)
        self.check_button.clicked.connect(self.check_digest)
        self.start_button.clicked.connect(lambda: self.start())
        self.again_button.clicked.connect(lambda: self.draw_again())
        self.finish_button.clicked.connect(self.finish)
        self.finish_button.setEnabled(False)
        self.print_button.clicked.connect(lambda: self.print_report())
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            once_settled(self, self._retranslate)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Every word of the tab in the language now installed; the digest, the remarks and
        each result and note typed for the sample stay as they are."""
        self.open_register_button.setText(self.tr("Open &register…"))
        self.day_label.setText(self.tr("Day"))
        self.date.setAccessibleName(self.tr("Day"))
        self.digest.setPlaceholderText(self.tr("digest printed on the register (optional)"))
        self.check_button.setText(self.tr("&Check digest"))
        self.size_label.setText(self.tr("Closed complaints to call back"))
        self.size.setAccessibleName(self.tr("How many closed complaints to draw"))
        self.start_button.setText(self.tr("Dra&w sample to call back"))
        self.again_button.setText(self.tr("Draw a&gain (both draws stay on record)"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.remarks.setPlaceholderText(self.tr("Inspection remarks"))
        self.finish_button.setText(self.tr("&Finish and save report…"))
        self.print_button.setText(self.tr("Print r&eport…"))
        for row in range(self.table.rowCount()):
            status = self.table.item(row, STATUS_COLUMN)
            if status is not None and self.current is not None:
                status.setText(status_text(Status(self.current.sample[row].status)))
            result = self.table.cellWidget(row, RESULT_COLUMN)
            if isinstance(result, QComboBox):
                self._outcome_texts(result)
            note = self.table.cellWidget(row, NOTE_COLUMN)
            if note is not None:
                note.setAccessibleName(self.tr("Note, or why the consumer was not called"))
            call = self.table.cellWidget(row, CALL_COLUMN)
            if isinstance(call, QPushButton):
                call.setText(self.tr("Call"))

    def _outcome_texts(self, box: QComboBox) -> None:
        """The choices of a sample line's result (their order is the box's, the chosen one
        stays chosen)."""
        box.setItemText(0, self.tr("— not called yet —"))
        for index, label in enumerate(OUTCOME_LABELS.values(), start=1):
            box.setItemText(index, self.tr(label))

    def day(self) -> date:
        value = self.date.date()
        return date(value.year(), value.month(), value.day())

    def centre_code(self) -> str:
        return str(self.centre.currentData())

    # -- actions ----------------------------------------------------------------------------

    def open_register(self) -> RegisterDialog:
        if self.register_dialog is not None:
            self.register_dialog.close()
            self.register_dialog.deleteLater()
        self.register_dialog = RegisterDialog(self.session, self.day(), parent=self)
        self.register_dialog.centre.setCurrentIndex(
            self.register_dialog.centre.findData(self.centre_code())
        )
        self.register_dialog.show()
        self.register_dialog.preview()
        return self.register_dialog

    def check_digest(self) -> bool | None:
        text = self.digest.text().strip()
        if not text:
            self.digest_result.setText(self.tr("Type the digest printed on the register."))
            return None
        digest = text
        check = (
            DeskOp(
                self.session,
                self,
                lambda: inspection.match_printed_digest(
                    self.session.db, self.centre_code(), self.day(), digest
                ),
                changes=Changed.NOTHING,
            )
            .on_refused(self.digest_result.setText)
            .run()
        )
        if check is None:
            return None
        later = "; ".join(
            f"{shown(e.sentence)} ({format_local(e.at, '%d-%m %H:%M')})" for e in check.later_events
        )
        if check.matches:
            text = self.tr("The printed register matches the records.")
            if later:
                text += " " + self.tr("Recorded through the desk since: %1.").replace("%1", later)
            self.digest_result.setText(text)
            self.digest_result.setStyleSheet("color: #1b5e20; font-weight: bold;")
            return True
        if check.altered_events:
            reason = self.tr("these events no longer match their hashes: %1").replace(
                "%1", ", ".join(str(e) for e in check.altered_events)
            )
        elif check.inconsistent_dockets:
            reason = self.tr("these complaints no longer agree with their history: %1").replace(
                "%1", ", ".join(check.inconsistent_dockets)
            )
        else:
            reason = self.tr("the day's records were changed outside the desk")
        self.digest_result.setText(self.tr("DOES NOT MATCH the records: %1.").replace("%1", reason))
        self.digest_result.setStyleSheet("color: #b00020; font-weight: bold;")
        return False

    def start(self, seed: int | None = None) -> inspection.InspectionInfo | None:
        """Open an inspection of the day and draw its sample (on record at once)."""
        found = (
            DeskOp(
                self.session,
                self,
                lambda: inspection.start_inspection(
                    self.session.db,
                    self.centre_code(),
                    self.day(),
                    inspector_id=self.session.user.id,
                    sample_size=self.size.value(),
                    seed=seed,
                    printed_digest=self.digest.text(),
                ),
                changes=Changed.INSPECTION,
            )
            .on_refused(self.status.setText)
            .run()
        )
        return self._drawn(found)

    def draw_again(self, seed: int | None = None) -> inspection.InspectionInfo | None:
        """A fresh draw for this inspection; the earlier one stays on record."""
        if self.current is None:
            return None
        current = self.current
        found = (
            DeskOp(
                self.session,
                self,
                lambda: inspection.draw_again(
                    self.session.db,
                    current.id,
                    user_id=self.session.user.id,
                    sample_size=self.size.value(),
                    seed=seed,
                ),
                changes=Changed.INSPECTION,
            )
            .on_refused(self.status.setText)
            .run()
        )
        return self._drawn(found)

    def _drawn(self, found: inspection.InspectionInfo | None) -> inspection.InspectionInfo | None:
        if found is None:
            return None
        self.current = found
        self._fill()
        self.finish_button.setEnabled(True)
        self.again_button.setEnabled(True)
        draw = found.draws[-1] if found.draws else None
        self.status.setText(
            self.tr(
                "Inspection %1, draw %2: %3 of %4 closed complaints with a mobile, drawn at "
                "random and on record. Call each consumer, or say why not."
            )
            .replace("%1", str(found.id))
            .replace("%2", str(draw.number if draw else 1))
            .replace("%3", str(len(found.sample)))
            .replace("%4", str(draw.eligible if draw else len(found.sample)))
        )
        return found

    def _fill(self) -> None:
        assert self.current is not None
        lines = self.current.sample
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = [
                line.docket,
                line.caller_name,
                display_phone(line.caller_mobile) if line.caller_mobile else "",
                line.locality,
                f"{line.type_name_en} / {line.type_name_hi}",
                status_text(Status(line.status)),
            ]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
            result = QComboBox()
            result.setObjectName(f"result{row}")
            result.addItem("", None)
            for key in OUTCOME_LABELS:
                result.addItem("", key)
            self._outcome_texts(result)
            if line.outcome:
                result.setCurrentIndex(result.findData(line.outcome))
            note = QLineEdit(line.note)
            note.setObjectName(f"note{row}")
            note.setAccessibleName(self.tr("Note, or why the consumer was not called"))
            result.currentIndexChanged.connect(
                lambda _i, sample_id=line.id, box=result, edit=note: self._result(
                    sample_id, box, edit
                )
            )
            note.editingFinished.connect(
                lambda sample_id=line.id, box=result, edit=note: self._result(sample_id, box, edit)
            )
            self.table.setCellWidget(row, RESULT_COLUMN, result)
            self.table.setCellWidget(row, NOTE_COLUMN, note)
            call = QPushButton(self.tr("Call"))
            call.setObjectName(f"call{row}")
            call.setEnabled(bool(line.caller_mobile))
            call.clicked.connect(lambda _=False, m=line.caller_mobile: self._call(m))
            self.table.setCellWidget(row, CALL_COLUMN, call)
        self.table.resizeColumnsToContents()

    def _call(self, mobile: str | None) -> None:
        if mobile and not QDesktopServices.openUrl(QUrl(f"tel:{mobile}")):
            self.status.setText(
                self.tr("This PC has no app for tel: links; dial %1.").replace(
                    "%1", display_phone(mobile)
                )
            )

    def _result(self, sample_id: int, box: QComboBox, note: QLineEdit) -> None:
        outcome = box.currentData()
        if outcome is None:
            return
        DeskOp(
            self.session,
            self,
            lambda: inspection.record_sample(
                self.session.db, sample_id, outcome, note.text(), user_id=self.session.user.id
            ),
            changes=Changed.INSPECTION,
        ).on_success(lambda _r: self.status.clear()).on_refused(self.status.setText).run()

    def finish(self) -> Path | None:
        if self.current is None:
            return None
        current = self.current
        done = (
            DeskOp(
                self.session,
                self,
                lambda: inspection.finish_inspection(
                    self.session.db,
                    current.id,
                    self.remarks.toPlainText(),
                    user_id=self.session.user.id,
                ),
                changes=Changed.INSPECTION,
            )
            .on_refused(self.status.setText)
            .run()
        )
        if done is None:
            return None
        self.current = done
        self.finish_button.setEnabled(False)
        self.again_button.setEnabled(False)
        self.print_button.setEnabled(True)
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save inspection report"),
            f"inspection-{done.centre_code}-{done.day:%Y-%m-%d}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        self.status.setText(
            self.tr("Inspection %1 finished; its remarks will print in the register.").replace(
                "%1", str(done.id)
            )
        )
        if not name:
            return None
        from fusecentre_app.reports.printing import inspection_pdf, save_pdf_on_record

        def save() -> None:
            printed = inspection_pdf(
                self.session.db, done.id, user_name=self.session.user.full_name, lookup=qt_lookup
            )
            try:
                save_pdf_on_record(
                    printed.pdf,
                    Path(name),
                    lambda: printed.put_on_record(self.session.db, by=self.session.user.id),
                )
            except OSError as exc:
                raise ServiceError(
                    self.tr("The report could not be written to %1: %2")
                    .replace("%1", name)
                    .replace("%2", exc.strerror or str(exc))
                ) from exc

        saved = DeskOp(self.session, self, save, changes=Changed.PRINT).on_refused(
            self.status.setText
        )
        saved.run()
        if saved.error is not None:
            return None
        self.status.setText(self.status.text() + " " + self.tr("Report saved."))
        return Path(name)

    def print_report(self) -> PrintJob | None:
        """The finished inspection's report on paper (A4 landscape, full size; see
        `gui.printing`), on record once the printer has it."""
        from fusecentre_app.reports.printing import PrintedInspection, inspection_pdf

        current = self.current
        if current is None or current.finished_at is None:
            return None
        title = f"inspection-{current.centre_code}-{current.day:%Y-%m-%d}.pdf"
        printer = choose_printer(self, None, title)
        if printer is None:
            return None
        printed: PrintedInspection | None = (
            DeskOp(
                self.session,
                self,
                lambda: inspection_pdf(
                    self.session.db,
                    current.id,
                    user_name=self.session.user.full_name,
                    lookup=qt_lookup,
                ),
                changes=Changed.NOTHING,
            )
            .on_refused(self.status.setText)
            .run()
        )
        if printed is None:
            return None
        self.job = job = start_print(self, printer, printed.pdf, title)
        self.print_button.setEnabled(False)

        def on_record(where: str) -> None:
            self.print_button.setEnabled(True)
            recorded = DeskOp(
                self.session,
                self,
                lambda: printed.put_on_record(self.session.db, by=self.session.user.id),
                changes=Changed.PRINT,
            ).on_refused(self.status.setText)
            if recorded.run() is not None:
                self.status.setText(self.tr("Report sent to %1 (on record).").replace("%1", where))

        def ended(text: str) -> None:
            self.print_button.setEnabled(True)
            self.status.setText(text)

        job.done.connect(on_record)
        job.failed.connect(ended)
        job.cancelled.connect(lambda: ended(self.tr("Printing cancelled; nothing on record.")))
        return job
