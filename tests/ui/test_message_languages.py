"""The services' messages in the app's language: a UserError keeps its English template and
values (str() is the English text, as before), and the screens show it translated
(desktop.ui.i18n.error_text, context "Messages" of the .ts files, which
tools/ui_translations.py collects and checks)."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.errors import MESSAGES_CONTEXT, Message, NotFound, UserError, ValidationFailed, Word
from desktop.registration.problems import RegistrationError
from desktop.registration.validation import validate_registration
from desktop.registration.wards import load_ward_list
from desktop.services import Services
from desktop.ui import i18n
from tests.ui.visible_text import take_translation

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import ui_translations  # noqa: E402

NO_CONSENT = (
    "The group has not agreed to their answers being kept and sent to the council. "
    "Ask for their agreement before starting, or stop here."
)
BAD_POSTCODE = "Postcode: '{typed}' is not a UK postcode. Use the form HD1 2AB."


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    """Each test leaves the app in English. The translations compile once per run, into the
    test session's cache folder (tests/conftest.py), named by each .ts file's digest."""
    yield
    i18n.set_app_language("en")


def translation(language: str, template: str) -> str:
    known = ui_translations.read_ts(i18n.ts_folder() / f"gapkit_{language}.ts")
    text = known[(MESSAGES_CONTEXT, template)]
    assert text and (text != template or not template.strip("{}: abcdefghijklmnopqrstuvwxyz"))
    return text


def problems_of(data: dict[str, Any]) -> dict[str, str]:
    with pytest.raises(RegistrationError) as failed:
        validate_registration(data, ward_list=load_ward_list())
    return dict(failed.value.problems)


# -- English: exactly the text of before -------------------------------------------------------


def test_the_english_text_is_what_the_old_f_strings_made(services: Services, organisation) -> None:
    """Real refusals of the services, compared with the f-strings they replaced."""
    with pytest.raises(UserError) as refused:
        services.assessments.start(
            organisation.id, "health_check", "facilitated", consent_given=False
        )
    assert str(refused.value) == NO_CONSENT
    assert refused.value.template == NO_CONSENT and refused.value.values == {}

    detail = services.assessments.start(
        organisation.id,
        "health_check",
        "group",
        consent_given=True,
        participants=[("P1", "trustee")],
    )
    label = "P1"
    with pytest.raises(UserError) as twice:
        services.assessments.add_participant(detail.id, label, "trustee")
    assert str(twice.value) == f"There is already a participant called {label}."
    assert twice.value.values == {"label": "P1"}
    assert twice.value.args == (str(twice.value),)

    kind, mode = "survey", "solo"
    with pytest.raises(UserError) as unknown:
        services.assessments.start(organisation.id, kind, "facilitated", consent_given=True)
    kinds = {"health_check": "", "cat_readiness": ""}
    assert str(unknown.value) == (
        f"Unknown assessment kind '{kind}'. Choose one of: {', '.join(kinds)}."
    )
    with pytest.raises(UserError) as no_mode:
        services.assessments.start(organisation.id, "health_check", mode, consent_given=True)
    assert str(no_mode.value) == f"Unknown mode '{mode}'. Choose facilitated or group."

    text = "zzzz"
    with pytest.raises(NotFound) as missing:
        services.privacy.organisation_id(text)
    assert str(missing.value) == f"No organisation's id starts with {text}."


def test_the_registration_problems_are_the_english_of_before() -> None:
    this_year = date.today().year
    raw, year, signatories = "HD7 XYZ", 3000, "lots"
    problems = problems_of(
        {
            "name": "Golcar Lily",
            "legal_form": "trust",
            "postcode": raw,
            "year_founded": year,
            "bank_signatories": signatories,
            "policies": {"safeguarding": "2999-01-01"},
        }
    )
    assert problems["postcode"] == f"Postcode: '{raw}' is not a UK postcode. Use the form HD1 2AB."
    assert problems["year_founded"] == (
        f"Year founded: {year} is out of range. Type a year from 1800 to {this_year}."
    )
    assert problems["bank_signatories"] == (
        f"Bank signatories: '{signatories}' is not a whole number. Type a number from 1 to 50."
    )
    assert problems["policies"] == (
        "Policies held: Safeguarding review date: 2999-01-01 is in the future. Use today's date "
        "or an earlier one."
    )
    staff = problems_of({"name": "Golcar Lily", "legal_form": "trust", "staff_fte": 2000.5})
    assert (
        staff["staff_fte"]
        == "Paid staff (FTE): 2000.5 is out of range. Type a number from 0 to 1000."
    )
    assert staff["postcode"] == "Postcode: it is empty. Type the postcode in the form HD1 2AB."


def test_a_message_is_its_english_text_wherever_it_goes() -> None:
    message = Message("{field}: {problem}", field=Word("Postcode", "Registration"), problem="x")
    assert message == "Postcode: x" and isinstance(message, str)
    assert Message("Keep {braces} as written") == "Keep {braces} as written"
    failed = ValidationFailed([("postcode", message), ("name", "plain")])
    assert str(failed) == "Postcode: x; plain"
    assert str(UserError(message)) == "Postcode: x" and UserError(message).values["problem"] == "x"


# -- shown translated -------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ur", "pl"])
def test_the_start_dialog_shows_the_refusal_in_the_language(
    qtbot: Any, services: Services, organisation: Any, language: str
) -> None:
    from desktop.ui.dialogs.start_assessment import StartAssessmentDialog

    assert i18n.set_app_language(language)
    dialog = StartAssessmentDialog(services, organisation.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.consent.isChecked()
    dialog.start()  # as if the button were pressed without the group's agreement
    assert dialog.error.isVisible()
    assert dialog.error.text() == translation(language, NO_CONSENT)
    assert dialog.isVisible() and services.assessments.count() == 0


def test_a_bad_postcode_is_explained_under_its_field_in_polish(
    qtbot: Any, services: Services, organisations_page: Any
) -> None:
    assert i18n.set_app_language("pl")
    page = organisations_page
    qtbot.keyClicks(page.form.name_edit, "Golcar Lily Allotments")
    qtbot.keyClicks(page.form.postcode_edit, "HD7 XYZ")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    whole = translation("pl", BAD_POSTCODE).format(typed="HD7 XYZ")
    assert whole.startswith("Kod pocztowy: ")  # the field's own name, as the form shows it
    assert page.form.problem_text("postcode") == whole.removeprefix("Kod pocztowy: ")
    assert "nie jest brytyjskim kodem pocztowym" in page.form.problem_text("postcode")
    legal_form = translation(
        "pl", "Legal form: none chosen. Pick the one that fits, or Other and say what."
    )
    assert page.form.problem_text("legal_form") == legal_form.removeprefix("Forma prawna: ")
    summary = page.form.summary.text()
    assert whole in summary.replace("&#x27;", "'") and "not a UK postcode" not in summary
    assert services.organisations.count() == 0


def test_values_that_are_words_or_messages_are_translated_too(qapp: Any) -> None:
    problems = problems_of({"name": "Golcar Lily", "legal_form": "trust", "year_founded": 3000})
    assert i18n.set_app_language("pl")
    shown = i18n.message_text(problems["year_founded"])
    hint = translation("pl", "Type a year from 1800 to {year}.").format(year=date.today().year)
    assert shown == translation("pl", "{field}: {problem}").format(
        field=i18n.tr("Registration", "Year founded"),
        problem=translation("pl", "{number} is out of range. {hint}").format(
            number=3000, hint=hint
        ),
    )
    assert "Rok" in shown and "Year founded" not in shown and "Type a year" not in shown
    failed = RegistrationError([("year_founded", problems["year_founded"]), ("x", "as it is")])
    assert i18n.error_text(failed) == f"{shown}; as it is"


def test_a_message_without_a_translation_and_other_errors_stay_as_they_are(qapp: Any) -> None:
    assert i18n.set_app_language("ur")
    assert i18n.error_text(UserError("Made at {time}, not in the files.", time="10:00")) == (
        "Made at 10:00, not in the files."
    )
    assert i18n.error_text(ValueError("not ours")) == "not ours"
    assert i18n.error_text(UserError(NO_CONSENT)) == translation("ur", NO_CONSENT)


# -- the translations' files ------------------------------------------------------------------


def test_the_tool_collects_every_kind_of_message() -> None:
    found = ui_translations.collect_messages()
    assert NO_CONSENT in found  # UserError in a service
    assert BAD_POSTCODE in found  # InvalidValue, a subclass, in desktop/registration
    assert "That action is no longer in the plan." in found  # NotFound
    assert "No organisation's id starts with {start}." in found
    assert "Type a year from 1800 to {year}." in found  # Message(...)
    assert any(t.startswith("The council setup file {path}") for t in found)  # super().__init__
    # The sync services' messages, a rejection (Message inside _Rejected) and a cancel.
    assert "{source} is a field pack, but this laptop trusts no council yet. Trust the " in (
        "".join(found)
    )
    assert any(t.startswith("{source} claims to come from this installation itself") for t in found)
    assert "Pack cancelled; nothing was written." in found
    # The pure bundle reader's refusals: Message(...) in sync/, a SyncError's fixed sentence.
    assert "{file} should hold a list of records." in found
    assert "A council public key is 32 bytes long." in found  # KeyFileError("...")


def test_the_check_fails_when_a_message_loses_its_translation_or_a_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "ui"
    shutil.copytree(i18n.ts_folder(), folder)
    monkeypatch.setattr(ui_translations, "TS_FOLDER", folder)
    ts = folder / "gapkit_pl.ts"
    original = ts.read_text(encoding="utf-8")
    source = "There is already a participant called {label}."
    take_translation(ts, source)
    capsys.readouterr()
    assert ui_translations.main(["--check"]) == 1
    assert capsys.readouterr().err.strip().splitlines() == [
        f"gapkit_pl.ts: Messages: no translation of {source!r}"
    ]  # and nothing else: every other text of every language is translated
    # A translation that lost its {place} is refused too (main reports what `misplaced` finds).
    assert ui_translations.misplaced(ui_translations.read_ts(ts)) == []
    lost = original.replace("Jest już uczestnik o nazwie {label}.", "Jest już taki uczestnik.")
    assert lost != original
    ts.write_text(lost, encoding="utf-8")
    assert ui_translations.misplaced(ui_translations.read_ts(ts)) == [(MESSAGES_CONTEXT, source)]


def test_a_spreadsheet_rows_problems_are_shown_in_the_language(
    qapp: Any, services: Services, tmp_path: Path
) -> None:
    from desktop.services.registration_import import RegistrationImportService
    from desktop.ui.dialogs.import_csv import _details

    sheet = tmp_path / "groups.csv"
    sheet.write_text(
        "Name,Legal form,Postcode,Charity number\n"
        "Golcar Lily Allotments,Trust,HD7 XYZ,\n"
        "Marsden Repair Cafe,Trust,HD7 6BW,12\n",
        encoding="utf-8",
    )
    result = RegistrationImportService(services.store, services.organisations.ward_list).preview(
        sheet
    )
    postcode_row, charity_row = (o for o in result.outcomes if o.status == "bad")
    english = (_details(postcode_row), _details(charity_row))
    assert english[0] == "Postcode: 'HD7 XYZ' is not a UK postcode. Use the form HD1 2AB."
    assert english[1].startswith("Charity number: '12' is not a charity number.")
    assert i18n.set_app_language("pl")
    assert _details(postcode_row) == translation("pl", BAD_POSTCODE).format(typed="HD7 XYZ")
    assert _details(charity_row).startswith("Numer organizacji charytatywnej: '12' nie jest")


def test_the_online_imports_refused_lines_are_each_in_the_language(
    qapp: Any, services: Services, tmp_path: Path
) -> None:
    from forms.loader import shipped_forms

    form = shipped_forms()["health-check"]
    rows = ["gap_org_name,gap_org_postcode,governance_2"] + ["Nobody,HD7 6AA,3"] * 52
    source = tmp_path / "answers.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(UserError) as refused:
        services.online_imports.import_csv(form, source)
    # The English of before: each refused line, the first 50, then how many more.
    problems = [f"line {n}: it has no instance id (meta/instanceID or _uuid)" for n in range(2, 54)]
    listed = "\n".join(f"  {p}" for p in problems[:50])
    more = f"\n  … and {len(problems) - 50} more"
    assert str(refused.value) == (
        f"{source.name}: {len(problems)} submission(s) can't be imported, so none "
        f"were. Fix these and import the file again:\n{listed}{more}"
    )
    assert i18n.set_app_language("pl")
    shown = i18n.error_text(refused.value).splitlines()
    assert len(shown) == 1 + 50 + 1
    assert shown[1] == "  wiersz 2: " + translation(
        "pl", "it has no instance id (meta/instanceID or _uuid)"
    )
    assert shown[-1] == "  … i jeszcze 2"
    assert not any("line" in text or "instance id" in text for text in shown)


def test_every_translation_keeps_the_places_of_its_english(tmp_path: Path) -> None:
    """In every language and every context (the services' messages and the screens' own
    words, filled in with tr(...).format or tr_format), a translation has exactly the
    `{places}` of its English: one it added raises KeyError when it is filled in, one it lost
    drops a value. A screen's text that lost a place in a copy is found too."""
    files = sorted(i18n.ts_folder().glob("gapkit_*.ts"))
    assert len(files) >= 3
    for path in files:
        known = ui_translations.read_ts(path)
        assert sum("{" in source for _context, source in known) > 100
        assert ui_translations.misplaced(known) == [], path.name
    source = "{shown} of {total} organisations"
    ts = tmp_path / "gapkit_pl.ts"
    original = (i18n.ts_folder() / "gapkit_pl.ts").read_text(encoding="utf-8")
    translated = ui_translations.read_ts(i18n.ts_folder() / "gapkit_pl.ts")[
        ("Organisations", source)
    ]
    assert "{shown}" in translated
    renamed = original.replace(
        f"<source>{source}</source>\n            <translation>{translated}</translation>",
        f"<source>{source}</source>\n            <translation>"
        + translated.replace("{shown}", "{showing}")
        + "</translation>",
    )
    assert renamed != original
    ts.write_text(renamed, encoding="utf-8")
    assert ui_translations.misplaced(ui_translations.read_ts(ts)) == [("Organisations", source)]


