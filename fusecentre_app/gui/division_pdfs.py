"""The Division tab's PDFs for the EE: the monthly console, the Reg. 13 sheet, the
compensation statement and an officer's negligence case file, each through the desk's PDF
dialog (`gui.pdf_dialogs`): previewed (not on record), printed or saved (on record).

Each dialog calls the same service functions as its command (`fusecentre console`,
`fusecentre indices -o`, `fusecentre compensation -o`, `fusecentre negligence`): the same
permission checked before a page is drawn, the same PDF, and the same record of it, with the
PDF's SHA-256, in the name of the signed-in user.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

from fusecentre_app.domain.reliability import IndexSettings
from fusecentre_app.domain.timeutil import local_day, utcnow
from fusecentre_app.gui.pdf_dialogs import PdfDialog, Rendered
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services.console import division_console, record_console_print

# The sheet's sustained-interruption thresholds: BERC's (the CLI's default) and the Rules'.
SUSTAINED_CHOICES = (5.0, 3.0)


def qmonth(day: date) -> QDate:
    return QDate(day.year, day.month, 1)


def month_of(value: QDate) -> date:
    return date(value.year(), value.month(), 1)


def month_edit(day: date) -> QDateEdit:
    """A month picker (MM-yyyy), up to the month under way."""
    edit = QDateEdit(qmonth(day))
    edit.setDisplayFormat("MM-yyyy")
    edit.setCurrentSection(QDateEdit.Section.MonthSection)
    edit.setMaximumDate(qmonth(local_day(utcnow())))
    return edit


def month_days(month: date) -> tuple[date, date]:
    """The month's first day and its last (or today, for the month under way)."""
    first = month.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return first, min(last, max(first, local_day(utcnow())))


def _day_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _language_box() -> QComboBox:
    box = QComboBox()
    box.setObjectName("language")
    box.addItem("English / हिन्दी", "en")
    box.addItem("हिन्दी / English", "hi")
    return box


