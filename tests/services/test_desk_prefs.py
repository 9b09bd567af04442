"""The desk's own preferences: the language chosen on this PC, kept in its config folder."""

from __future__ import annotations

import pytest

from fusecentre_app.services.desk_prefs import prefs_path, remember_language, remembered_language


def test_the_chosen_language_is_kept_and_a_spoilt_file_is_ignored() -> None:
    assert remembered_language() is None  # nothing chosen yet: the system's
    remember_language("hi")
    assert remembered_language() == "hi"
    assert "xdg" in str(prefs_path())  # in the test's own config folder
    remember_language(None)
    assert remembered_language() is None
    prefs_path().write_text("{not json", encoding="utf-8")  # a power cut mid-write elsewhere
    assert remembered_language() is None
    remember_language("en")
    assert remembered_language() == "en"
    with pytest.raises(ValueError, match="no interface language"):
        remember_language("fr")
