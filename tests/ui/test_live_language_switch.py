"""A change of language while pages are open: each widget takes its own page's word.

One English text can have a different word in each context ("Open" is the Assessments
page's verb and a conflict's state), and one translated word can stand for several English
texts (Polish "Odcisk klucza" is Settings' "Key fingerprint" and the devices table's
"Fingerprint"). Retranslation used to look a shown text up in the first (or last) context
that gave it out, so after a switch a widget could show another page's word.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.ui import i18n
from tests.ui.visible_text import plain

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from ui_translations import read_ts  # noqa: E402

from .test_languages import english_again  # noqa: E402, F401 (autouse: English again after)


def word(language: str, context: str, source: str) -> str:
    if language == "en":
        return source
    return read_ts(i18n.ts_folder() / f"gapkit_{language}.ts")[(context, source)]


def test_open_stays_a_verb_on_assessments_and_a_state_on_conflicts_through_switches(
    main_window: Any,
) -> None:
    main_window.set_council_mode(True)
    main_window.show_page("assessments")
    main_window.show_page("conflicts")
    open_button = main_window.page("assessments").open_button
    status_filter = main_window.page("conflicts").status_filter
    assert status_filter.itemData(0) == "open"
    for language in ("pl", "ur", "pa", "en", "pl"):
        assert i18n.set_app_language(language)
        verb, state = word(language, "Assessments", "Open"), word(language, "Conflicts", "Open")
        assert verb != state or language == "en"
        assert open_button.text() == verb, language
        assert status_filter.itemText(0) == state, language


def test_a_word_two_english_texts_share_goes_back_to_its_own_english(main_window: Any) -> None:
    assert i18n.set_app_language("pl")
    main_window.set_council_mode(True)
    main_window.show_page("settings")
    shared = word("pl", "Settings", "Key fingerprint")
    assert shared == word("pl", "Devices", "Fingerprint")
    (label,) = [
        label
        for label in main_window.page("settings").findChildren(QLabel)
        if label.text() == shared
    ]
    # The devices table names its column with the same Polish word, given out after.
    main_window.show_page("import")
    devices = main_window.page("import").devices_panel.table.model()
    titles = [
        devices.headerData(column, Qt.Orientation.Horizontal)
        for column in range(devices.columnCount())
    ]
    assert shared in titles
    for language, expected in (("en", "Key fingerprint"), ("ur", None), ("pl", shared)):
        assert i18n.set_app_language(language)
        assert label.text() == (expected or word(language, "Settings", "Key fingerprint"))


@pytest.mark.parametrize("language", ("ur", "pa", "pl"))
def test_the_councils_review_buttons_say_different_things(qtbot: Any, language: str) -> None:
    """Punjabi said "ਰੱਦ ਕਰੋ" both for rejecting an assessment and for cancelling a bulk
    review, side by side on the same panel."""
    from desktop.ui.widgets.review_panel import ReviewPanel

    assert i18n.set_app_language(language)
    panel = ReviewPanel(council=True)
    qtbot.addWidget(panel)
    buttons = [*panel.buttons.values(), panel.comment_button, panel.cancel_button]
    words = [plain(button.text()).rstrip("…") for button in buttons]
    assert len(set(words)) == len(words), words
