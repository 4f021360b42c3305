"""What a field pack carries, section by section: the hook for more pack content.

A field pack (docs/bundle-format.md, "Field packs") is built from `PACK_SECTIONS`. Each
section adds record dicts to some bundle tables, given the pack's `PackScope` and a reader on
the council database. The importing laptop needs nothing section-specific: every table is
merged with the same rule and checks as a laptop's export at the council.

To send something new to laptops (as issue 15's review states and comments are sent):
1. make it a synced table (store model, `sync/records.py` record model and table spec,
   migration); a new table needs a new bundle format version (`since_version`);
2. write a function `(reader, scope) -> {table: [record dicts]}` choosing the records for
   the scope (or, for a big table, a `TableQuery` read while the pack is written) (`scope.sent_assessments` are the assessment ids whose records go, `scope.since`
   the council change number the laptop already has, or -1 for everything);
3. add a `PackSection` for it at the end of `PACK_SECTIONS`.
Council resources (forms, offers, wards and, later, funds) are one section, whose kinds are
listed in `desktop/services/resources.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.services.sync.export import RecordReader, TableQuery


@dataclass
class PackScope:
    """What a pack being built covers; sections read it and may add to `sent_assessments`."""

    organisation_ids: frozenset[str]  # every organisation in scope
    new_organisation_ids: frozenset[str]  # in scope now but not in the laptop's last pack
    since: int  # council change_seq the laptop has everything up to; -1 for a full pack
    to_seq: int  # the council's change_seq now (nothing above it is read)
    device_id: str | None
    sent_assessments: set[str] = field(default_factory=set)
    whole_assessments: set[str] = field(default_factory=set)  # sent with their whole family

    @property
    def full(self) -> bool:
        return self.since < 0


# table name -> record dicts, or a query of them read while the pack is written
SectionTables = dict[str, "list[dict[str, Any]] | TableQuery"]
PackSectionBuilder = Callable[["RecordReader", PackScope], SectionTables]


@dataclass(frozen=True)
class PackSection:
    name: str
    label: str
    build: PackSectionBuilder


def _sections() -> tuple[PackSection, ...]:
    from desktop.services.sync import packs

    return (
        PackSection("organisations", "Organisations in scope", packs.organisations_section),
        PackSection("assessments", "Completed assessments", packs.assessments_section),
        PackSection("resources", "Forms, support offers and wards", packs.resources_section),
        PackSection("erasures", "Erasures of personal data", packs.erasures_section),
        PackSection("receipt", "Bundles the council has merged", packs.receipt_section),
        PackSection("reviews", "The council's review of the laptop's work", packs.reviews_section),
    )


def pack_sections() -> tuple[PackSection, ...]:
    """Every section, in order: later sections see what earlier ones chose."""
    return _sections()
