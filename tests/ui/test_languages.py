"""Sessions in the group's language: the start dialog's choice, switching mid-session without
losing anything, the projector's two languages, right to left for Urdu, and no English left
on the runner, the completion review and the results pages, their Funding tab included
(walking the widget tree against the English sources)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from desktop.services import Services
from desktop.ui import i18n
from forms import resources_dir
from forms.loader import load_form
from forms.translations import text_entries, with_translations
from tests.ui.visible_text import app_texts, shown_texts

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from ui_translations import read_ts  # noqa: E402

LANGUAGES = ("ur", "pa", "pl")


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    """Each test leaves the app in English. The translations compile once per run, into the
    test session's cache folder (tests/conftest.py): a compiled file is named by its .ts
    file's digest, so a test's changed .ts compiles anew."""
    yield
    i18n.set_app_language("en")


def translated_form() -> Any:
    """The shipped health check with every text given in ur, pa and pl ("[ur] ..." and so on),
    so these tests do not depend on the wording of the shipped translations."""
    form = load_form(resources_dir() / "forms" / "health-check.yaml")
    for language in LANGUAGES:
        texts = {e.path: f"[{language}] {e.text.en}" for e in text_entries(form)}
        form = with_translations(form, texts, language)
    return form


def start(services: Services, organisation: Any, language: str, mode: str = "facilitated") -> str:
    detail = services.assessments.start(
        organisation.id,
        "health_check",
        mode,
        consent_given=True,
        form=translated_form(),
        participants=[("P1", "member"), ("P2", "trustee")] if mode == "group" else (),
    )
    services.assessments.set_session_language(detail.id, language)
    return detail.id


def english_words(form: Any, language: str) -> set[str]:
    """The English a translated screen must not show: every source text of the app's words
    that has a different translation, and every English text of the form."""
    sources = set()
    known = read_ts(i18n.ts_folder() / f"gapkit_{language}.ts")
    for context, texts in app_texts().items():
        for text in texts:
            if known.get((context, text), text) != text and "{" not in text:
                sources.add(text.replace("&", "").strip())
    sources |= {entry.text.en for entry in text_entries(form)}
    return sources


@pytest.mark.parametrize("language", LANGUAGES)
def test_runner_and_results_show_no_english(
    qtbot: Any, page: Any, services: Services, organisation: Any, language: str
) -> None:
    assessment_id = start(services, organisation, language)
    page.resume(assessment_id)
    runner = page.runner
    qtbot.waitUntil(lambda: runner.question_id is not None)
    form = runner.source_form
    english = english_words(form, language)
    for _ in range(3):  # a few statements, answered, so more of the page is in use
        runner.choose(3)
        runner.next()
        shown = shown_texts(runner)
        assert not [text for text in shown if text in english], shown
        assert runner.statement.text().startswith(f"[{language}] ")
    # The completion review: both its tabs, every statement with its answer.
    page.show_review(assessment_id)
    review = page.review
    qtbot.waitUntil(lambda: review.isVisible())
    for tab in range(review.tabs.count()):
        review.tabs.setCurrentIndex(tab)
        shown = shown_texts(review)
        assert not [text for text in shown if text in english], shown
    assert any(text.startswith(f"[{language}] ") for text in shown)  # the statements
    assert review.heading.text() != "Review and complete"
    page.show_results(assessment_id)
    results = page.results
    qtbot.waitUntil(lambda: results.isVisible())
    shown = shown_texts(results)
    assert not [text for text in shown if text in english], shown
    assert any(f"[{language}] " in text for text in shown)  # section titles, statements
    # The Funding tab: the panel's words in the language (the funds file's stay as written).
    results.tabs.setCurrentIndex(results.FUNDING_TAB)
    panel = results.funds_panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.guide is not None)
    shown = shown_texts(panel)
    assert not [text for text in shown if text in english], shown
    headings = [label.text() for label in panel.findChildren(QLabel, "h")]
    assert headings and not any("Funds you" in text for text in headings), headings
    buttons = [button.text() for button in panel.add_buttons.values()]
    assert buttons and "Add as action" not in buttons, buttons
    # The main navigation speaks the session's language too, and goes back to English after.
    side_bar = [
        page.window().side_bar.item(i).text() for i in range(page.window().side_bar.count())
    ]
    assert "Assessments" not in side_bar
    window = page.window()
    help_words = [window.help_button.text(), *(a.text() for a in window.help_menu.actions())]
    assert not {"Help", "User guide", "About GAP Field Kit"} & set(help_words), help_words
    page.show_list()
    side_bar = [
        page.window().side_bar.item(i).text() for i in range(page.window().side_bar.count())
    ]
    assert "Assessments" in side_bar
    assert window.help_button.text() == "Help"
    assert window.help_menu.actions()[0].text() == "User guide"


def test_switching_language_mid_session_keeps_every_answer(
    qtbot: Any, page: Any, services: Services, organisation: Any
) -> None:
    assessment_id = start(services, organisation, "en")
    page.resume(assessment_id, "purpose_1")  # past the optional "proud of" opening
    runner = page.runner
    qtbot.waitUntil(lambda: runner.question_id is not None)
    runner.choose(2)
    runner.next()
    runner.choose(4)
    runner.next()
    here = runner.question_id
    runner.note_edit.setPlainText("Agreed to ask the treasurer")  # still within its typing pause
    before = services.assessments.answers(assessment_id)
    assert len(before) == 2
    runner.setFocus()
    qtbot.keyClick(runner, Qt.Key.Key_L)  # English -> Urdu
    assert runner.language == "ur"
    assert runner.question_id == here
    assert runner.statement.text().startswith("[ur] ")
    assert runner.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert services.assessments.answers(assessment_id) == before
    assert services.assessments.results(assessment_id).notes[here] == "Agreed to ask the treasurer"
    assert runner.note_edit.toPlainText() == "Agreed to ask the treasurer"
    runner.switch_language("pl")
    runner.previous()
    assert runner.answer_input is not None and runner.answer_input.value() == 4
    assert runner.statement.text().startswith("[pl] ")
    assert runner.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert services.assessments.session_language(assessment_id) == "pl"
    assert services.assessments.answers(assessment_id) == before


def test_urdu_lays_out_right_to_left_rubric_and_radar(
    qtbot: Any, page: Any, services: Services, organisation: Any
) -> None:
    assessment_id = start(services, organisation, "ur")
    page.resume(assessment_id, "purpose_1")  # past the optional "proud of" opening
    runner = page.runner
    qtbot.waitUntil(lambda: runner.question_id is not None)
    buttons = runner.answer_input.findChildren(QAbstractButton)
    assert buttons and all(b.isRightToLeft() for b in buttons)
    # Level 1 sits to the right of level 2.
    first, second = buttons[0], buttons[1]
    assert (
        first.mapTo(runner, first.rect().topLeft()).x()
        > second.mapTo(runner, second.rect().topLeft()).x()
    )
    runner.choose(1)
    page.show_results(assessment_id)
    assert page.results.radar.isRightToLeft()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    page.show_list()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_projector_shows_two_languages_side_by_side(
    qtbot: Any, page: Any, services: Services, organisation: Any
) -> None:
    assessment_id = start(services, organisation, "ur")
    page.resume(assessment_id, "purpose_1")  # past the optional "proud of" opening
    runner = page.runner
    qtbot.waitUntil(lambda: runner.question_id is not None)
    runner.show_projector()
    projector = runner.projector
    qtbot.waitUntil(lambda: projector.isVisible())
    question = runner.source_form.question(runner.question_id)
    assert projector.statement.text() == question.text.get("ur")
    assert projector.second_statement.text() == question.text.en  # English beside Urdu
    assert projector.second_statement.isVisible()
    assert projector.statement.isRightToLeft() and not projector.second_statement.isRightToLeft()
    choices = [w.text() for w in projector.choices_frame.findChildren(QLabel)]
    assert any(question.levels[0].get("ur") in c and question.levels[0].en in c for c in choices)
    # Shift+L: the other languages in turn, then none, then English again.
    runner.switch_second_language()
    assert runner.projector_second_language() == "pa"
    assert projector.second_statement.text() == question.text.get("pa")
    runner.switch_second_language()
    assert runner.projector_second_language() == "pl"
    runner.switch_second_language()
    assert runner.projector_second_language() is None
    assert not projector.second_statement.isVisible()
    runner.switch_second_language()
    assert runner.projector_second_language() == "en"
    runner.close_projector()


def test_start_dialog_defaults_to_the_contacts_language_and_marks_drafts(
    qtbot: Any, services: Services, organisation: Any
) -> None:
    from desktop.ui.dialogs.start_assessment import StartAssessmentDialog

    services.organisations.update(organisation.id, {"contact_language": "Urdu and English"})
    dialog = StartAssessmentDialog(services, organisation.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.chosen_language() == "ur"
    assert dialog.draft_mark.isVisible()
    assert "native speaker" in dialog.draft_mark.text()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.draft_mark.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    dialog.consent.setChecked(True)
    started: list[str] = []
    dialog.started.connect(started.append)
    dialog.start()
    assert started and services.assessments.session_language(started[0]) == "pl"


def test_every_app_text_has_a_translation_in_each_shipped_language() -> None:
    texts = app_texts()
    for language in LANGUAGES:
        known = read_ts(i18n.ts_folder() / f"gapkit_{language}.ts")
        missing = [(c, t) for c, sources in texts.items() for t in sources if not known.get((c, t))]
        assert not missing, (language, missing[:5])
        # Placeholders survive translation.
        for (_context, source), translated in known.items():
            assert set(re.findall(r"{\w+}", source)) == set(re.findall(r"{\w+}", translated)), (
                language,
                source,
            )


def test_translations_compile_with_lrelease_and_load(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # qapp: a translator is installed on the application, so there must be one
    monkeypatch.setenv("GAPKIT_CACHE_DIR", str(tmp_path / "cache"))  # compiled here, now
    for language in LANGUAGES:
        compiled = i18n.compiled_translation(language)
        assert compiled is not None and compiled.stat().st_size > 1000
        assert compiled.parent == tmp_path / "cache" / "translations"
    assert i18n.set_app_language("pl")
    assert i18n.tr("Runner", "Next →") == "Dalej →"
    assert i18n.set_app_language("en")
    assert i18n.tr("Runner", "Next →") == "Next →"


def test_the_app_words_module_agrees_with_the_forms_on_direction() -> None:
    from forms.localised import RIGHT_TO_LEFT_LANGUAGES

    assert i18n._RIGHT_TO_LEFT == RIGHT_TO_LEFT_LANGUAGES
    assert i18n.is_right_to_left("ur") and not i18n.is_right_to_left("pa")
