"""Matching spreadsheet rows to the register, and what became of each row."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.errors import Message, Word, Words
from desktop.format import tr_noop
from desktop.registration.choices import FIELD_LABELS
from desktop.registration.identifiers import (
    normalise_charity_number,
    normalise_company_number,
    normalise_mutuals_number,
    normalise_postcode,
)
from desktop.registration.problems import InvalidValue
from desktop.registration.spreadsheet import IDENTIFIER_FIELDS, ColumnMapping, Status

# ---------------------------------------------------------------------------------------------
# Outcomes


@dataclass(frozen=True)
class RowOutcome:
    """What happened (or, in a dry run, would happen) to one row."""

    line: int
    status: Status
    name: str
    organisation_id: str | None = None
    changed_fields: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    matched_on: str | None = None  # "charity number", "name and postcode", "line 4"

    def describe(self) -> str:
        if self.status == "bad":
            who = f" ({self.name})" if self.name else ""
            return f"line {self.line}{who}: {' '.join(self.problems)}"
        if self.status == "updated":
            labels = ", ".join(FIELD_LABELS.get(f, f) for f in self.changed_fields)
            return f"line {self.line}: {self.name}: updated {labels} (matched on {self.matched_on})"
        if self.status == "unchanged":
            return f"line {self.line}: {self.name}: unchanged (matched on {self.matched_on})"
        return f"line {self.line}: {self.name}: added"


@dataclass(frozen=True)
class ImportResult:
    """The whole run: per-row outcomes and whether anything was written."""

    path: Path
    encoding: str
    mapping: ColumnMapping
    outcomes: tuple[RowOutcome, ...]
    dry_run: bool
    skip_bad_rows: bool
    written: bool

    def count(self, status: Status) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def bad_rows(self) -> list[RowOutcome]:
        return [outcome for outcome in self.outcomes if outcome.status == "bad"]

    @property
    def counts(self) -> dict[str, int]:
        return {s: self.count(s) for s in ("added", "updated", "unchanged", "bad")}

    def summary(self) -> Message:
        """What the import did, for a person (a message: the screens show it translated)."""
        c = self.counts
        count = len(self.outcomes)
        rows = Message("1 row") if count == 1 else Message("{count} rows", count=count)
        body = Message("{added} added, {updated} updated, {unchanged} unchanged, {bad} bad", **c)
        if self.dry_run:
            return Message(
                "Dry run of {rows}: would be {body}. Nothing was written.", rows=rows, body=body
            )
        if not self.written and c["bad"] and not self.skip_bad_rows:
            return Message(
                "{rows}: {bad} bad, so nothing was imported (all or nothing). Fix the rows "
                "listed, or choose to skip bad rows.",
                rows=rows,
                bad=c["bad"],
            )
        if not self.written:
            return Message("{rows}: {body}. Nothing needed writing.", rows=rows, body=body)
        if c["bad"]:
            return Message(
                "Imported {rows}: {body} ({bad} bad rows skipped).",
                rows=rows,
                body=body,
                bad=c["bad"],
            )
        return Message("Imported {rows}: {body}.", rows=rows, body=body)


# ---------------------------------------------------------------------------------------------
# Matching


def _name_key(name: Any, postcode: Any) -> tuple[str, str] | None:
    if not name or not postcode:
        return None
    return (" ".join(str(name).split()).casefold(), "".join(str(postcode).split()).casefold())


@dataclass
class KnownOrganisation:
    """An organisation the file may match: one in the register, or one added earlier in it."""

    values: dict[str, Any]
    record_id: str | None = None  # None: added by an earlier row of this file
    line: int | None = None


@dataclass
class RegisterIndex:
    """Lookup of organisations by identifier and by name + postcode."""

    by_identifier: dict[tuple[str, str], KnownOrganisation] = field(default_factory=dict)
    by_name: dict[tuple[str, str], list[KnownOrganisation]] = field(default_factory=dict)

    def add(self, known: KnownOrganisation) -> None:
        for name in IDENTIFIER_FIELDS:
            if known.values.get(name):
                self.by_identifier.setdefault((name, known.values[name]), known)
        key = _name_key(known.values.get("name"), known.values.get("postcode"))
        if key:
            self.by_name.setdefault(key, []).append(known)

    def forget(self, known: KnownOrganisation) -> None:
        for key, value in list(self.by_identifier.items()):
            if value is known:
                del self.by_identifier[key]
        for matches in self.by_name.values():
            if known in matches:
                matches.remove(known)

    def match(
        self, values: Mapping[str, Any]
    ) -> tuple[KnownOrganisation | None, str | None, str | None]:
        """(match, what it matched on, problem). A problem means the row is ambiguous."""
        found: dict[int, tuple[KnownOrganisation, str]] = {}
        for name in IDENTIFIER_FIELDS:
            if values.get(name) and (name, values[name]) in self.by_identifier:
                known = self.by_identifier[(name, values[name])]
                found.setdefault(id(known), (known, matched_on(FIELD_LABELS[name].casefold())))
        if len(found) > 1:
            hows = [how for _known, how in found.values()]
            labels = (
                Message("{first} and {second}", first=hows[0], second=hows[1])
                if len(hows) == 2
                else Message(
                    "{first} and {second} and {third}", first=hows[0], second=hows[1], third=hows[2]
                )
            )
            return (
                None,
                None,
                Message(
                    "its {numbers} belong to different organisations ({which}). Check the numbers.",
                    numbers=labels,
                    which=Words(_label(k) for k, _how in found.values()),
                ),
            )
        if found:
            known, how = next(iter(found.values()))
            return known, how, None
        key = _name_key(values.get("name"), values.get("postcode"))
        for known in self.by_name.get(key, []) if key else []:
            # Same name at the same postcode but a different number of the same kind: two
            # organisations (branches, a charity and its trading company), not one.
            if any(
                values.get(n) and known.values.get(n) and values[n] != known.values[n]
                for n in IDENTIFIER_FIELDS
            ):
                continue
            return known, matched_on("name and postcode"), None
        return None, None, None


# What a row matched an organisation on ("matched on charity number"): words the screens
# translate (context "Matched"); the command line prints them in English.
MATCHED_ON_WORDS = (
    tr_noop("Matched", "charity number"),
    tr_noop("Matched", "company number"),
    tr_noop("Matched", "mutuals register number"),
    tr_noop("Matched", "name and postcode"),
)


def matched_on(what: str) -> Word:
    return Word(what, "Matched")


def matched_on_line(line: int | None) -> Message:
    """A row matched an earlier row of the same file: "line 4"."""
    return Message("line {line}", line=line)


def same_text(a: Any, b: Any) -> bool:
    return " ".join(str(a).split()).casefold() == " ".join(str(b or "").split()).casefold()


def _label(known: KnownOrganisation) -> Message:
    name = known.values.get("name")
    if known.record_id is None:
        return Message("{name} (line {line})", name=name, line=known.line)
    return Message("{name} (in the register)", name=name)


def normalised_identifiers(values: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Identifiers in org-id form for matching, before the whole row is validated."""
    normalisers = {
        "charity_id": normalise_charity_number,
        "company_id": normalise_company_number,
        "mutuals_id": normalise_mutuals_number,
    }
    clean = dict(values)
    problems: list[str] = []
    for name, normalise in normalisers.items():
        if clean.get(name):
            try:
                clean[name] = normalise(str(clean[name]))
            except InvalidValue as error:
                problems.append(error.message)  # the English text, translatable on screen
    if clean.get("postcode"):
        # A bad postcode is reported by the full validation, with the row's other problems.
        with contextlib.suppress(InvalidValue):
            clean["postcode"] = normalise_postcode(str(clean["postcode"]))
    return clean, problems