def test_a_council_files_kind_reads_as_before_and_is_translated(qapp: Any) -> None:
    from desktop.services.resources import KIND_IN_SENTENCE, RESOURCE_KINDS

    # The words the message used to make from each kind's label.
    assert {k: str(w) for k, w in KIND_IN_SENTENCE.items()} == {
        k: kind.label.lower() for k, kind in RESOURCE_KINDS.items()
    }
    template = "The {kind} {path} cannot be read: {reason}"
    error = UserError(template, kind=KIND_IN_SENTENCE["funds"], path="f.yaml", reason="gone")
    assert str(error) == "The funds file f.yaml cannot be read: gone"
    assert i18n.set_app_language("pl")
    assert i18n.error_text(error) == translation("pl", template).format(
        kind=translation("pl", "funds file"), path="f.yaml", reason="gone"
    )


SAY_WHY = (
    "Say why it is marked {state}: the worker sees the comment on their laptop (--comment TEXT)."
)
NOT_TO_SET = (
    "Council staff mark work approved, has-issues or rejected; {state} is not something to set."
)


@pytest.mark.parametrize("language", ["pl", "ur"])
def test_a_review_state_inside_a_message_is_shown_in_the_language(
    qapp: Any, services: Services, language: str
) -> None:
    """The state is a Word (context "ReviewState"), not the English label lower-cased."""
    from desktop.services.settings import SettingKey

    services.settings.set(SettingKey.COUNCIL_MODE, True)
    with pytest.raises(UserError) as no_comment:
        services.reviews.set_state(["any"], "rejected")
    with pytest.raises(UserError) as not_ours:
        services.reviews.set_state(["any"], "resubmitted")
    assert str(no_comment.value) == SAY_WHY.format(state="rejected")
    assert str(not_ours.value) == NOT_TO_SET.format(state="resubmitted")

    known = ui_translations.read_ts(i18n.ts_folder() / f"gapkit_{language}.ts")
    assert i18n.set_app_language(language)
    rejected = known[("ReviewState", "rejected")]
    resubmitted = known[("ReviewState", "resubmitted")]
    assert i18n.error_text(no_comment.value) == translation(language, SAY_WHY).format(
        state=rejected
    )
    assert i18n.error_text(not_ours.value) == translation(language, NOT_TO_SET).format(
        state=resubmitted
    )
    assert "rejected" not in rejected and "resubmitted" not in resubmitted


