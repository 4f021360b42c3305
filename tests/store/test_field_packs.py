"""Field packs: the council trusts laptops' bundles, laptops trust the council's packs.

Real data folders, real keys, real `.gapkit` files on disk.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.errors import UserError
from desktop.services.sync.council_trust import CouncilKeyChangeRefused, CouncilTrustService
from desktop.services.sync.imports import ImportService
from desktop.services.sync.packs import WITHHELD_STAMP, NothingNewForPack
from desktop.store.db import Store
from desktop.store.models import AssessmentScore, AuditEvent, Conflict, Organisation
from sync import open_bundle
from sync.keys import DeviceKey
from tests.store.sync_helpers import (
    Council,
    Laptop,
    canonical_dump,
    trust_council,
    trust_council_file,
)
from tests.sync.bundle_edits import resign, unzip, zip_members


@pytest.fixture
def council(tmp_path: Path):
    made = Council(tmp_path)
    yield made
    made.close()


@pytest.fixture
def laptop(tmp_path: Path):
    made = Laptop.make(tmp_path, "Field laptop 1")
    yield made
    made.close()


@pytest.fixture
def colleague(tmp_path: Path):
    made = Laptop.make(tmp_path, "Field laptop 2")
    yield made
    made.close()


_trust = trust_council


def _import_pack(laptop: Laptop, pack: Path):  # type: ignore[no-untyped-def]
    return ImportService(laptop.store).import_pack(pack)


def _names(store: Store) -> set[str]:
    with store.session() as session:
        return set(session.scalars(select(Organisation.name)))


# ---------------------------------------------------------------------------------------------
# Trusting the council


def test_trusting_the_council_then_replacing_its_key_needs_confirmation_and_is_audited(
    tmp_path: Path, laptop: Laptop, council: Council
) -> None:
    trust = CouncilTrustService(laptop.store)
    assert trust.current() is None
    first = trust.trust(trust.read_file(council.info_file))
    assert first.fingerprint == council.services.devices.info().fingerprint
    assert (
        trust.trust(trust.read_file(council.info_file)) == first
    )  # the same key again changes nothing

    other = Council(tmp_path, "Other Council")
    try:
        with pytest.raises(CouncilKeyChangeRefused, match="already trusts Kirklees Council"):
            trust.trust(trust.read_file(other.info_file))
        assert trust.current() == first
        replaced = trust.trust(trust.read_file(other.info_file), replace=True)
        assert replaced.fingerprint == other.services.devices.info().fingerprint
        assert trust.current() == replaced
    finally:
        other.close()
    with laptop.store.session() as session:
        events = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity_type == "council_key")
            .order_by(AuditEvent.at)
        ).all()
        assert [(e.action, e.old_value, e.new_value) for e in events] == [
            ("trust", None, first.fingerprint),
            ("replace", first.fingerprint, replaced.fingerprint),
        ]


def test_a_damaged_council_file_is_refused(tmp_path: Path, laptop: Laptop, council: Council):
    text = council.info_file.read_text().replace('"fingerprint": "', '"fingerprint": "0000')
    bad = tmp_path / "changed.json"
    bad.write_text(text)
    with pytest.raises(UserError, match="fingerprint does not match"):
        trust_council_file(laptop.store, bad)
    assert CouncilTrustService(laptop.store).current() is None


# ---------------------------------------------------------------------------------------------
# Building and importing packs


def test_a_colleagues_organisations_and_assessments_reach_a_laptop(
    laptop: Laptop, colleague: Laptop, council: Council
) -> None:
    colleague.register(6, seed=5)
    colleague.assess(3, seed=5)
    council.enrol(colleague)
    council.receive(colleague.export(full=True))
    _trust(laptop, council)

    pack = council.pack(device_id=laptop.device_id)
    manifest = open_bundle(pack).manifest
    assert manifest.kind == "field-pack" and manifest.full
    assert manifest.pack is not None and manifest.pack.for_device_id == laptop.device_id
    summary = _import_pack(laptop, pack)
    assert summary.status == "merged", summary.message

    assert _names(laptop.store) == _names(colleague.store)
    completed = [
        a for a in colleague.services.assessments.list_summaries() if a.status == "completed"
    ]
    for assessment in completed:
        assert laptop.services.assessments.answers(assessment.id) == (
            colleague.services.assessments.answers(assessment.id)
        )
        assert [a.what for a in laptop.services.assessments.actions(assessment.id)] == [
            a.what for a in colleague.services.assessments.actions(assessment.id)
        ]
    kinds = {r.kind for r in laptop.services.resources.list()}
    assert kinds == {"form", "support_offers", "wards", "funds"}
    assert {f.kind for f in laptop.services.resources.forms().values()} == {
        "health_check",
        "cat_readiness",
    }

    # idempotent: the same file again, and the same records in a new full pack, change nothing
    before = canonical_dump(laptop.store)
    again = _import_pack(laptop, pack)
    assert again.already_imported and canonical_dump(laptop.store) == before
    rebuilt = _import_pack(laptop, council.pack(device_id=laptop.device_id, full=True))
    assert rebuilt.status == "merged" and rebuilt.added == rebuilt.updated == 0
    assert canonical_dump(laptop.store) == before

    last = laptop.services.field_packs.last_pack()
    assert last is not None and last.council_name == "Kirklees Council"

    # what the pack brought is not sent back to the council as this laptop's work (only
    # the audit event of trusting the council's key is this laptop's own)
    pending = laptop.services.exports.pending_counts(include_drafts=True)
    assert pending == dict.fromkeys(pending, 0) | {"audit_events": 1}


def test_a_packs_completed_assessments_are_scored_on_import(
    laptop: Laptop, colleague: Laptop, council: Council
) -> None:
    """Imported like a laptop's bundle at the council: scored once, right after the commit,
    not left for the next screen to heal."""
    colleague.register(4, seed=9)
    colleague.assess(3, seed=9)
    council.enrol(colleague)
    council.receive(colleague.export(full=True))
    _trust(laptop, council)
    completed = {
        a.id for a in colleague.services.assessments.list_summaries() if a.status == "completed"
    }
    assert completed

    summary = _import_pack(laptop, council.pack(device_id=laptop.device_id))
    assert summary.status == "merged", summary.message

    with laptop.store.session() as session:
        rows = session.execute(select(AssessmentScore.assessment_id, AssessmentScore.overall_score))
        scored = {assessment_id: score for assessment_id, score in rows}
    assert scored.keys() == completed
    for assessment_id in completed:
        expected = colleague.services.assessments.results(assessment_id).result.overall_score
        assert scored[assessment_id] == expected


def test_packs_for_a_laptop_carry_only_what_changed_since_its_last_pack(
    laptop: Laptop, colleague: Laptop, council: Council
) -> None:
    ids = colleague.register(4, seed=9)
    council.enrol(colleague)
    council.receive(colleague.export(full=True))
    _trust(laptop, council)
    assert _import_pack(laptop, council.pack(device_id=laptop.device_id)).status == "merged"
    with pytest.raises(NothingNewForPack):
        council.pack(device_id=laptop.device_id)

    colleague.services.organisations.update(ids[0], {"notes": "Meets on Thursdays now"})
    council.receive(colleague.export())
    pack = council.pack(device_id=laptop.device_id)
    bundle = open_bundle(pack)
    assert not bundle.manifest.full
    assert bundle.manifest.counts["organisations"] == 1
    assert _import_pack(laptop, pack).status == "merged"
    assert laptop.services.organisations.get(ids[0]).values["notes"] == "Meets on Thursdays now"


def test_ward_packs_hold_only_those_wards_and_out_of_scope_organisations_can_be_forgotten(
    laptop: Laptop, colleague: Laptop, council: Council
) -> None:
    ids = colleague.register(12, seed=3)
    council.enrol(colleague)
    council.receive(colleague.export(full=True))
    _trust(laptop, council)
    assert _import_pack(laptop, council.pack(device_id=laptop.device_id)).status == "merged"
    wards = {o.id: o.ward for o in council.services.organisations.list_all()}
    chosen = wards[ids[0]]
    assert chosen is not None

    # this laptop's own unsent organisation is never forgotten
    own = laptop.register(1, seed=77)[0]
    pack = council.pack(device_id=laptop.device_id, wards=[chosen])
    assert _import_pack(laptop, pack).status == "merged"
    expected = {i for i, w in wards.items() if w != chosen}
    forgettable = {o.id for o in laptop.services.field_packs.forgettable()}
    assert forgettable == expected
    assert own not in forgettable
    assert laptop.services.field_packs.forget() == len(expected)
    with laptop.store.session() as session:
        left = set(session.scalars(select(Organisation.id)))
    assert left == {i for i, w in wards.items() if w == chosen} | {own}
    # forgetting is local: nothing waits to be sent but the laptop's own organisation
    assert laptop.services.exports.pending_counts()["organisations"] == 1


def test_contact_details_travel_only_with_consent_and_never_overwrite_a_laptops_copy(
    laptop: Laptop, council: Council
) -> None:
    org_id = laptop.register(1, seed=12)[0]
    laptop.services.organisations.update(
        org_id,
        {"contact_name": "Mo Patel", "consent_covers": ["directory_listing"]},
    )
    _trust(laptop, council)
    council.receive(laptop.export(full=True))
    _trust(laptop, council)
    pack = council.pack(device_id=laptop.device_id)
    bundle = open_bundle(pack)
    bundle.verify(council.services.devices.info().public_key)
    (record,) = bundle.records("organisations")
    assert record["contact_name"] is None and record["contact_email"] is None
    assert record["_stamps"]["contact_name"] == WITHHELD_STAMP

    summary = _import_pack(laptop, pack)
    assert summary.status == "merged" and summary.conflicts == 0
    assert laptop.services.organisations.get(org_id).values["contact_name"] == "Mo Patel"


def test_a_laptops_unsent_edit_is_kept_and_listed_when_the_council_changed_the_same_field(
    laptop: Laptop, council: Council
) -> None:
    org_id = laptop.register(1, seed=21)[0]
    _trust(laptop, council)
    council.receive(laptop.export(full=True))
    _trust(laptop, council)
    laptop.services.organisations.update(org_id, {"notes": "Laptop: new treasurer"})
    council.services.organisations.update(org_id, {"notes": "Council: grant paid"})

    summary = _import_pack(laptop, council.pack(device_id=laptop.device_id))
    assert summary.status == "merged" and summary.conflicts == 1
    (conflict,) = laptop.services.conflicts.search()
    assert {conflict.winner_value, conflict.loser_value} == {
        "Laptop: new treasurer",
        "Council: grant paid",
    }
    # the laptop's edit still goes to the council with its next export
    assert laptop.services.exports.pending_counts()["organisations"] == 1
    with laptop.store.session() as session:
        assert session.scalar(select(Conflict.status)) == "open"


# ---------------------------------------------------------------------------------------------
# Refusals: nothing changes


@pytest.fixture
def trusting_laptop(laptop: Laptop, council: Council) -> Laptop:
    laptop.register(2, seed=1)
    _trust(laptop, council)
    return laptop


def assert_refused(laptop: Laptop, pack: Path, match: str) -> None:
    before = canonical_dump(laptop.store)
    summary = _import_pack(laptop, pack)
    assert summary.status == "rejected"
    assert match in (summary.message or ""), summary.message
    assert canonical_dump(laptop.store) == before


def test_a_pack_signed_with_another_key_is_refused(
    tmp_path: Path, trusting_laptop: Laptop, council: Council
) -> None:
    pack = council.pack()
    impostor = DeviceKey.load_or_create(tmp_path / "impostor.pem")
    forged = zip_members(tmp_path / "forged.gapkit", resign(unzip(pack), impostor))
    assert_refused(trusting_laptop, forged, "signed with a different key")


def test_a_pack_from_another_council_is_refused(tmp_path: Path, trusting_laptop: Laptop) -> None:
    other = Council(tmp_path, "Calderdale Council")
    try:
        assert_refused(trusting_laptop, other.pack(), "not by Kirklees Council")
    finally:
        other.close()


def test_a_laptop_bundle_presented_as_a_pack_is_refused(
    trusting_laptop: Laptop, colleague: Laptop
) -> None:
    colleague.register(1, seed=2)
    assert_refused(trusting_laptop, colleague.export(full=True), "not a field pack")


def test_a_pack_made_for_another_laptop_is_refused(
    trusting_laptop: Laptop, colleague: Laptop, council: Council
) -> None:
    council.enrol(colleague)
    assert_refused(trusting_laptop, council.pack(device_id=colleague.device_id), "another laptop")


def test_a_pack_is_refused_until_the_council_is_trusted(laptop: Laptop, council: Council) -> None:
    assert_refused(laptop, council.pack(), "trusts no council yet")


def test_the_council_does_not_import_packs(council: Council, tmp_path: Path) -> None:
    other = Council(tmp_path, "Other Council")
    try:
        summary = ImportService(council.store).import_bundle(other.pack())
        assert summary.status == "rejected" and "council mode" in (summary.message or "")
    finally:
        other.close()


# ---------------------------------------------------------------------------------------------
# Form versions


def _council_form_version(tmp_path: Path, version: str) -> Path:
    """A copy of the council's resources whose health check is `version`."""
    import shutil

    resources = tmp_path / f"council-resources-{version}"
    shutil.copytree(Path(__file__).resolve().parents[2] / "resources", resources)
    form_file = resources / "forms" / "health-check.yaml"
    text = form_file.read_text(encoding="utf-8")
    changed = re.sub(r'^version: "[^"]*"', f'version: "{version}"', text, count=1, flags=re.M)
    assert changed != text, "the shipped health check has no version line to change"
    form_file.write_text(changed, "utf-8")
    return resources


