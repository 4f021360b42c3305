"""The sync services' refusals on screen in the app's language: a field pack refused on a
laptop's Sync page, a bundle refused on the council's Import page, a cancel. The service keeps
the English (`str(...)`, the import history), the screens translate its template (context
"Messages") and fill in the same values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.errors import Cancelled, Message
from desktop.services import Services, open_services
from desktop.services.settings import SettingKey
from desktop.ui import i18n
from desktop.ui.pages.import_page import RESULT_COLUMNS

from .test_languages import (  # noqa: F401 (autouse: English again after)
    LANGUAGES,
    english_again,
)
from .test_message_languages import translation
from .test_sync_pages_languages import open_page

NO_COUNCIL = (
    "{source} is a field pack, but this laptop trusts no council yet. Trust the council's key "
    "first (Settings, or `gapkit council trust FILE` with the council's device file); nothing "
    "was imported."
)
COUNCIL_MODE = (
    "{source} is a field pack (made by a council for its laptops); this installation is in "
    "council mode, so it is not imported here."
)


def council_pack(tmp_path: Path) -> Path:
    """A full field pack from a council installation of its own."""
    council = open_services(tmp_path / "council", device_name="Kirklees Council")
    try:
        council.settings.set(SettingKey.COUNCIL_MODE, True)
        council.organisations.create(
            {"name": "Mirfield Men's Shed", "legal_form": "cic", "postcode": "HD1 2AB"}
        )
        folder = tmp_path / "stick"
        folder.mkdir()
        return council.packs.build_pack(folder, scope="all", full=True).path
    finally:
        council.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_pack_refused_on_the_sync_page_is_told_in_the_language(
    qtbot: Any, services: Services, tmp_path: Path, language: str
) -> None:
    pack = council_pack(tmp_path)
    assert i18n.set_app_language(language)
    page: Any = open_page(qtbot, services, "sync (laptop)")
    page.lower_tabs.setCurrentIndex(1)
    panel = page.council_packs
    panel.choose_pack = lambda _parent, _start: str(pack)
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last_summary is not None, timeout=20_000)

    summary = panel.last_summary
    assert summary.status == "rejected"
    # The service's words stay the English sentence (CLI, logs, the import history).
    assert summary.message == NO_COUNCIL.format(source=pack.name)
    assert services.imports.history()[0].message == NO_COUNCIL.format(source=pack.name)
    known = i18n.tr("CouncilPacks", "The pack was not imported: {reason}")
    reason = translation(language, NO_COUNCIL).format(source=pack.name)
    assert page.notice.label.text() == known.format(reason=reason)
    assert "trusts no council yet" not in page.notice.label.text()
    assert page.notice.isVisible()


@pytest.mark.parametrize("language", ["pl", "ur"])
def test_a_bundle_refused_on_the_import_page_says_why_in_the_language(
    qtbot: Any, services: Services, tmp_path: Path, language: str
) -> None:
    """The refusal is raised inside the merge (a Message carried by the import's internal
    rejection), not by a UserError: the results table still shows it translated."""
    services.settings.set(SettingKey.COUNCIL_MODE, True)
    pack = council_pack(tmp_path)
    assert i18n.set_app_language(language)
    page: Any = open_page(qtbot, services, "import")
    page.import_paths([pack])
    qtbot.waitUntil(lambda: not page.busy and page.results.rowCount() == 1, timeout=20_000)

    column = [c.title for c in RESULT_COLUMNS].index("What happened")
    shown = page.results.data(page.results.index(0, column), Qt.ItemDataRole.DisplayRole)
    assert shown == translation(language, COUNCIL_MODE).format(source=pack.name)
    assert "council mode" not in shown
    assert services.imports.history()[0].message == COUNCIL_MODE.format(source=pack.name)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_cancelled_pack_and_a_nested_message_are_translated(qapp: Any, language: str) -> None:
    assert i18n.set_app_language(language)
    cancelled = Cancelled("Pack cancelled; nothing was written.")
    assert i18n.error_text(cancelled) == translation(
        language, "Pack cancelled; nothing was written."
    )
    assert str(cancelled) == "Pack cancelled; nothing was written."
    # A message whose value is itself a message: both in the language.
    from desktop.services.sync.trust import _name_hint

    outer = Message(
        "No device has the id or the full key fingerprint {ref!r}. {hint}",
        ref="laptop 7",
        hint=_name_hint(0),
    )
    hint = "`gapkit devices list` shows the devices known here, with their ids and fingerprints."
    assert str(outer) == f"No device has the id or the full key fingerprint 'laptop 7'. {hint}"
    assert i18n.message_text(outer) == translation(
        language, "No device has the id or the full key fingerprint {ref!r}. {hint}"
    ).format(ref="laptop 7", hint=translation(language, hint))


def test_data_in_a_message_is_escaped_but_the_translations_direction_marks_stay(
    qapp: Any,
) -> None:
    """The Import page escapes control and bidi characters in what a bundle brings (a file
    name with a right-to-left override), not the Urdu translation's own marks that keep a
    command (`gapkit devices approve`) one left-to-right run."""
    from sync.text import shown

    template = (
        "{source} comes from {device}, a device not enrolled here (key fingerprint {key}). It "
        "is kept until staff approve the device (`gapkit devices approve`), after checking the "
        "fingerprint with the laptop (`gapkit devices show` on it)."
    )
    message = Message(template, source="evil\u202egkp.gapkit", device="Laptop 7", key="ab12")
    assert i18n.set_app_language("ur")
    text = i18n.message_text(message, shown)
    assert "\u200e`gapkit devices approve`\u200e" in text  # the translation's marks
    assert "evil\\u202egkp.gapkit" in text and "\u202e" not in text  # the data's, escaped
    assert text == translation("ur", template).format(
        source="evil\\u202egkp.gapkit", device="Laptop 7", key="ab12"
    )


CHANGED = (
    "{file} has been changed or damaged since the bundle was written (its hash or size does "
    "not match datapackage.json). Export it again."
)


def changed_after_signing(bundle: Path, member: str) -> Path:
    """A copy of `bundle` with one byte of `member` changed (its size kept), as a damaged
    memory stick or a hand edit leaves it: the signed hash no longer vouches for it."""
    import zipfile

    changed = bundle.with_name(f"changed-{bundle.name}")
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(changed, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == member:
                at = data.index(b'"name"') + len(b'"name": "')  # a letter of a name
                data = data[:at] + data[at : at + 1].swapcase() + data[at + 1 :]
            target.writestr(info, data)
    return changed


@pytest.mark.parametrize("language", ["pl", "ur"])
def test_a_bundle_the_reader_refuses_says_why_in_the_language_and_keeps_english_in_history(
    qtbot: Any, services: Services, tmp_path: Path, language: str
) -> None:
    """The pure bundle reader's refusals (hash, signature, format) carry their template and
    values, so the Import page's "What happened" is translated; the history stores the
    English, as before."""
    from tests.ui.test_council_pages import Laptop

    services.settings.set(SettingKey.COUNCIL_MODE, True)
    laptop = Laptop(tmp_path / "field", "Laptop 3")
    try:
        laptop.register(2)
        laptop.enrol_at(services)
        member = "data/organisations.json"
        bundle = changed_after_signing(laptop.export(), member)
    finally:
        laptop.close()
    assert i18n.set_app_language(language)
    page: Any = open_page(qtbot, services, "import")
    page.import_paths([bundle])
    qtbot.waitUntil(lambda: not page.busy and page.results.rowCount() == 1, timeout=20_000)

    english = f"{bundle.name}: {CHANGED.format(file=member)}"
    assert services.imports.history()[0].message == english
    column = [c.title for c in RESULT_COLUMNS].index("What happened")
    shown = page.results.data(page.results.index(0, column), Qt.ItemDataRole.DisplayRole)
    problem = translation(language, CHANGED).format(file=member)
    assert shown == translation(language, "{source}: {problem}").format(
        source=bundle.name, problem=problem
    )
    assert "has been changed" not in shown