DAMAGED = (
    "The database {path} is damaged ({what}). Nothing was changed. Close GAP Field Kit, move "
    "the file aside and copy the newest file from {backups} in its place (renamed {file}); ask "
    "IT for help if there is none."
)


@pytest.mark.parametrize("language", ["pl", "ur"])
def test_a_damaged_database_is_told_in_the_language_when_the_app_opens_it(
    qtbot: Any, tmp_path: Path, language: str
) -> None:
    """The store's DatabaseProblem is a template too, its reason (`what`) a message."""
    from desktop.errors import DatabaseProblem
    from desktop.services import open_services
    from desktop.store.db import BACKUP_FOLDER
    from desktop.store.revision import DATABASE_FILE
    from desktop.ui.app import StoreOpener

    folder = tmp_path / "data"
    folder.mkdir()
    database = folder / DATABASE_FILE
    database.write_bytes(b"SQLite f")  # a copy cut short
    filled = {"path": database, "backups": folder / BACKUP_FOLDER, "file": DATABASE_FILE}
    with pytest.raises(DatabaseProblem) as damaged:
        open_services(folder)
    assert damaged.value.kind == "damaged"
    assert str(damaged.value) == DAMAGED.format(what="the file is cut short", **filled)

    assert i18n.set_app_language(language)
    opener = StoreOpener(folder)
    with qtbot.waitSignal(opener.refused, timeout=20_000) as refused:
        opener.start()
    opener.wait()
    what = translation(language, "the file is cut short")
    assert refused.args == [translation(language, DAMAGED).format(what=what, **filled)]
    assert database.read_bytes() == b"SQLite f"  # nothing was changed