class MonthPdfDialog(PdfDialog):
    """A month's PDF of the division (the centre picker's "All centres") or of one centre,
    in the language chosen when the document has one."""

    def __init__(
        self,
        session: DeskSession,
        month: date,
        centre_code: str | None,
        *,
        languages: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.centre.insertItem(0, "", None)
        self.centre.setCurrentIndex(
            0 if centre_code is None else max(0, self.centre.findData(centre_code))
        )
        self.month = month_edit(month)
        self.month.setObjectName("month")
        self.month_label = QLabel()
        self.month_label.setBuddy(self.month)
        self.controls.addWidget(self.month_label)
        self.controls.addWidget(self.month)
        self.language: QComboBox | None = _language_box() if languages else None
        if self.language is not None:
            self.controls.addWidget(self.language)

    def retranslate(self) -> None:
        self.centre.setItemText(0, self.tr("All centres"))
        self.month_label.setText(self.tr("Mo&nth"))
        self.month.setAccessibleName(self.tr("Month"))
        if self.language is not None:
            self.language.setAccessibleName(self.tr("Language of the PDF"))

    def chosen_month(self) -> date:
        return month_of(self.month.date())

    def chosen_centre(self) -> str | None:
        code = self.centre.currentData()
        return str(code) if code else None

    def chosen_language(self) -> str:
        return "en" if self.language is None else str(self.language.currentData())

    def where(self) -> str:
        return self.chosen_centre() or self.tr("the division")


class ConsoleDialog(MonthPdfDialog):
    """The monthly console PDF of the division or one centre: previewed (not on record),
    printed or saved (on record: who, when, the month and the PDF's SHA-256)."""

    def __init__(
        self,
        session: DeskSession,
        month: date,
        centre_code: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, month, centre_code, parent=parent)
        self.controls.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Division console"))

    def file_name(self) -> str:
        return f"console-{self.chosen_centre() or 'division'}-{self.chosen_month():%Y-%m}.pdf"

    def render(self) -> Rendered:  # type: ignore[override]  # PdfDialog's, not QWidget's
        from fusecentre_app.reports.console import console_pdf

        db, user = self.session.db, self.session.user
        console = division_console(db, self.chosen_month(), centre_code=self.chosen_centre())
        language = self.chosen_language()
        pdf, pages = console_pdf(db, console, language=language, made_by=user.full_name)
        summary = (
            self.tr("the console for %1, %2, %3 page(s)")
            .replace("%1", f"{console.month:%m-%Y}")
            .replace("%2", console.centre_code or self.tr("the division"))
            .replace("%3", str(pages))
        )
        return Rendered(
            pdf,
            pages,
            summary,
            lambda: record_console_print(db, console, pdf=pdf, pages=pages, by=user.id),
        )


class Reg13Dialog(MonthPdfDialog):
    """The month's Reg. 13 sheet (as `fusecentre indices -o`): the settings the command
    line's defaults (sustained over 5 minutes, BERC; planned interruptions included), either
    choosable; on record once per centre it covers."""

    def __init__(
        self,
        session: DeskSession,
        month: date,
        centre_code: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, month, centre_code, parent=parent)
        self.sustained = QComboBox()
        self.sustained.setObjectName("sustained")
        for minutes in SUSTAINED_CHOICES:
            self.sustained.addItem("", minutes)
        self.planned = QComboBox()
        self.planned.setObjectName("planned")
        self.planned.addItem("", True)
        self.planned.addItem("", False)
        self.controls.addWidget(self.sustained)
        self.controls.addWidget(self.planned)
        self.controls.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Reg. 13 sheet"))
        self.sustained.setItemText(0, self.tr("Sustained: over 5 min (BERC)"))
        self.sustained.setItemText(1, self.tr("Sustained: over 3 min (the Rules)"))
        self.sustained.setAccessibleName(self.tr("Sustained interruptions"))
        self.planned.setItemText(0, self.tr("Planned included"))
        self.planned.setItemText(1, self.tr("Planned excluded"))
        self.planned.setAccessibleName(self.tr("Planned interruptions"))

    def settings(self) -> IndexSettings:
        return IndexSettings(
            sustained_over_minutes=float(self.sustained.currentData()),
            include_planned=bool(self.planned.currentData()),
        )

    def file_name(self) -> str:
        return f"reg13-{self.chosen_centre() or 'division'}-{self.chosen_month():%Y-%m}.pdf"

    def render(self) -> Rendered:  # type: ignore[override]  # PdfDialog's, not QWidget's
        from fusecentre_app.reports.reg13 import sheet_pdf
        from fusecentre_app.services.reg13 import check_may_print, gather_sheet, record_sheet

        db, by = self.session.db, self.session.user.id
        name = check_may_print(db, self.chosen_centre(), by)  # before a page is drawn
        sheet = gather_sheet(
            db, self.chosen_month(), centre_code=self.chosen_centre(), settings=self.settings()
        )
        pdf, pages = sheet_pdf(sheet, language=self.chosen_language(), made_by=name)
        summary = (
            self.tr("the Reg. 13 sheet for %1, %2, %3 feeder(s), %4 page(s)")
            .replace("%1", f"{sheet.month:%m-%Y}")
            .replace("%2", self.where())
            .replace("%3", str(len(sheet.indices.feeders)))
            .replace("%4", str(pages))
        )
        return Rendered(
            pdf, pages, summary, lambda: record_sheet(db, sheet, pdf=pdf, pages=pages, by=by)
        )


class CompensationDialog(MonthPdfDialog):
    """The month's compensation statement (as `fusecentre compensation -o`): every late
    restoration of the month and what it owes; on record with the sum and the PDF's SHA-256."""

    def __init__(
        self,
        session: DeskSession,
        month: date,
        centre_code: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, month, centre_code, languages=False, parent=parent)
        self.controls.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Compensation statement"))

    def file_name(self) -> str:
        return f"compensation-{self.chosen_centre() or 'division'}-{self.chosen_month():%Y-%m}.pdf"

    def render(self) -> Rendered:  # type: ignore[override]  # PdfDialog's, not QWidget's
        from fusecentre_app.reports.compensation_statement import statement_bytes
        from fusecentre_app.services.compensation import (
            check_may_print,
            monthly_statement,
            record_statement,
        )

        db, by = self.session.db, self.session.user.id
        name = check_may_print(db, self.chosen_centre(), by)  # before a page is drawn
        statement = monthly_statement(db, self.chosen_month(), self.chosen_centre(), now=utcnow())
        pdf, pages = statement_bytes(db, statement, made_by=name)
        summary = (
            self.tr("the compensation statement for %1, %2: %3 late, Rs %4 owed, %5 page(s)")
            .replace("%1", f"{statement.month:%m-%Y}")
            .replace("%2", self.where())
            .replace("%3", str(len(statement.lines)))
            .replace("%4", f"{statement.total:,}")
            .replace("%5", str(pages))
        )
        return Rendered(
            pdf,
            pages,
            summary,
            lambda: record_statement(db, statement, pdf=pdf, pages=pages, by=by),
        )


class CaseFileDialog(PdfDialog):
    """An officer's negligence case file for a period (as `fusecentre negligence`), by
    default the console's month; English or Hindi first; on record at the officer's centre."""

    def __init__(
        self,
        session: DeskSession,
        employee_id: str,
        officer_name: str,
        month: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.employee_id = employee_id
        self.centre.hide()  # the file is kept at the officer's centre, not one chosen
        self.officer = QLabel(f"{officer_name} ({employee_id})")
        self.officer.setObjectName("officer")
        first, last = month_days(month)
        self.first = _day_edit(first)
        self.first.setObjectName("from")
        self.last = _day_edit(last)
        self.last.setObjectName("to")
        self.first_label = QLabel()
        self.first_label.setBuddy(self.first)
        self.last_label = QLabel()
        self.last_label.setBuddy(self.last)
        self.language = _language_box()
        for widget in (
            self.officer,
            self.first_label,
            self.first,
            self.last_label,
            self.last,
            self.language,
        ):
            self.controls.addWidget(widget)
        self.controls.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Negligence case file"))
        self.first_label.setText(self.tr("&From"))
        self.first.setAccessibleName(self.tr("From"))
        self.last_label.setText(self.tr("&To"))
        self.last.setAccessibleName(self.tr("To"))
        self.language.setAccessibleName(self.tr("Language of the PDF"))

    def period(self) -> tuple[date, date]:
        return _day(self.first), _day(self.last)

    def file_name(self) -> str:
        first, last = self.period()
        return f"negligence-{self.employee_id}-{first:%Y-%m-%d}-{last:%Y-%m-%d}.pdf"

    def render(self) -> Rendered:  # type: ignore[override]  # PdfDialog's, not QWidget's
        from fusecentre_app.reports.negligence import negligence_bytes
        from fusecentre_app.services.negligence import check_may_draw, gather_file, record_file

        db, user = self.session.db, self.session.user
        first, last = self.period()
        case = gather_file(db, self.employee_id, first, last)
        check_may_draw(db, case.centre.code, user.id)  # before a page is drawn
        pdf, pages = negligence_bytes(
            case, generated_by=user.full_name, language=str(self.language.currentData())
        )
        summary = (
            self.tr("the case file of %1, %2 to %3: %4 assigned, %5 SoP breach(es), %6 page(s)")
            .replace("%1", case.officer.employee_id)
            .replace("%2", f"{first:%d-%m-%Y}")
            .replace("%3", f"{last:%d-%m-%Y}")
            .replace("%4", str(len(case.assignments)))
            .replace("%5", str(len(case.breaches)))
            .replace("%6", str(pages))
        )
        return Rendered(
            pdf,
            pages,
            summary,
            lambda: record_file(db, case, pdf=pdf, pages=pages, by=user.id),
        )
