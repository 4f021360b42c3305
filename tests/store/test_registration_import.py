"""Bulk registration import on a real database: bad rows, all or nothing, no duplicates."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.errors import Cancelled, UserError
from desktop.registration.spreadsheet import (
    decode_text,
    header_key,
    map_columns,
    parse_map_option,
    read_sheet,
)
from desktop.services.registration_import import RegistrationImportService
from desktop.services.settings import SettingKey
from desktop.store.models import AuditEvent, Organisation

HEADERS = ["Organisation name", "Legal structure", "Charity no", "Company number", "Post code"]
GOOD_ROWS = [
    ["Holme Valley Food Bank", "Unincorporated association", "", "", "hd9 3aa"],
    ["Batley Boxing Club", "CIO (association model)", "1123456", "", "WF17 5AA"],
    ["Dewsbury Arts CIC", "Community interest company (CIC)", "", "08123456", "WF13 1AB"],
]


def write_csv(path: Path, headers: list[str], rows: list[list[str]], encoding: str = "utf-8"):
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def importer(services) -> RegistrationImportService:
    return RegistrationImportService(services.store, services.organisations.ward_list)


def organisation_count(services) -> int:
    with services.store.session() as session:
        return int(session.scalar(select(func.count()).select_from(Organisation)) or 0)


def test_good_rows_are_added_with_normalised_identifiers(services, tmp_path):
    path = write_csv(tmp_path / "list.csv", HEADERS, GOOD_ROWS)
    result = importer(services).import_file(path)
    assert result.written
    assert result.counts == {"added": 3, "updated": 0, "unchanged": 0, "bad": 0}
    found = {row.name: row for row in services.organisations.list_all()}
    assert found["Batley Boxing Club"].identifiers == "GB-CHC-1123456"
    assert found["Dewsbury Arts CIC"].identifiers == "GB-COH-08123456"
    assert found["Holme Valley Food Bank"].postcode == "HD9 3AA"


def test_bad_rows_are_reported_with_their_line_numbers_and_what_is_wrong(services, tmp_path):
    rows = [
        *GOOD_ROWS[:1],
        ["Bad Postcode Group", "Trust", "", "", "XX1"],
        ["Wrong Form Group", "Limited partnership", "", "", "HD1 2AB"],
        ["Bad Charity", "Trust", "12", "", "HD1 2AB"],
    ]
    path = write_csv(tmp_path / "list.csv", HEADERS, rows)
    result = importer(services).preview(path)
    bad = {outcome.line: outcome for outcome in result.bad_rows}
    assert set(bad) == {3, 4, 5}
    assert "Postcode" in bad[3].problems[0] and "XX1" in bad[3].problems[0]
    assert "Legal form" in bad[4].problems[0]
    assert "Charity number" in bad[5].problems[0]
    assert bad[3].describe().startswith("line 3 (Bad Postcode Group): Postcode")


def test_line_numbers_count_lines_inside_quoted_cells_and_skip_blank_lines(services, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(
        "Name,Legal form,Postcode,Notes\n"
        'Good Group,Trust,HD1 2AB,"two\nlines"\n'
        "\n"
        "Bad Group,Trust,NOPE,\n",
        encoding="utf-8",
    )
    result = importer(services).preview(path)
    assert [(o.line, o.status) for o in result.outcomes] == [(2, "added"), (5, "bad")]


def test_all_or_nothing_leaves_the_register_untouched_when_one_row_is_bad(services, tmp_path):
    rows = [*GOOD_ROWS, ["Bad Postcode Group", "Trust", "", "", "XX1"]]
    path = write_csv(tmp_path / "list.csv", HEADERS, rows)
    result = importer(services).import_file(path, skip_bad_rows=False)
    assert not result.written
    assert "nothing was imported" in result.summary()
    assert organisation_count(services) == 0
    with services.store.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == 0


def test_skip_bad_rows_imports_the_good_ones(services, tmp_path):
    rows = [*GOOD_ROWS, ["Bad Postcode Group", "Trust", "", "", "XX1"]]
    path = write_csv(tmp_path / "list.csv", HEADERS, rows)
    result = importer(services).import_file(path, skip_bad_rows=True)
    assert result.written
    assert result.counts["added"] == 3 and result.counts["bad"] == 1
    assert organisation_count(services) == 3


def test_dry_run_writes_nothing(services, tmp_path):
    path = write_csv(tmp_path / "list.csv", HEADERS, GOOD_ROWS)
    result = importer(services).import_file(path, dry_run=True)
    assert result.counts["added"] == 3
    assert not result.written
    assert organisation_count(services) == 0


def test_running_the_same_file_again_adds_no_duplicates(services, tmp_path):
    path = write_csv(tmp_path / "list.csv", HEADERS, GOOD_ROWS)
    importer(services).import_file(path)
    again = importer(services).import_file(path)
    assert again.counts == {"added": 0, "updated": 0, "unchanged": 3, "bad": 0}
    assert not again.written
    assert organisation_count(services) == 3


def test_a_row_matches_on_identifier_in_any_written_form_and_updates_what_differs(
    services, tmp_path
):
    existing = services.organisations.create(
        {
            "name": "Batley Boxing Club",
            "legal_form": "cio_association",
            "postcode": "WF17 5AA",
            "charity_id": "GB-CHC-1123456",
            "town": "Batley",
        }
    )
    # A renamed club at a new address: only the charity number ties it to the record.
    path = write_csv(
        tmp_path / "list.csv",
        ["Name", "Charity number", "Postcode", "Volunteers"],
        [["Batley Amateur Boxing Club", " 1123456 ", "wf17 6bb", "14"]],
    )
    result = importer(services).import_file(path)
    (outcome,) = result.outcomes
    assert outcome.status == "updated"
    assert outcome.matched_on == "charity number"
    assert set(outcome.changed_fields) == {"name", "postcode", "volunteers_count"}
    detail = services.organisations.get(existing.id)
    assert detail.values["name"] == "Batley Amateur Boxing Club"
    assert detail.values["volunteers_count"] == 14
    # an empty or absent column leaves the stored value alone
    assert detail.values["town"] == "Batley"
    assert detail.rev == 2
    trail = {entry.field for entry in services.organisations.audit_trail(existing.id)}
    assert {"name", "postcode", "volunteers_count"} <= trail
    assert organisation_count(services) == 1


def test_a_row_without_identifier_matches_on_name_and_postcode_ignoring_case_and_spaces(
    services, tmp_path
):
    existing = services.organisations.create(
        {"name": "Holme Valley Food Bank", "legal_form": "trust", "postcode": "HD9 3AA"}
    )
    path = write_csv(
        tmp_path / "list.csv",
        ["Name", "Legal form", "Postcode"],
        [["  holme valley   FOOD bank ", "Trust", "hd93aa"]],
    )
    result = importer(services).import_file(path)
    (outcome,) = result.outcomes
    assert outcome.status == "unchanged"
    assert outcome.matched_on == "name and postcode"
    assert outcome.organisation_id == existing.id
    assert organisation_count(services) == 1


def test_same_name_and_postcode_with_a_different_charity_number_is_another_organisation(
    services, tmp_path
):
    services.organisations.create(
        {
            "name": "St Mary's Trust",
            "legal_form": "trust",
            "postcode": "HD1 2AB",
            "charity_id": "1123456",
        }
    )
    path = write_csv(
        tmp_path / "list.csv",
        ["Name", "Legal form", "Postcode", "Charity no"],
        [["St Mary's Trust", "Trust", "HD1 2AB", "1123457"]],
    )
    result = importer(services).import_file(path)
    assert result.outcomes[0].status == "added"
    assert organisation_count(services) == 2


def test_identifiers_belonging_to_two_organisations_make_the_row_bad(services, tmp_path):
    services.organisations.create(
        {"name": "Group A", "legal_form": "trust", "postcode": "HD1 2AB", "charity_id": "1123456"}
    )
    services.organisations.create(
        {
            "name": "Group B",
            "legal_form": "charitable_company",
            "postcode": "HD1 2AB",
            "company_id": "08123456",
        }
    )
    path = write_csv(
        tmp_path / "list.csv",
        ["Name", "Charity no", "Company no"],
        [["Group A", "1123456", "08123456"]],
    )
    (outcome,) = importer(services).preview(path).outcomes
    assert outcome.status == "bad"
    assert "different organisations" in outcome.problems[0]


def test_a_repeated_row_in_one_file_is_added_once(services, tmp_path):
    rows = [GOOD_ROWS[0], GOOD_ROWS[1], GOOD_ROWS[0]]
    path = write_csv(tmp_path / "list.csv", HEADERS, rows)
    result = importer(services).import_file(path)
    assert [o.status for o in result.outcomes] == ["added", "added", "unchanged"]
    assert result.outcomes[2].matched_on == "line 2"
    assert organisation_count(services) == 2


def test_two_rows_for_one_new_organisation_that_disagree_are_reported(services, tmp_path):
    rows = [GOOD_ROWS[1], ["Batley Boxing Club", "Trust", "1123456", "", "WF17 5AA"]]
    path = write_csv(tmp_path / "list.csv", HEADERS, rows)
    result = importer(services).import_file(path)
    assert result.outcomes[1].status == "bad"
    assert "Line 2 already adds" in result.outcomes[1].problems[0]
    assert organisation_count(services) == 0


def test_cancelling_part_way_leaves_nothing_written(services, tmp_path):
    rows = [[f"Group {n:04d}", "Trust", "", "", "HD1 2AB"] for n in range(450)]
    path = write_csv(tmp_path / "list.csv", HEADERS, rows)
    calls = []

    def should_cancel() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        importer(services).import_file(path, should_cancel=should_cancel)
    assert organisation_count(services) == 0


def test_windows_spreadsheet_csv_in_cp1252_with_semicolons_is_read(services, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(
        "Name;Legal form;Post code;Themes\r\n"
        "Café Society;Trust;HD1 2AB;Food; Arts and culture\r\n".encode("cp1252")
    )
    sheet = read_sheet(path)
    assert sheet.encoding == "cp1252"
    # a ';'-separated file cannot also split its list cells on ';' inside a cell unquoted
    assert sheet.rows[0].cells[0] == "Café Society"


def test_utf8_with_bom_header_is_mapped(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("\ufeffOrganisation name,Post code\r\nX Group,HD1 2AB\r\n".encode())
    sheet = read_sheet(path)
    assert sheet.encoding == "utf-8-sig"
    assert map_columns(sheet.headers).mapped == {
        "Organisation name": "name",
        "Post code": "postcode",
    }


def test_list_fields_split_on_semicolons_and_address_columns_join(services, tmp_path):
    path = write_csv(
        tmp_path / "list.csv",
        ["Name", "Legal form", "Address 1", "Address 2", "Postcode", "Themes"],
        [["A Group", "Trust", "1 High St", "Upper Floor", "HD1 2AB", "Food; Arts and culture"]],
    )
    importer(services).import_file(path)
    (row,) = services.organisations.list_all()
    values = services.organisations.get(row.id).values
    assert values["address_lines"] == ["1 High St", "Upper Floor"]
    assert values["themes"] == ["food", "arts_culture"]


def test_map_option_overrides_the_automatic_mapping(services, tmp_path):
    path = write_csv(
        tmp_path / "list.csv",
        ["Group", "Form", "PC", "Status"],
        [["A Group", "Trust", "HD1 2AB", "active"]],
    )
    overrides = dict(parse_map_option(text) for text in ("Form=legal_form", "PC=Postcode"))
    overrides.update([parse_map_option("Status=")])
    result = importer(services).import_file(path, overrides=overrides)
    assert result.mapping.mapped == {"Group": "name", "Form": "legal_form", "PC": "postcode"}
    assert result.counts["added"] == 1


def test_map_option_naming_an_unknown_field_or_column_says_so(tmp_path):
    with pytest.raises(UserError, match="not a registration field"):
        parse_map_option("Group=favourite_colour")
    with pytest.raises(UserError, match="no such column"):
        map_columns(["Name"], {"Nmae": "name"})


def test_mapping_without_a_name_column_warns_that_rows_cannot_be_added():
    mapping = map_columns(["Charity no", "Volunteers"])
    assert any("cannot add new ones" in warning for warning in mapping.warnings())


def test_missing_file_and_empty_file_are_user_errors(tmp_path):
    with pytest.raises(UserError, match="Cannot find"):
        read_sheet(tmp_path / "nope.csv")
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    with pytest.raises(UserError, match="empty"):
        read_sheet(tmp_path / "empty.csv")


def test_xlsx_workbook_rows_keep_their_row_numbers(services, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Organisation name", "Legal form", "Postcode", "Year founded"])
    sheet.append(["A Group", "Trust", "HD1 2AB", 1990])
    sheet.append([None, None, None, None])
    sheet.append(["B Group", "Trust", "nonsense", 1990])
    book.save(tmp_path / "list.xlsx")
    result = importer(services).preview(tmp_path / "list.xlsx")
    assert [(o.line, o.status) for o in result.outcomes] == [(2, "added"), (4, "bad")]


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60))
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_decoding_never_loses_utf8_text(text):
    for raw in (text.encode("utf-8"), b"\xef\xbb\xbf" + text.encode("utf-8")):
        decoded, _encoding = decode_text(raw)
        assert decoded == text


@given(st.text(min_size=1, max_size=30))
def test_header_key_ignores_case_spaces_and_punctuation(header):
    assert header_key(header) == header_key(f"  {header.upper()} .")


def test_two_rows_for_one_registered_organisation_that_disagree_do_not_flip_it_each_run(
    services, tmp_path
):
    existing = services.organisations.create(
        {"name": "Group A", "legal_form": "trust", "postcode": "HD1 2AB", "charity_id": "1123456"}
    )
    path = write_csv(
        tmp_path / "list.csv",
        ["Name", "Charity no", "Town"],
        [["Group A", "1123456", "Batley"], ["Group A", "1123456", "Dewsbury"]],
    )
    for _run in range(2):
        result = importer(services).import_file(path, skip_bad_rows=True)
        assert [o.status for o in result.outcomes][1] == "bad"
        assert "Line 2 already gives Group A" in result.outcomes[1].problems[0]
        assert services.organisations.get(existing.id).values["town"] == "Batley"
    again = importer(services).import_file(path, skip_bad_rows=True)
    assert again.counts["updated"] == 0


def test_the_spreadsheet_import_uses_the_ward_file_chosen_in_settings(services, tmp_path):
    from desktop.paths import resources_dir
    from desktop.services.registration_import import RegistrationImportService

    services.settings.set(
        SettingKey.WARD_FILE, str(resources_dir() / "wards" / "kirklees-2004.yaml")
    )
    assert "Golcar" in RegistrationImportService(services.store).ward_list.names