def test_a_new_form_version_from_the_council_is_used_for_new_assessments_only(
    tmp_path: Path, laptop: Laptop, council: Council, monkeypatch: pytest.MonkeyPatch
) -> None:
    org_id = laptop.register(1, seed=4)[0]
    shipped = laptop.services.assessments.available_forms()["health_check"].version
    draft = laptop.services.assessments.start(org_id, "health_check", consent_given=True)
    assert draft.summary.form_version == shipped
    newer = "99.0"  # a version the shipped form will not reach
    _trust(laptop, council)
    with monkeypatch.context() as patch:
        patch.setenv("GAPKIT_RESOURCES_DIR", str(_council_form_version(tmp_path, newer)))
        pack = council.pack(device_id=laptop.device_id)
    summary = _import_pack(laptop, pack)
    assert summary.status == "merged", summary.message

    assert laptop.services.assessments.available_forms()["health_check"].version == newer
    fresh = laptop.services.assessments.start(org_id, "health_check", consent_given=True)
    assert fresh.summary.form_version == newer
    assert laptop.services.assessments.get(draft.id).summary.form_version == shipped
    assert laptop.services.assessments.form_for(draft.id).version == shipped
    last = laptop.services.field_packs.last_pack()
    assert last is not None
    assert any(r["kind"] == "form" and r["version"] == newer for r in last.resources)


