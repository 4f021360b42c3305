"""The Settings page in the app's language: every text on it (the council key box included) is
translated in each shipped language, and a change of language reaches the texts made of
parts (who uses this computer, council mode, the ward list in use)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QGroupBox, QLineEdit

from desktop.ui import i18n
from tests.ui.visible_text import app_texts, shown_texts

from .test_languages import (
    LANGUAGES,
    english_again,  # noqa: F401 (autouse: English again after)
)


def settings_english() -> set[str]:
    """The Settings page's own English, and the English of the words it is built from."""
    found = app_texts()
    words = {*found["Settings"], *found["CouncilTrust"], *found["Privacy"], *found["Setup"]}
    # Sentences with a placeholder, cut at it: their fixed part must not show either.
    return {text.split("{")[0].replace("&", "").strip() for text in words} - {""}


def assert_no_english(page: Any, english: set[str]) -> None:
    shown = shown_texts(page)
    shown += [box.title() for box in page.findChildren(QGroupBox)]
    left = [text for text in shown if any(text.startswith(words) for words in english)]
    assert not left, left


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_settings_page_is_in_the_apps_language(main_window: Any, language: str) -> None:
    assert i18n.set_app_language(language)
    main_window.show_page("settings")
    page = main_window.page("settings")
    assert_no_english(page, settings_english())
    assert page.council_message.text() and page.use_label.text()


def test_a_change_of_language_reaches_the_settings_texts_made_of_parts(
    main_window: Any, qtbot: Any
) -> None:
    main_window.show_page("settings")
    page = main_window.page("settings")

    def texts() -> tuple[str, str, str, str]:
        return (
            page.use_label.text(),
            page.council_message.text(),
            page.ward_in_use.text(),
            page.council_trust.status.text(),
        )

    english = texts()
    assert english[2].startswith("In use: ")
    assert i18n.set_app_language("ur")
    # Qt posts the language change to every widget; the page makes its texts again then.
    qtbot.waitUntil(
        lambda: all(now != before for now, before in zip(texts(), english, strict=True))
    )
    assert_no_english(page, settings_english())
    assert i18n.set_app_language("en")
    qtbot.waitUntil(lambda: texts() == english)


@pytest.mark.parametrize("language", LANGUAGES)
def test_who_uses_this_computer_has_one_name_in_settings_and_the_first_run_dialog(
    main_window: Any, qtbot: Any, language: str
) -> None:
    from desktop.services.setup import USE_LABELS, Use
    from desktop.ui.dialogs.first_run import FirstRunDialog

    assert i18n.set_app_language(language)
    dialog = FirstRunDialog(main_window.services, changing=True)
    qtbot.addWidget(dialog)
    names = {use: button.text() for use, button in dialog.choice_buttons.items()}
    assert names.keys() == USE_LABELS.keys()
    for use, name in names.items():
        assert name == i18n.tr("Setup", USE_LABELS[use]) and name != USE_LABELS[use]
    main_window.services.setup.choose_worker(worker_name="Asha", laptop_name="Laptop 7")
    main_window.show_page("settings")
    assert main_window.page("settings").use_label.text().startswith(names[Use.WORKER])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_first_run_dialog_is_in_the_apps_language(
    main_window: Any, qtbot: Any, language: str
) -> None:
    from desktop.ui.dialogs.first_run import FirstRunDialog

    found = app_texts()
    english = {t.split("{")[0].strip() for t in (*found["FirstRun"], *found["Setup"])} - {""}
    assert i18n.set_app_language(language)
    dialog = FirstRunDialog(main_window.services, changing=True)
    qtbot.addWidget(dialog)
    for index in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(index)
        page = dialog.pages.widget(index)
        shown = shown_texts(page) + [b.description() for b in dialog.choice_buttons.values()]
        shown += [edit.placeholderText() for edit in page.findChildren(QLineEdit)]
        left = [text for text in shown if any(text.startswith(words) for words in english)]
        assert not left, (index, left)
    assert not dialog.windowTitle().startswith("Change who")
