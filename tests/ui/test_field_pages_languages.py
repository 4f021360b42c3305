"""The field worker's pages in Urdu, Punjabi and Polish: no English left in what they show.

Each page is opened under each language (and an English page switched to it), and every text
a person can see is read from the real widgets: labels, buttons, tabs, tooltips, placeholders,
combo-box items, table headers and window titles. A text is English left over when it is one
of the app's English sources (whole, or filled in from one with placeholders); under Urdu and
Punjabi, any Latin word that is not data or a name kept on purpose (GAP, CAT, Ctrl+S, an
organisation's name, a postcode) counts too. `test_the_check_finds_a_translation_taken_away`
proves the check fails when one translation is removed from a language's file.
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from desktop.services import Services
from desktop.ui import i18n
from tests.ui.visible_text import app_texts, plain, shown_texts, take_translation

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from ui_translations import read_ts  # noqa: E402

LANGUAGES = ("ur", "pa", "pl")
# Each test builds the main window and compiles translations: seconds each.
pytestmark = pytest.mark.slow
ORGANISATION = "Holme Valley Food Bank"

# Latin words a translated page may show: names, abbreviations and data kept as written.
KEPT_WORDS = {
    "GAP",
    "CAT",
    "CIO",
    "CIC",
    "CBS",
    "FTE",
    "LGBTQ",
    "Ctrl",
    "Shift",
    "Alt",
    "Esc",
    "Enter",
    "Delete",  # the key's name, as printed on it
    "Excel",
    "CSV",
    "USB",
    "PDF",
    "XLSX",
    "SC",
    "HD",
    "Holme",
    "Valley",
    "Food",
    "Bank",
    "Kirklees",
}
# Names kept as written in every language: the product, and example names in placeholders.
KEPT_NAMES = ("GAP Field Kit", "Dalton Community Garden", "MIT")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
_EMAIL = re.compile(r"\S+@\S+")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    """Each test leaves the app in English. The translations compile once per run, into the
    test session's cache folder (tests/conftest.py): a compiled file is named by its .ts
    file's digest, so a test's changed .ts compiles anew."""
    yield
    i18n.set_app_language("en")


def english_sources(language: str) -> tuple[set[str], list[re.Pattern[str]]]:
    """The app's English texts that `language` translates differently: whole texts, and
    patterns for those with placeholders ("Deleted {name}." matches "Deleted Holme...")."""
    known = read_ts(i18n.ts_folder() / f"gapkit_{language}.ts")
    whole: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for context, texts in app_texts().items():
        for text in texts:
            if known.get((context, text), text) == text:
                continue
            read = plain(text)
            if "{" in text:
                parts = re.split(r"\{[a-z_]+\}", read)
                if sum(len(part.strip()) for part in parts) >= 4:
                    patterns.append(re.compile("^" + "(.+)".join(map(re.escape, parts)) + "$"))
            elif len(read) > 1:
                whole.add(read)
    return whole, patterns


def english_left(texts: Iterable[str], language: str, kept: Iterable[str] = ()) -> list[str]:
    """The texts that are still English under `language`."""
    whole, patterns = english_sources(language)
    kept_texts = set(kept)
    found = []
    for text in texts:
        if text in kept_texts:
            continue
        if text in whole or any(pattern.match(text) for pattern in patterns):
            found.append(text)
            continue
        if language in ("ur", "pa"):
            rest = _POSTCODE.sub(" ", _EMAIL.sub(" ", text))
            for name in sorted(kept_texts, key=len, reverse=True):  # "Dalton" is a ward too
                rest = rest.replace(name, " ")
            words = [w for w in _LATIN_WORD.findall(rest) if w.strip("'’") not in KEPT_WORDS]
            if words:
                found.append(text)
    return found


def data_words() -> list[str]:
    """Names the data gives, shown as written: the organisation's, the wards' and areas'."""
    from desktop.registration.wards import all_ward_lists

    names = [ORGANISATION, *KEPT_NAMES]
    for wards in all_ward_lists():
        names += [*wards.names, *wards.areas]
    return names


def assert_no_english(root: QWidget, language: str, kept: Iterable[str] = ()) -> None:
    texts = shown_texts(root, on_screen=False)
    assert texts, "nothing read from the page"
    left = english_left(texts, language, [*data_words(), *kept])
    assert not left, (language, left)


