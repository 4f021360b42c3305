"""`ids_in`: `column IN ids` over as many queries as it takes, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from desktop.services import Services
from desktop.store.db import ID_CHUNK, ids_in
from desktop.store.models import Organisation


def test_every_id_is_found_once_across_the_slices(services: Services) -> None:
    made = [
        services.organisations.create(
            {"name": f"Group {n}", "legal_form": "cio_association", "postcode": "HD1 1AA"}
        ).id
        for n in range(3)
    ]
    # More ids than one slice holds, the real ones at both ends and in the middle.
    unknown = [f"00000000-0000-4000-8000-{n:012d}" for n in range(ID_CHUNK + 10)]
    ids = [made[0], *unknown[: ID_CHUNK // 2], made[1], *unknown[ID_CHUNK // 2 :], made[2]]
    found: list[str] = []
    with services.store.session() as session:
        dialect = session.get_bind().dialect.name
        conditions = list(ids_in(Organisation.id, ids, dialect))
        assert len(conditions) == 2
        for condition in conditions:
            found += session.scalars(select(Organisation.id).where(condition)).all()
        assert list(ids_in(Organisation.id, [], dialect)) == []
    assert sorted(found) == sorted(made)
