"""The register's table model and filter: what they show is what a plain search would find."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPersistentModelIndex, Qt

from desktop.services.organisation_rows import OrganisationSummary
from desktop.ui.models.organisations import (
    COLUMNS,
    LAST_CHANGED,
    NAME,
    OrganisationFilter,
    OrganisationTableModel,
)

WORDS = ["Batley", "Café", "Choir", "Club", "Dewsbury", "Food", "Ümit", "hd1", "GB-CHC"]
summaries = st.builds(
    OrganisationSummary,
    id=st.uuids().map(str),
    name=st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join),
    legal_form=st.sampled_from(["trust", "cic", "other"]),
    ward=st.sampled_from([None, "Batley East", "Dalton"]),
    postcode=st.sampled_from(["HD1 2AB", "WF17 5AA", "HD9 3AB"]),
    identifiers=st.sampled_from(["", "GB-CHC-1181234", "GB-COH-01234567"]),
    gap_status=st.sampled_from(["registered", "health_check_done"]),
    modified_at=st.integers(0, 10_000).map(
        lambda minutes: datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=minutes)
    ),
    deleted=st.just(False),
)


def _model(rows: list[OrganisationSummary]) -> tuple[OrganisationTableModel, OrganisationFilter]:
    table = OrganisationTableModel()
    table.set_rows(rows)
    proxy = OrganisationFilter()
    proxy.setSourceModel(table)
    return table, proxy


def _shown_ids(proxy: OrganisationFilter) -> list[str]:
    return [proxy.organisation_id(row) for row in range(proxy.rowCount())]


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(summaries, max_size=25, unique_by=lambda s: s.id),
    needle=st.sampled_from(["", "bat", "CAFÉ", "hd1 2", "hd12ab", "chc", "zzz", " club "]),
    ward=st.sampled_from(["", "Batley East", "Dalton"]),
)
def test_the_filter_shows_exactly_the_rows_a_plain_search_finds(qapp, rows, needle, ward):
    _table, proxy = _model(rows)
    proxy.set_search_text(needle)
    proxy.set_ward(ward)
    wanted = " ".join(needle.split()).casefold()

    def matches(row: OrganisationSummary) -> bool:
        if ward and row.ward != ward:
            return False
        haystack = [row.name, row.identifiers, row.postcode, row.postcode.replace(" ", "")]
        return any(wanted in text.casefold() for text in haystack)

    assert sorted(_shown_ids(proxy)) == sorted(row.id for row in rows if matches(row))


@settings(max_examples=40, deadline=None)
@given(
    rows=st.lists(summaries, min_size=1, max_size=25, unique_by=lambda s: s.id),
    column=st.integers(0, len(COLUMNS) - 1),
    descending=st.booleans(),
)
def test_sorting_keeps_every_row_and_orders_the_column(qapp, rows, column, descending):
    table, proxy = _model(rows)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    proxy.sort(column, order)
    assert sorted(_shown_ids(proxy)) == sorted(row.id for row in rows)
    if column == LAST_CHANGED:
        keys = [table.summary(r).modified_at for r in range(table.rowCount())]
    else:
        keys = [table.index(r, column).data().casefold() for r in range(table.rowCount())]
    assert keys == sorted(keys, reverse=descending)


def test_a_selected_row_stays_selected_through_a_sort(qapp):
    rows = [
        OrganisationSummary(
            str(n),
            name,
            "trust",
            None,
            pc,
            "",
            "registered",
            datetime(2026, 1, 1, tzinfo=UTC),
            False,
        )
        for n, (name, pc) in enumerate([("Alpha", "WF1 1AA"), ("Beta", "HD1 1AA")])
    ]
    table, proxy = _model(rows)
    alpha = proxy.index(proxy.proxy_row_of("0"), NAME)

    kept = QPersistentModelIndex(alpha)
    proxy.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert kept.data() == "Alpha"
    assert kept.row() == 1
