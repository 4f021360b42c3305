"""The Forms page: XLSForm out and in, and online answers in, through real widgets."""

from __future__ import annotations

from pathlib import Path

from forms.loader import load_form
from forms.models import FormDefinition
from forms.xlsform import import_xlsform


def open_forms(qtbot, main_window):
    main_window.show_page("forms")
    page = main_window.page("forms")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    return page


def test_a_form_exports_as_an_xlsform_and_imports_back(qtbot, main_window, tmp_path: Path):
    page = open_forms(qtbot, main_window)
    page.table.selectRow([f.id for f in page.model.rows].index("health-check"))
    xlsx = tmp_path / "hc.xlsx"
    page.export_selected(str(xlsx))
    qtbot.waitUntil(lambda: page.status.text().startswith("Wrote hc.xlsx"), timeout=20_000)
    original = page.selected_form()
    back = FormDefinition.model_validate(import_xlsform(xlsx, kind="health_check").form)
    # an XLSForm asks the stage as a question; the form file's stages stay with the council
    no_stages = {"stages", "default_stage"}
    assert back.model_dump(mode="json", exclude=no_stages) == original.model_dump(
        mode="json", exclude=no_stages
    )
    yaml_out = tmp_path / "hc.yaml"
    page.import_xlsform(str(xlsx), "health_check", str(yaml_out))
    qtbot.waitUntil(lambda: page.status.text().startswith("Wrote hc.yaml"), timeout=20_000)
    assert load_form(yaml_out).model_dump(exclude=no_stages) == original.model_dump(
        exclude=no_stages
    )


def test_a_bad_workbook_is_reported_and_nothing_written(qtbot, main_window, tmp_path: Path):
    page = open_forms(qtbot, main_window)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    target = tmp_path / "out.yaml"
    page.import_xlsform(str(bad), "health_check", str(target))
    qtbot.waitUntil(lambda: "is not an .xlsx workbook" in page.status.text(), timeout=20_000)
    assert not target.exists()
    assert page.import_button.isEnabled()
