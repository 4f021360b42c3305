"""Answers given online (Kobo / ODK Central CSV) come in as assessments, all or nothing, once."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.errors import UserError
from desktop.services.online_import import assessment_id_for
from desktop.store.models import Assessment, Response
from forms.loader import shipped_forms

from .kobo_csv import write_kobo_csv

ORGS = [
    ("Marsden Mechanics Hall", "HD7 6AA"),
    ("Batley Lunch Club", "WF17 5AA"),
    ("Ravensthorpe Women's Group", "WF13 3AA"),
]


@pytest.fixture
def registered(services):
    for name, postcode in ORGS:
        services.organisations.create({"name": name, "legal_form": "trust", "postcode": postcode})
    return services


def _counts(services) -> tuple[int, int]:
    with services.store.session() as session:
        assessments = session.scalar(
            select(func.count()).select_from(Assessment).where(Assessment.mode == "online")
        )
        responses = session.scalar(select(func.count()).select_from(Response))
    return assessments or 0, responses or 0


def test_fifty_submissions_become_fifty_assessments_and_a_reimport_adds_none(
    registered, tmp_path: Path
) -> None:
    form = shipped_forms()["health-check"]
    ids = write_kobo_csv(tmp_path / "kobo.csv", form, ORGS, 50)
    result = registered.online_imports.import_csv(form, tmp_path / "kobo.csv")
    assert (result.added, result.already_imported) == (50, 0)
    assessments, responses = _counts(registered)
    assert assessments == 50 and responses > 50 * 20
    again = registered.online_imports.import_csv(form, tmp_path / "kobo.csv")
    assert (again.added, again.already_imported) == (0, 50)
    assert _counts(registered) == (assessments, responses)
    with registered.store.session() as session:
        row = session.get(Assessment, assessment_id_for(ids[0]))
        assert row is not None and row.status == "completed" and row.kind == "health_check"


def test_one_bad_submission_stops_them_all(registered, tmp_path: Path) -> None:
    form = shipped_forms()["health-check"]
    path = tmp_path / "kobo.csv"
    write_kobo_csv(path, form, ORGS, 10)
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    header = rows[0]
    rated = next(q.id for _s, q in form.questions() if q.type == "rating" and not q.relevant)
    rating_column = next(i for i, h in enumerate(header) if h.endswith("/" + rated))
    name_column = header.index("gapkit_context/gap_org_name")
    rows[4][rating_column] = "7"
    rows[6][name_column] = "Nobody We Know"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    with pytest.raises(UserError) as error:
        registered.online_imports.import_csv(form, path)
    message = str(error.value)
    assert "2 submission(s) can't be imported, so none were" in message
    assert f"line 5: {rated}:" in message
    assert "line 7: no registered organisation is called 'Nobody We Know'" in message
    assert _counts(registered) == (0, 0)


def test_odk_central_headers_with_dashes_work_too(registered, tmp_path: Path) -> None:
    form = shipped_forms()["cat-readiness"]
    path = tmp_path / "central.csv"
    write_kobo_csv(path, form, ORGS, 5, separator="-")
    assert registered.online_imports.import_csv(form, path).added == 5


def test_not_a_csv_or_no_instance_id_is_refused_clearly(registered, tmp_path: Path) -> None:
    form = shipped_forms()["health-check"]
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(UserError, match="empty.csv is empty"):
        registered.online_imports.import_csv(form, empty)
    no_id = tmp_path / "noid.csv"
    no_id.write_text("gap_org_name,gap_org_postcode,governance_2\nBatley Lunch Club,WF17 5AA,3\n")
    with pytest.raises(UserError, match="line 2: it has no instance id"):
        registered.online_imports.import_csv(form, no_id)


def test_the_cli_imports_an_export(data_dir: Path, tmp_path: Path) -> None:
    from desktop.services import open_services

    services = open_services(data_dir)
    for name, postcode in ORGS:
        services.organisations.create({"name": name, "legal_form": "trust", "postcode": postcode})
    services.close()
    form_path = Path(__file__).resolve().parents[2] / "resources" / "forms" / "health-check.yaml"
    write_kobo_csv(tmp_path / "kobo.csv", shipped_forms()["health-check"], ORGS, 4)
    command = [
        sys.executable,
        "-m",
        "desktop",
        "import-kobo-csv",
        str(form_path),
        str(tmp_path / "kobo.csv"),
    ]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "4 online assessment(s) added" in done.stdout
