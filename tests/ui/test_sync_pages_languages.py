"""The sync and council pages in the app's language: Sync (laptop and council), Field packs,
Import (its Devices tab included), Overview, Conflicts, Forms (both editions), the register's
first look and the spreadsheet import show no English left under Urdu, Punjabi or Polish
(labels, buttons, tabs, group titles, check boxes, list and combo items, table headers,
placeholders and tooltips, collected from the real widgets and compared with the English of
every translated text, templates with their {placeholders} included)."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.services import Services
from desktop.ui import i18n
from tests.ui.visible_text import app_texts
from tests.ui.visible_text import shown_texts as all_shown_texts

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from ui_translations import TS_FOLDER, read_ts  # noqa: E402

from .test_languages import (  # noqa: E402
    LANGUAGES,
    english_again,  # noqa: F401 (autouse: English again after)
)

# Widgets showing other code's words (the register's table and count, and the needs table's
# theme headers, are the Organisations page's and its models'), left to that code's tests.
NOT_OURS = {"Organisations", "How many organisations are shown", "Support needs by ward and theme"}


def english_of(language: str) -> tuple[set[str], list[re.Pattern[str]]]:
    """The English a translated page must not show: each app text whose translation differs,
    as it is and, for texts with {placeholders}, as a pattern any value fills."""
    known = read_ts(TS_FOLDER / f"gapkit_{language}.ts")
    plain: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for context, texts in app_texts().items():
        for text in texts:
            if known.get((context, text), text) == text:
                continue  # the same in this language ("GAP", "CSV, UTF-8 (*.csv)")
            source = text.replace("&", "").strip()
            if "{" not in source:
                plain.add(source)
                continue
            parts = re.split(r"\{\w*\}", source)
            if len(re.findall(r"[A-Za-z]", "".join(parts))) < 5:
                continue  # too few words of its own to tell ("{first} and {last}")
            pattern = ".+".join(re.escape(part) for part in parts)
            patterns.append(re.compile(f"^{pattern}$", re.DOTALL))
    return plain, patterns


def not_ours(widget: QWidget | None) -> bool:
    while widget is not None:
        if widget.accessibleName() in NOT_OURS:
            return True
        widget = widget.parentWidget()
    return False


def shown_texts(root: QWidget) -> list[str]:
    """Every text a person sees in `root` (visible widgets), table headers included."""
    return all_shown_texts(root, skip=not_ours)


def english_left(root: QWidget, language: str) -> list[str]:
    plain, patterns = english_of(language)
    return [
        text
        for text in shown_texts(root)
        if text in plain or any(pattern.match(text) for pattern in patterns)
    ]


def with_history(services: Services, folder: Path) -> None:
    """An organisation, a bundle written and a pack built: the history tables show (their
    headers are only on screen when they have rows)."""
    services.organisations.create(
        {"name": "Mirfield Men's Shed", "legal_form": "cic", "postcode": "HD1 2AB"}
    )
    folder.mkdir()
    services.exports.export_bundle(folder)
    services.packs.build_pack(folder, scope="all", full=True)


def open_page(qtbot: Any, services: Services, key: str) -> QWidget:
    """The page made in the language in use, shown, with its background work finished."""
    from desktop.ui.dialogs.import_csv import ImportCsvDialog
    from desktop.ui.pages.conflicts import ConflictsPage
    from desktop.ui.pages.field_packs import FieldPacksPage
    from desktop.ui.pages.forms_page import FormsPage
    from desktop.ui.pages.import_page import ImportPage
    from desktop.ui.pages.overview import OverviewPage
    from desktop.ui.pages.register_preview import RegisterPreview
    from desktop.ui.pages.sync import SyncPage

    makers: dict[str, Callable[[], QWidget]] = {
        "sync (laptop)": lambda: SyncPage(services, council=False),
        "sync (council)": lambda: SyncPage(services, council=True),
        "field packs": lambda: FieldPacksPage(services, council=True),
        "import": lambda: ImportPage(services, council=True),
        "overview": lambda: OverviewPage(services, council=True),
        "conflicts": lambda: ConflictsPage(services, council=True),
        "forms (laptop)": lambda: FormsPage(services, council=False),
        "forms (council)": lambda: FormsPage(services, council=True),
        "register preview": lambda: RegisterPreview([]),
        "spreadsheet import": lambda: ImportCsvDialog(services),
    }
    page = makers[key]()
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    qtbot.waitExposed(page)
    if hasattr(page, "on_shown"):
        page.on_shown()
    # Generous waits: the counts and the overview are worked out in the thread pool, which a
    # loaded CI machine may run late.
    if key.startswith("sync"):
        qtbot.waitUntil(lambda: page.pending is not None, timeout=60_000)
    if key == "overview":
        qtbot.waitUntil(lambda: page.overview is not None and not page.busy, timeout=60_000)
    return page


PAGE_KEYS = (
    "sync (laptop)",
    "sync (council)",
    "field packs",
    "import",
    "overview",
    "conflicts",
    "forms (laptop)",
    "forms (council)",
    "register preview",
    "spreadsheet import",
)


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sync_and_council_pages_show_no_english(
    qtbot: Any, services: Services, language: str, tmp_path: Path
) -> None:
    with_history(services, tmp_path / "stick")
    assert i18n.set_app_language(language)
    for key in PAGE_KEYS:
        page: Any = open_page(qtbot, services, key)
        assert len(shown_texts(page)) > 5, key  # the walk found the page's words
        if key in ("sync (council)", "field packs"):
            assert page.history_table.isVisible(), key
        assert english_left(page, language) == [], key
        page.close()


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_import_pages_devices_and_history_tabs_show_no_english(
    qtbot: Any, services: Services, language: str
) -> None:
    assert i18n.set_app_language(language)
    page: Any = open_page(qtbot, services, "import")
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        assert english_left(page, language) == [], page.tabs.tabText(index)


def test_a_translation_taken_away_shows_as_english_left(
    qtbot: Any, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check can fail: with Polish's "Build pack…" emptied in a copy of the resources,
    the Field packs page shows the English and the check names it."""
    resources = tmp_path / "resources"
    shutil.copytree(TS_FOLDER.parents[1], resources)
    path = resources / "translations" / "ui" / "gapkit_pl.ts"
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != "FieldPacks":
            continue
        for message in context.iter("message"):
            if message.findtext("source") == "Build pack…":
                translation = message.find("translation")
                assert translation is not None and translation.text
                translation.text = None
                translation.set("type", "unfinished")
    tree.write(path, encoding="utf-8")
    monkeypatch.setenv("GAPKIT_RESOURCES_DIR", str(resources))
    assert i18n.set_app_language("pl")
    page: Any = open_page(qtbot, services, "field packs")
    assert page.build_button.text() == "Build pack…"
    assert english_left(page, "pl") == ["Build pack…"]


