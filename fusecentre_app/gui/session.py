"""The signed-in desk: store, user and centre, and the one "changed" signal every screen hears.

Widgets get a `DeskSession` through their constructor. After any write they call
`session.notify_changed(...)`; screens refresh from that one signal (the Anki way).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from fusecentre_app.db.engine import Database
from fusecentre_app.services.auth import UserInfo
from fusecentre_app.services.errors import ServiceError
from fusecentre_app.services.masterdata import CentreInfo, get_centre, list_centres


class DeskSession(QObject):
    changed = Signal(str)  # what changed: "complaint", "master", ...

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
    def read_only(self) -> bool:
        """An inspector's desk: records are read and checked, never changed."""
        return self.user.role == "inspector"

    def notify_changed(self, what: str) -> None:
        self.changed.emit(what)