def register(services: Services) -> Any:
    return services.organisations.create(
        {
            "name": ORGANISATION,
            "legal_form": "cio_association",
            "postcode": "HD9 3AB",
            "contact_email": "chair@example.org",
            "consent_date": "2026-11-02",
            "consent_how": "signed the form",
        }
    )


def show_organisations(main_window: Any) -> Any:
    """The Organisations page at the front, read again (the window opens on it)."""
    main_window.show_page("organisations")
    page = main_window.page("organisations")
    page.on_shown()
    return page


def _every_section_open(form: Any) -> None:
    for section in form.sections:
        section.expand()


def test_the_check_finds_english_it_should() -> None:
    """The check itself: English whole, English filled in, Latin words under Urdu."""
    assert english_left(["Delete organisation"], "pl") == ["Delete organisation"]
    assert english_left(["Deleted Holme Valley Food Bank."], "pl")
    assert english_left(["Zapisz", "Usuń organizację", "HD9 3AB"], "pl") == []
    assert english_left(["نئی تنظیم (Ctrl+N)", "GAP", "a@b.org"], "ur") == []
    assert english_left(["نئی تنظیم draft"], "ur") == ["نئی تنظیم draft"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_organisations_page_shows_no_english(
    main_window: Any, services: Services, language: str
) -> None:
    organisation = register(services)
    assert i18n.set_app_language(language)
    page = show_organisations(main_window)
    page.open_registration(organisation.id)
    _every_section_open(page.form)
    assert page.form.title.text() == ORGANISATION
    assert_no_english(page, language)
    # The hidden funding tab and an empty form's words too.
    page.new_organisation()
    assert_no_english(page, language)
    page.detail_tabs.setCurrentIndex(page.FUNDING_TAB)
    assert_no_english(page, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_english_organisations_page_switches_language(
    main_window: Any, services: Services, language: str
) -> None:
    register(services)
    page = show_organisations(main_window)
    _every_section_open(page.form)
    before = shown_texts(page, on_screen=False)
    assert "New organisation" in before and "Legal form *" in before
    assert i18n.set_app_language(language)
    show_organisations(main_window)
    assert_no_english(page, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_register_count_follows_a_change_of_language(
    main_window: Any, services: Services, language: str
) -> None:
    register(services)
    page = show_organisations(main_window)
    before = page.count_label.text()
    assert "organisation" in before
    # filled in again by the change of language itself, not by loading the register again
    assert i18n.set_app_language(language)
    after = page.count_label.text()
    assert "organisation" not in after and re.sub(r"\D", "", after) == re.sub(r"\D", "", before)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_empty_register_and_the_register_dialog_show_no_english(
    qtbot: Any, main_window: Any, services: Services, language: str
) -> None:
    from desktop.ui.dialogs.register_organisation import RegisterOrganisationDialog

    assert i18n.set_app_language(language)
    page = show_organisations(main_window)
    assert page.list_area.currentWidget() is page.empty_state
    assert_no_english(page, language)
    dialog = RegisterOrganisationDialog(services, "Calder Arts", main_window)
    qtbot.addWidget(dialog)
    _every_section_open(dialog.form)
    dialog.show()
    assert_no_english(dialog, language, kept=["Calder Arts"])


def test_the_check_finds_a_translation_taken_away(
    main_window: Any, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Urdu without its translation of "Discard changes": the page shows it in English, and
    the check says so."""
    resources = tmp_path / "resources"
    folder = resources / "translations" / "ui"
    shutil.copytree(i18n.ts_folder(), folder)
    take_translation(folder / "gapkit_ur.ts", "Discard changes")
    monkeypatch.setattr(i18n, "ts_folder", lambda: folder)
    register(services)
    assert i18n.set_app_language("ur")
    page = show_organisations(main_window)
    assert english_left(shown_texts(page, on_screen=False), "ur", data_words()) == [
        "Discard changes"
    ]


def start_assessment(services: Services, organisation: Any) -> str:
    detail = services.assessments.start(
        organisation.id, "health_check", "facilitated", consent_given=True
    )
    return str(detail.id)


def table_cells(view: Any, columns: Iterable[int]) -> list[str]:
    model = view.model()
    return [
        plain(str(model.data(model.index(row, column)) or ""))
        for row in range(model.rowCount())
        for column in columns
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_assessments_list_shows_no_english(
    main_window: Any, services: Services, language: str
) -> None:
    from desktop.ui.models.assessments import KIND, MODE, STATUS

    organisation = register(services)
    start_assessment(services, organisation)
    assert i18n.set_app_language(language)
    main_window.show_page("assessments")
    page = main_window.page("assessments")
    page.show_list()
    assert page.model.total == 1
    assert_no_english(page.list_view, language)
    cells = table_cells(page.table, (KIND, MODE, STATUS))
    assert cells and not english_left(cells, language), cells


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_council_review_panel_shows_no_english(qtbot: Any, language: str) -> None:
    from desktop.ui.widgets.review_panel import ReviewPanel

    assert i18n.set_app_language(language)
    for council, state in ((True, "has_issues"), (False, "has_issues"), (True, None)):
        panel = ReviewPanel(council)
        qtbot.addWidget(panel)
        panel.show_review(selected=1, state=state, notes=[], completed=state is not None)
        panel.show()
        assert_no_english(panel, language)
    panel.show_review(selected=3, state=None, notes=[], completed=True)
    assert_no_english(panel, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_history_of_an_organisation_and_an_assessment_shows_no_english(
    qtbot: Any, main_window: Any, services: Services, language: str
) -> None:
    from desktop.ui.dialogs.history import HistoryDialog

    organisation = register(services)
    services.organisations.update(organisation.id, {**organisation.values, "town": "Holmfirth"})
    assessment_id = start_assessment(services, organisation)
    assert i18n.set_app_language(language)
    page = show_organisations(main_window)
    page.open_registration(organisation.id)
    dialog = page.show_history()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert_no_english(dialog, language, kept=["Holmfirth"])
    # What, before, after and through: the words are the app's (the values are data).
    cells = table_cells(dialog.table, (2, 5))
    assert len(cells) >= 4
    assert not english_left(cells, language, data_words()), cells
    trail = services.assessments.audit_trail(assessment_id)
    dialog = HistoryDialog("", trail, parent=main_window)
    qtbot.addWidget(dialog)
    cells = table_cells(dialog.table, (2, 5))
    assert cells and not english_left(cells, language, data_words()), cells


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_field_workers_dialogs_show_no_english(
    qtbot: Any, main_window: Any, services: Services, language: str
) -> None:
    from desktop.services.draft_moves import DraftMove
    from desktop.ui.dialogs.about import AboutDialog
    from desktop.ui.dialogs.batch_reports import BatchReportsDialog
    from desktop.ui.dialogs.draft_move import DraftMoveDialog
    from desktop.ui.dialogs.help_viewer import HelpViewer

    assert i18n.set_app_language(language)
    about = AboutDialog(Path("/tmp/data"), main_window)
    help_viewer = HelpViewer(main_window)
    reports = BatchReportsDialog(services, ["a", "b"], main_window)
    move = DraftMove("a", "2.0", "2.1", "0" * 64, 3, [], [], [])
    draft = DraftMoveDialog(move, main_window)
    for dialog in (about, help_viewer, reports, draft):
        qtbot.addWidget(dialog)
        dialog.show()
        assert_no_english(dialog, language)
    assert help_viewer.contents.count() >= 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_our_group_shows_no_english(main_window: Any, services: Services, language: str) -> None:
    assert i18n.set_app_language(language)
    main_window.set_edition("group")
    main_window.show_page("our_group")
    page = main_window.page("our_group")
    page.refresh()
    council = services.self_assessment.council_name()
    # Before registering: the registration form.
    assert_no_english(page, language, kept=[council])
    page.name_field.setText(ORGANISATION)
    page.legal_form.setCurrentIndex(1)
    page.postcode.setText("HD9 3AB")
    assert page.save_registration()
    # Registered: the three steps.
    assert_no_english(page, language, kept=[council])


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_window_opened_in_the_language_shows_no_english(
    qtbot: Any, services: Services, language: str
) -> None:
    """Pages built after the language is chosen (the app's start): a text the page sets
    without tr would stay English here, even where a later switch of language happens to
    translate it."""
    from desktop.ui.main_window import MainWindow

    organisation = register(services)
    start_assessment(services, organisation)
    assert i18n.set_app_language(language)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    for key in ("organisations", "assessments"):
        window.show_page(key)
        assert_no_english(window.page(key), language)
        assert_no_english(window.side_column, language)
