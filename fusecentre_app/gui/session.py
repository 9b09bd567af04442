"""The signed-in desk: store, user and centre, and the one "changed" signal every screen hears.

Widgets get a `DeskSession` through their constructor. Every change goes through a
`gui.operations.DeskOp`, which announces one `Changes` on `changed`; screens refresh from
that signal only what its flags concern (the Anki way).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from fusecentre_app.db.engine import Database
from fusecentre_app.domain.roles import Role, UseCase, may
from fusecentre_app.gui.operations import Changed, Changes
from fusecentre_app.services.auth import UserInfo
from fusecentre_app.services.errors import ServiceError
from fusecentre_app.services.masterdata import CentreInfo, get_centre, list_centres


class DeskSession(QObject):
    changed = Signal(object)  # Changes

    def __init__(self, db: Database, user: UserInfo, centre: CentreInfo) -> None:
        super().__init__()
        self.db = db
        self.user = user
        self.centre = centre

    @classmethod
    def for_user(cls, db: Database, user: UserInfo) -> DeskSession:
        if user.centre_id is not None:
            centre = get_centre(db, user.centre_id)
        else:
            centres = list_centres(db)
            if not centres:
                raise ServiceError("No centre is set up in this database.")
            centre = centres[0]
        return cls(db, user, centre)

    @property
    def role(self) -> Role:
        return Role(self.user.role)

    def may(self, use_case: UseCase) -> bool:
        """What the permission table allows this user (the services check it again)."""
        return may(self.role, use_case)

    @property
    def read_only(self) -> bool:
        """A desk that works on no complaint: an inspector's (or an administrator's)."""
        return not self.may(UseCase.MOVE_COMPLAINT)

    def notify(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def notify_changed(self, what: Changed = Changed.EVERYTHING, source: object = None) -> None:
        self.notify(Changes(what, source))
