"""What changed: the one message pages send when they change data, and the window passes on.

Modelled on Anki's `operation_did_execute(changes, handler)`: a page that changes data emits
`Page.data_changed` with a `DataChange` saying what kinds of data changed and which page did
it; the main window hands it to every other built page (`Page.on_data_changed`) and re-emits it
as `MainWindow.data_changed`. No page names another page or a signal by name.

On the start-up path: an enum and a NamedTuple, no dataclasses and no Qt.
"""

from __future__ import annotations

from enum import Flag, auto
from typing import NamedTuple


class Changed(Flag):
    """Kinds of data; combine them with `|`."""

    ORGANISATIONS = auto()
    ASSESSMENTS = auto()  # assessments, their answers, results and action plans
    CONFLICTS = auto()
    DEVICES = auto()  # trusted devices (council)
    IMPORTS = auto()  # import history and waiting bundles (council)
    EXPORTS = auto()  # export history
    SETTINGS = auto()
    COUNCIL_MODE = auto()  # the saved council mode switch; the window shows or hides pages
    USE = auto()  # who uses this data folder (worker, group, council); the window follows
    # An imported bundle can carry every kind of record.
    BUNDLE = ORGANISATIONS | ASSESSMENTS | IMPORTS | DEVICES


class DataChange(NamedTuple):
    what: Changed
    # The page that made the change and has already shown it; None if none did.
    origin: object | None = None
