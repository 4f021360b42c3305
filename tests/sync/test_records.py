"""The bundle's record models match the store's tables column for column."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError
from sqlalchemy import JSON, Boolean, Date, Float, Integer, String, Text

from desktop.store import models
from sync.records import TABLES, records_adapter
from tests.sync.factories import dataset

SQL_TYPE_TO_TABLE_TYPE = {
    Boolean: "boolean",
    Integer: "integer",
    Float: "number",
    Date: "date",
    String: "string",
    Text: "string",
}


def _sql_columns(model: type) -> dict[str, object]:
    table = model.__table__  # type: ignore[attr-defined]
    return {c.name: c for c in table.columns if c.name not in models.LOCAL_ONLY_FIELDS}


def test_bundle_tables_are_the_synced_sql_tables_in_foreign_key_order() -> None:
    assert list(TABLES) == [m.__tablename__ for m in models.SYNCED_MODELS]  # type: ignore[attr-defined]


@pytest.mark.parametrize("model", models.SYNCED_MODELS, ids=lambda m: m.__tablename__)  # type: ignore[attr-defined]
def test_record_model_has_exactly_the_sql_columns_with_matching_types(model: type) -> None:
    spec = TABLES[model.__tablename__]  # type: ignore[attr-defined]
    sql = _sql_columns(model)
    assert sorted(spec.field_names) == sorted(sql)
    for column in spec.columns:
        sql_column = sql[column.name]
        sql_type = sql_column.type  # type: ignore[attr-defined]
        if isinstance(sql_type, JSON):
            assert column.table_type in ("array", "object", "any"), column.name
        elif isinstance(sql_type, models.UtcDateTime):
            assert column.table_type == "datetime", column.name
        else:
            expected = next(t for k, t in SQL_TYPE_TO_TABLE_TYPE.items() if isinstance(sql_type, k))
            assert column.table_type == expected, column.name
        if column.table_type != "any":
            assert column.nullable == sql_column.nullable, column.name  # type: ignore[attr-defined]
        length = getattr(sql_type, "length", None)
        if length is not None:
            assert column.max_length == length, column.name


@pytest.mark.parametrize("model", models.SYNCED_MODELS, ids=lambda m: m.__tablename__)  # type: ignore[attr-defined]
def test_stamped_fields_match_the_store(model: type) -> None:
    assert TABLES[model.__tablename__].stamped_fields == set(models.stamped_fields(model))  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "foreign_key",
    [(m.__tablename__, fk) for m in models.SYNCED_MODELS for fk in m.__table__.foreign_keys],  # type: ignore[attr-defined]
    ids=str,
)
def test_every_sql_foreign_key_is_in_the_registry(foreign_key: tuple[str, object]) -> None:
    table, fk = foreign_key
    registered = {(f.field, f.table) for f in TABLES[table].foreign_keys}
    assert (fk.parent.name, fk.column.table.name) in registered  # type: ignore[attr-defined]


@pytest.mark.parametrize("table", list(TABLES))
def test_fast_dict_validator_and_record_model_agree(table: str) -> None:
    records = dataset(assessments=2, questions=2)[table]
    assert records_adapter(table).validate_json(json.dumps(records)) == records
    for record in records:
        model = TABLES[table].model.model_validate(record)
        assert model.model_dump(by_alias=True) == record
    broken = [dict(records[0], rev="2")]
    with pytest.raises(ValidationError):
        records_adapter(table).validate_json(json.dumps(broken))
    with pytest.raises(ValidationError):
        TABLES[table].model.model_validate(broken[0])


def test_record_model_rejects_an_impossible_date() -> None:
    record = dataset(assessments=1)["organisations"][0] | {"consent_date": "2026-02-30"}
    with pytest.raises(ValidationError):
        TABLES["organisations"].model.model_validate(record)
    leap = record | {"consent_date": "2028-02-29"}
    TABLES["organisations"].model.model_validate(leap)


def test_an_assessment_from_a_bundle_written_before_cat_stages_reads_with_no_stage() -> None:
    from sync.records import fill_defaults

    records = dataset(assessments=1, questions=1)["assessments"]
    older = [
        {key: value for key, value in record.items() if key != "cat_stage"} for record in records
    ]
    read = fill_defaults(
        "assessments", records_adapter("assessments").validate_json(json.dumps(older))
    )
    assert [record["cat_stage"] for record in read] == [None]
    assert read == [dict(record, cat_stage=None) for record in records]
