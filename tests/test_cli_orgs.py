"""`gapkit orgs list`: the register on the command line, as a table and as JSON."""

from __future__ import annotations

import json

from desktop.cli import main
from desktop.services import open_services


def _register(data_dir):
    services = open_services(data_dir)
    kept = services.organisations.create(
        {"name": "Łódź Polish Club", "legal_form": "trust", "postcode": "wf13 1aa"}
    )
    gone = services.organisations.create(
        {"name": "Closed Lunch Club", "legal_form": "trust", "postcode": "HD1 2AB"}
    )
    services.organisations.delete(gone.id)
    services.close()
    return kept, gone


def test_orgs_list_json_gives_every_field_of_live_organisations(data_dir, capsys):
    kept, _gone = _register(data_dir)
    assert main(["orgs", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["name"], r["postcode"]) for r in rows] == [
        (kept.id, "Łódź Polish Club", "WF13 1AA")
    ]
    assert rows[0]["legal_form"] == "trust" and "contact_email" in rows[0]


def test_orgs_list_json_includes_deleted_ones_when_asked(data_dir, capsys):
    kept, gone = _register(data_dir)
    assert main(["orgs", "list", "--json", "--include-deleted"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert sorted(r["id"] for r in rows) == sorted([kept.id, gone.id])


def test_orgs_list_prints_a_table_with_a_count(data_dir, capsys):
    _register(data_dir)
    assert main(["orgs", "list"]) == 0
    out = capsys.readouterr().out
    assert "Łódź Polish Club" in out and "Closed Lunch Club" not in out
    assert out.rstrip().endswith("1 organisation")


def test_data_dir_option_opens_that_folder_without_touching_argv_or_the_environment(
    data_dir, tmp_path, capsys
):
    import os
    import sys

    other = tmp_path / "other-folder"
    kept, _gone = _register(other)
    argv_before, env_before = list(sys.argv), os.environ.get("GAPKIT_DATA_DIR")

    assert main(["--data-dir", str(other), "orgs", "list", "--json"]) == 0

    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [kept.id]
    assert sys.argv == argv_before
    assert os.environ.get("GAPKIT_DATA_DIR") == env_before == str(data_dir)