# A registered charity the spreadsheet tests' rows match on its charity number.
GROUP_A = {"name": "Group A", "legal_form": "trust", "postcode": "HD1 2AB", "charity_id": "1123456"}
TWO_COLUMNS = (
    "Columns '{first}' and '{second}' both give {field}; the last one filled in wins. Leave one "
    'out with --map "{second}=".'
)
NO_COLUMN = (
    "No column gives {fields}: rows can update organisations already registered but cannot add "
    'new ones. Map a column to it with --map "Header=field".'
)


def test_the_spreadsheet_imports_mapping_notes_and_matches_are_shown_in_the_language(
    qtbot: Any, services: Services, tmp_path: Path
) -> None:
    """Two columns for one field, required fields no column gives, and a row matched on its
    charity number: the mapping's warnings are messages, what a row matched on a word."""
    from desktop.registration.spreadsheet import ColumnMapping
    from desktop.ui.dialogs.import_csv import ImportCsvDialog
    from tests.ui.test_council_pages import previewed, write_rows

    services.organisations.create(GROUP_A)
    path = write_rows(
        tmp_path / "register.csv",
        [
            ["Organisation name", "Charity number", "Registered charity number"],
            ["Group A", "1123456", "1123456"],
        ],
    )
    english = ColumnMapping(
        ("Charity number", "Registered charity number", "Organisation name"),
        ("charity_id", "charity_id", "name"),
    ).warnings()
    assert english == [
        TWO_COLUMNS.format(
            first="Charity number", second="Registered charity number", field="Charity number"
        ),
        NO_COLUMN.format(fields="Legal form, Postcode"),
    ]

    known = ui_translations.read_ts(i18n.ts_folder() / "gapkit_pl.ts")
    assert i18n.set_app_language("pl")
    dialog = ImportCsvDialog(services)
    qtbot.addWidget(dialog)
    previewed(qtbot, dialog, path)
    field = known[("Registration", "Charity number")]
    fields = ", ".join(known[("Registration", label)] for label in ("Legal form", "Postcode"))
    notes = dialog.mapping_notes.text()
    assert (
        translation("pl", TWO_COLUMNS).format(
            first="Charity number", second="Registered charity number", field=field
        )
        in notes
    )
    assert translation("pl", NO_COLUMN).format(fields=fields) in notes
    assert "both give" not in notes and "No column gives" not in notes

    outcome = dialog.outcomes.rows[0]
    assert outcome.status == "unchanged" and outcome.matched_on == "charity number"
    details = dialog.outcomes.data(dialog.outcomes.index(0, 3))
    assert details == known[("ImportCsv", "matched on {key}")].format(
        key=known[("Matched", "charity number")]
    )
    # The summary of the dry run (ImportResult.summary, a message made of messages).
    assert str(dialog.import_result.summary()) == (
        "Dry run of 1 row: would be 0 added, 0 updated, 1 unchanged, 0 bad. Nothing was written."
    )
    body = translation("pl", "{added} added, {updated} updated, {unchanged} unchanged, {bad} bad")
    summary = translation("pl", "Dry run of {rows}: would be {body}. Nothing was written.").format(
        rows=translation("pl", "1 row"), body=body.format(added=0, updated=0, unchanged=1, bad=0)
    )
    assert dialog.summary.text() == known[("ImportCsv", "{summary} (read as {encoding})")].format(
        summary=summary, encoding="utf-8"
    )


