"""The forms and funds a report reads through the model cache (forms.model_cache) are the ones
validation makes: the form snapshot an assessment was answered on (its stored text read, on
SQLite and PostgreSQL alike), the shipped funds file and the vocabulary it is checked
against."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.registration import funds as funds_module
from desktop.services import Services
from desktop.services import scores as scores_module
from desktop.store.models import Assessment, FormSnapshot
from forms.models import FormDefinition


@pytest.fixture
def models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GAPKIT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "models"


def assert_same_model(found: object, expected: object) -> None:
    assert type(found) is type(expected)
    assert found == expected
    assert repr(found) == repr(expected)  # every text with its translations


def services_of_a_new_process(services: Services) -> Services:
    """Services as a new process has them: nothing parsed yet (scores keeps the forms it
    parsed for the process)."""
    scores_module._PARSED.clear()
    return Services(services.store)


def test_a_snapshot_read_in_a_new_process_is_the_form_validated_from_the_database(
    services: Services, models: Path
) -> None:
    organisation = services.organisations.create(
        {"name": "Snapshot Trust", "legal_form": "cio_association", "postcode": "WF13 3AA"}
    ).id
    assessment_id = services.assessments.start(organisation, "cat_readiness", consent_given=True).id
    with services.store.session() as session:
        snapshot_id = session.scalars(
            select(Assessment.form_snapshot_id).where(Assessment.id == assessment_id)
        ).one()
        stored = session.get(FormSnapshot, snapshot_id)
        assert stored is not None
        expected = FormDefinition.model_validate(json.loads(json.dumps(stored.definition)))

    # a new Services, with the process's parsed forms forgotten, is a new process's
    first = services_of_a_new_process(services).assessments.form_for(assessment_id)
    again = services_of_a_new_process(services).assessments.form_for(assessment_id)
    assert_same_model(first, expected)
    assert_same_model(again, expected)
    entries = list(models.glob(f"snapshot-{snapshot_id}--*.pickle"))
    assert len(entries) == 1
    # the entry is what a later process reads
    planted = expected.model_copy(update={"title": "Read from the cache"})
    import pickle

    entries[0].write_bytes(pickle.dumps(planted))
    assert services_of_a_new_process(services).assessments.form_for(assessment_id).title == (
        "Read from the cache"
    )


def test_the_shipped_funds_file_and_vocabulary_read_back_are_the_checked_ones(
    models: Path,
) -> None:
    funds_module._vocabulary_of.cache_clear()
    try:
        made = funds_module._make_vocabulary()
        text = funds_module.read_form_file(funds_module.default_funds_path())
        checked = funds_module.load_funds_text(text, "funds.yaml", made)
        for _ in range(2):  # made and kept, then read back
            funds_module._vocabulary_of.cache_clear()
            assert funds_module.shipped_vocabulary() == made
            assert_same_model(funds_module.load_funds(), checked)
        assert len(list(models.glob("funds-vocabulary--*.pickle"))) == 1
        assert len(list(models.glob("funds.yaml--*.pickle"))) == 1
    finally:
        funds_module._vocabulary_of.cache_clear()


def test_another_ward_file_makes_another_vocabulary(
    models: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.paths import resources_dir

    funds_module._vocabulary_of.cache_clear()
    try:
        shipped = funds_module.shipped_vocabulary()
        ward_file = tmp_path / "wards.yaml"
        text = (resources_dir() / "wards" / "kirklees-2026.yaml").read_text(encoding="utf-8")
        ward_file.write_text(text.replace("Almondbury", "Almondbury Bank"), encoding="utf-8")
        monkeypatch.setenv("GAPKIT_WARD_FILE", str(ward_file))
        other = funds_module.shipped_vocabulary()
        assert other != shipped
        assert "Almondbury Bank" in (other.names["ward"].values or ())
    finally:
        funds_module._vocabulary_of.cache_clear()


def test_with_the_shipped_forms_in_use_the_vocabulary_is_the_one_made_from_the_forms(
    services: Services,
) -> None:
    from desktop.registration.funds import FundVocabulary, fund_vocabulary

    fast = services.funds.vocabulary()  # no council forms here: the forms are not loaded
    # what vocabulary() made before: the shipped vocabulary overlaid with the forms' names
    forms = services.assessments.available_forms()
    shipped = funds_module.shipped_vocabulary()
    names = {**shipped.names, **fund_vocabulary(forms.values()).names}
    for field_name in ("ward", "district_area", "areas_of_benefit"):
        names[field_name] = shipped.names[field_name]
    expected = FundVocabulary(names, open_results=True)
    assert fast == expected
    assert list(fast.names) == list(expected.names)
    assert any(name.startswith("hc_") for name in fast.names)
    assert any(name.startswith("cat_") for name in fast.names)
