"""Every control a screen reader meets says what it is: by its own words (a button's text),
by a label that names it (a buddy), or by an accessible name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from fusecentre_app.gui.main_window import MainWindow

WORDLESS = (QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def unnamed(root: QWidget) -> list[str]:
    named_by_label = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, WORDLESS) or isinstance(widget, QHeaderView):
            continue
        if not widget.isVisibleTo(root) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QComboBox | QAbstractSpinBox
        ):
            continue  # the editor inside a combo or a date field: the field is named
        if widget.accessibleName() or id(widget) in named_by_label:
            continue
        found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_tab_and_the_complaint_form_name_their_controls(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    problems = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        if missing := unnamed(window.tabs.widget(index)):
            problems[window.tabs.tabText(index)] = missing
    window.open_complaint_form()
    assert window.form is not None
    if missing := unnamed(window.form):
        problems["complaint form"] = missing
    window.form.close()
    assert not problems, problems