def test_a_pack_from_the_council_updates_the_funds_file_on_a_laptop(
    tmp_path: Path, trusting_laptop: Laptop, council: Council, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    from datetime import date

    shipped = trusting_laptop.services.funds.funds_file()
    resources = tmp_path / "council-resources-funds"
    shutil.copytree(Path(__file__).resolve().parents[2] / "resources", resources)
    funds_file = resources / "funds.yaml"
    text = funds_file.read_text(encoding="utf-8")
    changed = re.sub(r"^updated: .*$", "updated: 2027-02-14", text, count=1, flags=re.M)
    changed += (
        "\n  - id: spring_fund\n    name: Spring fund\n    funder: Kirklees Council\n"
        "    amounts: Up to £300\n    deadlines: [2027-04-30]\n    eligibility:\n"
        "      - id: in_a_ward\n        when: ward != None\n"
        "        reason: Add the ward you work in.\n"
    )
    funds_file.write_text(changed, encoding="utf-8")
    with monkeypatch.context() as patch:
        patch.setenv("GAPKIT_RESOURCES_DIR", str(resources))
        pack = council.pack(device_id=trusting_laptop.device_id)
    summary = _import_pack(trusting_laptop, pack)
    assert summary.status == "merged", summary.message

    received = trusting_laptop.services.funds.funds_file()
    assert received.updated == date(2027, 2, 14) != shipped.updated
    assert [f.id for f in received.funds] == [f.id for f in shipped.funds] + ["spring_fund"]
    organisation = trusting_laptop.services.organisations.list_all()[0]
    guide = trusting_laptop.services.funds.guide(organisation.id, date(2027, 3, 1))
    assert "spring_fund" in {check.fund.id for check in guide.checks}
    assert "14 February 2027" in guide.honesty_line


def test_a_pack_whose_funds_file_does_not_load_is_refused(
    tmp_path: Path, trusting_laptop: Laptop, council: Council
) -> None:
    import hashlib
    import json

    members = unzip(council.pack())
    resources = json.loads(members["data/council_resources.json"])
    funds = next(r for r in resources if r["kind"] == "funds")
    funds["content"] = funds["content"].replace("when: ward != None", "when: wrd != None")
    funds["sha256"] = hashlib.sha256(funds["content"].encode()).hexdigest()
    members["data/council_resources.json"] = json.dumps(resources).encode()
    from desktop.services.devices import DeviceService

    key = DeviceService(council.store).key()
    broken = zip_members(tmp_path / "broken-funds.gapkit", _rehash(members, key))
    assert_refused(trusting_laptop, broken, "cannot be used")


def test_a_pack_whose_form_does_not_load_is_refused(
    tmp_path: Path, trusting_laptop: Laptop, council: Council, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib
    import json

    pack = council.pack()
    members = unzip(pack)
    resources = json.loads(members["data/council_resources.json"])
    form = next(r for r in resources if r["kind"] == "form")
    form["content"] = "id: health-check\nsections: 12\n"
    form["sha256"] = hashlib.sha256(form["content"].encode()).hexdigest()
    members["data/council_resources.json"] = json.dumps(resources).encode()
    from desktop.services.devices import DeviceService

    key = DeviceService(council.store).key()
    broken = zip_members(tmp_path / "broken.gapkit", _rehash(members, key))
    assert_refused(trusting_laptop, broken, "cannot be used")


def _rehash(members: dict[str, bytes], key: DeviceKey) -> dict[str, bytes]:
    """Fix datapackage.json's hashes after an edit, then sign again (a council gone wrong)."""
    import hashlib
    import json

    package = json.loads(members["datapackage.json"])
    for resource in package["resources"]:
        for info in (resource, resource["gapkit_json"]):
            data = members[info["path"]]
            info["hash"] = f"sha256:{hashlib.sha256(data).hexdigest()}"
            info["bytes"] = len(data)
    members["datapackage.json"] = json.dumps(package).encode()
    return resign(members, key)


def test_a_laptop_takes_a_funds_file_naming_a_statement_of_a_form_it_has_not_received(
    tmp_path: Path,
) -> None:
    """The council checks its funds file against its own forms before publishing; a laptop
    must not refuse the pack because the file reads a statement of a form in the same pack."""
    from desktop.registration.funds import load_funds_text, received_vocabulary
    from desktop.services.resources import RESOURCE_KINDS
    from forms.loader import FormError

    text = (Path(__file__).resolve().parents[2] / "resources" / "funds.yaml").read_text("utf-8")
    newer = text.replace('hc_money_1 != "no"', 'hc_money_99 != "no"')
    with pytest.raises(FormError, match="hc_money_99"):
        load_funds_text(newer, "funds.yaml")  # the council's strict check
    funds = RESOURCE_KINDS["funds"].read_received(newer, "funds funds").value
    assert "hc_money_99" in funds.fund("awards_for_all").eligibility[1].when
    assert received_vocabulary().get("hc_money_99") is not None
    assert received_vocabulary().get("legal_from") is None  # registration names stay strict


def test_results_on_a_laptop_offer_the_support_the_councils_pack_brought(
    tmp_path: Path, trusting_laptop: Laptop, council: Council, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A council renames a provider in its support offers: the laptop's results (screen,
    report, funds guide) offer the council's support, not the copy shipped with the app."""
    import shutil

    resources = tmp_path / "council-resources-offers"
    shutil.copytree(Path(__file__).resolve().parents[2] / "resources", resources)
    offers_file = resources / "support-offers.yaml"
    text = offers_file.read_text(encoding="utf-8")
    renamed = text.replace("Third Sector Leaders Kirklees", "Spen Valley Voluntary Action")
    assert renamed != text
    offers_file.write_text(renamed, encoding="utf-8")
    with monkeypatch.context() as patch:
        patch.setenv("GAPKIT_RESOURCES_DIR", str(resources))
        pack = council.pack(device_id=trusting_laptop.device_id)
    summary = _import_pack(trusting_laptop, pack)
    assert summary.status == "merged", summary.message
    trusting_laptop.assess(6, seed=4)

    services = trusting_laptop.services
    providers = {
        offer.provider.get(None)
        for assessment in services.assessments.list_summaries()
        for need in services.assessments.results(assessment.id).result.support_needs
        for offer in need.offers
        if offer.id == "tslk_governance"
    }
    assert providers == {"Spen Valley Voluntary Action"}