NO_ASSESSMENT = (
    "There is no assessment {assessment_id}; {count} report(s) were written to {folder} before it."
)


def test_a_report_refused_is_told_in_the_language_on_the_reports_dialog(
    qtbot: Any, services: Services, tmp_path: Path
) -> None:
    """The reports' own refusals (desktop/reports) are messages: the PDF reports dialog, whose
    worker writes the reports in its own thread, shows one in Urdu."""
    from desktop.ui.dialogs.batch_reports import BatchReportsDialog

    assert i18n.set_app_language("ur")
    dialog = BatchReportsDialog(services, ["no-such-assessment"])
    qtbot.addWidget(dialog)
    folder = tmp_path / "reports"
    dialog.folder_edit.setText(str(folder))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    writing = dialog.status.text()
    qtbot.waitUntil(lambda: dialog.status.text() != writing, timeout=20_000)
    assert dialog.status.text() == translation("ur", NO_ASSESSMENT).format(
        assessment_id="no-such-assessment", count=0, folder=folder
    )
    # The worker's thread ends just after it says why; a dialog freed before then would take
    # a running QThread with it (Qt aborts the process).
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)


AMBIGUOUS = (
    "This row is ambiguous: its charity number and company number belong to different "
    "organisations (Group A (in the register), Group B (in the register)). Check the numbers."
)