def test_build_pack_reads_right_to_left_in_urdu_with_its_ellipsis_at_the_end(
    qtbot: Any, services: Services
) -> None:
    """Under Urdu the English "Build pack…" was laid out right to left as "…Build pack"."""
    known = read_ts(TS_FOLDER / "gapkit_ur.ts")
    assert i18n.set_app_language("ur")
    page: Any = open_page(qtbot, services, "field packs")
    text = page.build_button.text()
    assert text == known[("FieldPacks", "Build pack…")]
    assert "\u0600" <= text[0] <= "\u06ff" and text.endswith("…")
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_the_councils_sync_page_points_staff_to_their_own_key(
    qtbot: Any, services: Services
) -> None:
    """A laptop gets council.pub from the council; council staff have it beside council.key
    in this computer's keys folder, which the page names."""
    from desktop.services.devices import default_council_key_dir

    laptop: Any = open_page(qtbot, services, "sync (laptop)")
    assert "council.pub file from the council" in laptop.encryption_label.text()
    assert "from the council" in laptop.choose_key_button.toolTip()
    council: Any = open_page(qtbot, services, "sync (council)")
    folder = str(default_council_key_dir(services.store.data_dir))
    warning = council.encryption_label.text()
    assert "from the council" not in warning
    assert "council's own council.pub" in warning and "beside council.key" in warning
    assert folder in council.choose_key_button.toolTip()
    chosen: list[str] = []
    council.choose_council_key = lambda _parent, start: chosen.append(start)
    council.choose_encryption()
    assert chosen == [folder]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_council_key_message_after_choosing_council_staff_is_translated(
    qtbot: Any, services: Services, language: str
) -> None:
    from desktop.services.setup import Use
    from tests.ui.test_first_run import _dialog

    known = read_ts(TS_FOLDER / f"gapkit_{language}.ts")
    assert i18n.set_app_language(language)
    dialog = _dialog(qtbot, services)
    dialog.choice_buttons[Use.COUNCIL].click()
    dialog.council_name.setText("Kirklees Council")
    assert dialog.start_council()
    box = dialog.council_keys_message
    assert box.windowTitle() == known[("FirstRun", "The council's key")]
    told = box.text()
    assert told.startswith(known[("FirstRun", "The council's key pair was made:")])
    assert "stays on this computer" not in told and "council.pub" in told
    assert dialog.council_keys is not None and dialog.council_keys.fingerprint in told
    box.close()


def test_the_screens_words_for_tables_and_fields_match_the_services_english() -> None:
    """The screens' copies of the services' table and field names (translated there) say
    exactly what the services say in English, for every table and field."""
    from desktop.registration.choices import FIELD_LABELS
    from desktop.services.sync.export import TABLE_LABELS, TABLE_NAMES, counted, describe_counts
    from desktop.services.sync.packs import SCOPES
    from desktop.ui.field_words import FIELD_WORDS, field_word
    from desktop.ui.sync_words import (
        TABLE_WORDS,
        count_shown,
        counts_shown,
        scope_label,
        table_word,
    )

    assert {name: TABLE_LABELS[name] for name in TABLE_NAMES} == TABLE_WORDS
    assert FIELD_WORDS == FIELD_LABELS
    assert {key: scope_label(key) for key in SCOPES} == SCOPES
    for name in TABLE_NAMES:
        assert table_word(name) == TABLE_LABELS[name]
        for count in (0, 1, 2, 1234):
            assert count_shown(name, count) == counted(name, count)
    counts = {name: index for index, name in enumerate(TABLE_NAMES)}
    assert counts_shown(counts) == describe_counts(counts)
    assert counts_shown({}) == describe_counts({}) == "nothing"
    assert all(field_word(key) == label for key, label in FIELD_LABELS.items())


@pytest.mark.parametrize("language", LANGUAGES)
def test_counts_in_other_languages_name_the_table_then_the_number(qapp: Any, language: str) -> None:
    from desktop.ui.sync_words import count_shown, counts_shown

    known = read_ts(TS_FOLDER / f"gapkit_{language}.ts")
    assert i18n.set_app_language(language)
    organisations = known[("SyncWords", "Organisations")]
    assert count_shown("organisations", 1234) == f"{organisations}: 1,234"
    assert counts_shown({"organisations": 2, "assessments": 0}) == f"{organisations}: 2"
