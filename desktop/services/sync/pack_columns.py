"""A pack's organisations as it carries them: contact details only with consent for them.

Apart from `packs` (no SQLAlchemy, no record models) so the export's second process
(`export_worker`) can withhold them too, in the chunks of organisations it reads for a pack.
"""

from __future__ import annotations

from typing import Any

import orjson

# The contact person's details travel only where the consent covers contact by the council.
CONTACT_FIELDS = (
    "contact_name",
    "contact_role",
    "contact_email",
    "contact_phone",
    "contact_language",
)
CONTACT_CONSENT = "council_contact"
# The stamp of a withheld field: older than any real edit (so it never wins a merge) and with a
# `prev` no real stamp has (so it is never taken for a conflicting edit).
WITHHELD_STAMP = {
    "at": "1970-01-01T00:00:00.000Z",
    "by": "withheld",
    "prev_at": "1970-01-01T00:00:00.000Z",
    "prev_by": "withheld",
}


def withhold_contact(columns: dict[str, list[Any]]) -> None:
    """Organisations as a pack carries them (a batch, column by column): contact details only
    with consent for them. Stamps come as stored JSON text or as dicts."""
    consents = columns["consent_covers"]
    stamps = columns["_stamps"]
    for index, covers in enumerate(consents):
        if CONTACT_CONSENT in (covers or ()):
            continue
        held = stamps[index]
        withheld = orjson.loads(held) if isinstance(held, str) else dict(held)
        for name in CONTACT_FIELDS:
            columns[name][index] = None
            withheld[name] = dict(WITHHELD_STAMP)
        stamps[index] = withheld
