"""Completer pop-ups that keep out of the clerk's way.

A completer's list is a pop-up window: while it is open every key goes to it first, and it
hands plain typing to its field. A shortcut (Alt+Y for the complaint type) then moved the
focus but left the list open, so the next letters still went into the village. Guarded, the
list closes as soon as its field loses the focus or a key with Alt or Ctrl is pressed, and
that key then does what it does without the list (its shortcut)."""

from __future__ import annotations

from contextlib import suppress

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCompleter, QWidget

SHORTCUT_MODIFIERS = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier


class CompleterGuard(QObject):
    """Closes `completer`'s pop-up when a shortcut key is pressed or its field loses focus."""

    def __init__(self, completer: QCompleter) -> None:
        super().__init__(completer)
        self.completer = completer
        popup = completer.popup()
        assert popup is not None  # a completer makes its list when asked for it
        # Filters run newest first: this one sees a key before the completer takes it.
        popup.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
            # A shift opens hundreds of forms: each one's watch on the focus ends with it.
            completer.destroyed.connect(lambda *_: self._forget(app))

    def _forget(self, app: QApplication) -> None:
        with suppress(RuntimeError, TypeError):
            app.focusChanged.disconnect(self._focus_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not event.modifiers() & SHORTCUT_MODIFIERS:
            return False
        popup, field = self.completer.popup(), self.completer.widget()
        if popup is None or field is None:
            return False
        popup.hide()
        # Delivered again with no pop-up open, the key reaches the shortcuts first (a key
        # event sent by the application goes through the shortcut map, as a typed one does).
        again = QKeyEvent(
            QEvent.Type.KeyPress,
            event.key(),
            event.modifiers(),
            event.text(),
            event.isAutoRepeat(),
            event.count(),
        )
        QApplication.sendEvent(field, again)
        return True

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if not shiboken6.isValid(self.completer):  # its form is gone; the signal outlived it
            return
        popup = self.completer.popup()
        if popup is None or not popup.isVisible():
            return
        field = self.completer.widget()
        if now is None or now is popup or now is field:
            return
        if field is not None and field.isAncestorOf(now):
            return
        popup.hide()


def guard(completer: QCompleter) -> QCompleter:
    CompleterGuard(completer)
    return completer