def test_a_row_whose_numbers_name_two_organisations_says_so_in_the_language(
    qtbot: Any, services: Services, tmp_path: Path
) -> None:
    from desktop.ui.dialogs.import_csv import ImportCsvDialog
    from tests.ui.test_council_pages import previewed, write_rows

    services.organisations.create(GROUP_A)
    services.organisations.create(
        {
            "name": "Group B",
            "legal_form": "charitable_company",
            "postcode": "HD1 2AB",
            "company_id": "08123456",
        }
    )
    path = write_rows(
        tmp_path / "list.csv",
        [["Name", "Charity number", "Company number"], ["Group A", "1123456", "08123456"]],
    )
    known = ui_translations.read_ts(i18n.ts_folder() / "gapkit_pa.ts")
    assert i18n.set_app_language("pa")
    dialog = ImportCsvDialog(services)
    qtbot.addWidget(dialog)
    previewed(qtbot, dialog, path)
    (outcome,) = dialog.outcomes.rows
    assert outcome.problems[0] == AMBIGUOUS  # the English of before

    def pa(template: str, **values: str) -> str:
        return known[("Messages", template)].format(**values)

    numbers = pa(
        "{first} and {second}",
        first=known[("Matched", "charity number")],
        second=known[("Matched", "company number")],
    )
    which = ", ".join(pa("{name} (in the register)", name=name) for name in ("Group A", "Group B"))
    problem = pa(
        "its {numbers} belong to different organisations ({which}). Check the numbers.",
        numbers=numbers,
        which=which,
    )
    shown = dialog.outcomes.data(dialog.outcomes.index(0, 3))
    assert shown == pa("This row is ambiguous: {problem}", problem=problem)


def test_the_check_refuses_a_shortcut_letter_inside_an_urdu_or_punjabi_word() -> None:
    """An underlined letter breaks a joined or stacked word's shape; Polish may mark one."""
    source = ("Runner", "&Skip (S)")
    assert ui_translations.shortcut_letters("pa", {source: "&ਛੱਡੋ (S)"}) == [source]
    assert ui_translations.shortcut_letters("ur", {source: "&چھوڑیں (S)"}) == [source]
    assert ui_translations.shortcut_letters("pa", {source: "ਛੱਡੋ (S)"}) == []
    assert ui_translations.shortcut_letters("pl", {source: "&Pomiń (S)"}) == []
    for path in sorted(i18n.ts_folder().glob("gapkit_*.ts")):
        language = path.stem.removeprefix("gapkit_")
        assert ui_translations.shortcut_letters(language, ui_translations.read_ts(path)) == []
