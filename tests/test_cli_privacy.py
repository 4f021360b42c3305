"""`gapkit privacy`: subject access files, erasure with its listing, retention review."""

from __future__ import annotations

import json

from pypdf import PdfReader

from desktop.cli import main
from desktop.services import open_services
from tests.store.test_privacy import BOB, JANE, seed


def _seed(data_dir):  # type: ignore[no-untyped-def]
    services = open_services(data_dir)
    ids = seed(services)
    services.close()
    return ids


def test_privacy_export_writes_the_json_and_the_pdf(data_dir, tmp_path, capsys):
    _seed(data_dir)
    out = tmp_path / "sar"
    assert main(["privacy", "export", "--person", JANE["email"], "--out-dir", str(out)]) == 0
    written = sorted(out.iterdir())
    assert [p.suffix for p in written] == [".json", ".pdf"]
    data = json.loads(written[0].read_text(encoding="utf-8"))
    assert JANE["phone"] in {r["value"] for r in data["records"]}
    assert BOB["email"] not in written[0].read_text(encoding="utf-8")
    assert "Birkby Allotment Society" in PdfReader(written[1]).pages[0].extract_text()


def test_privacy_erase_lists_what_goes_and_asks(data_dir, capsys, monkeypatch):
    _seed(data_dir)
    monkeypatch.setattr("builtins.input", lambda _prompt: "no")
    assert main(["privacy", "erase", "--person", JANE["name"]]) == 1
    listing = capsys.readouterr().out
    assert JANE["email"] in listing and "Nothing was erased" in listing
    assert main(["privacy", "erase", "--person", JANE["name"], "--yes"]) == 0
    assert "Erased" in capsys.readouterr().out
    assert main(["privacy", "find", "--person", JANE["email"], "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["records"] == []


def test_privacy_due_lists_nothing_for_fresh_records(data_dir, capsys):
    _seed(data_dir)
    assert main(["privacy", "due", "--years", "3"]) == 0
    out = capsys.readouterr().out
    assert "3 years" in out and "0 contacts due" in out
