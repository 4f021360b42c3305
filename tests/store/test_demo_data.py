"""Demo registrations: valid, varied, deterministic and quick to make."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.demo.organisations import demo_organisations
from desktop.registration.choices import LEGAL_FORMS
from desktop.registration.identifiers import (
    normalise_charity_number,
    normalise_company_number,
    normalise_mutuals_number,
)
from desktop.registration.problems import RegistrationError
from desktop.registration.validation import validate_registration
from desktop.registration.wards import WardList, load_ward_list, read_ward_file


@pytest.fixture(scope="module")
def wards() -> WardList:
    return load_ward_list()


@pytest.fixture(scope="module")
def five_thousand(wards: WardList) -> list[dict[str, object]]:
    return demo_organisations(5000, seed=7, ward_list=wards)


def test_every_demo_registration_passes_validation_unchanged(
    wards: WardList, five_thousand: list[dict[str, object]]
) -> None:
    failures = []
    for record in five_thousand:
        try:
            clean = validate_registration(record, ward_list=wards)
        except RegistrationError as exc:
            failures.append((record["name"], exc.problems))
            continue
        if clean != record:
            failures.append(
                (
                    record["name"],
                    {k: (record[k], clean[k]) for k in record if record[k] != clean[k]},
                )
            )
    assert failures == []


def test_the_same_seed_gives_the_same_organisations(wards: WardList) -> None:
    assert demo_organisations(300, seed=3, ward_list=wards) == demo_organisations(
        300, seed=3, ward_list=wards
    )
    assert demo_organisations(300, seed=3, ward_list=wards) != demo_organisations(
        300, seed=4, ward_list=wards
    )


def test_a_smaller_count_is_the_start_of_a_larger_one(wards: WardList) -> None:
    assert (
        demo_organisations(50, seed=9, ward_list=wards)
        == demo_organisations(120, seed=9, ward_list=wards)[:50]
    )


def test_names_are_unique_even_past_every_natural_combination(wards: WardList) -> None:
    names = [org["name"] for org in demo_organisations(20_000, seed=1, ward_list=wards)]
    assert len(set(names)) == len(names)
    assert all(2 <= len(str(name)) <= 200 for name in names)


def test_about_one_in_ten_names_has_accents_or_another_script(
    five_thousand: list[dict[str, object]],
) -> None:
    share = sum(not str(org["name"]).isascii() for org in five_thousand) / len(five_thousand)
    assert 0.05 <= share <= 0.2
    scripts = "".join(str(org["name"]) for org in five_thousand)
    for sample in ("ਪੰਜਾਬੀ", "مسجد", "Łódź", "Ü", "华人", "Українська"):
        assert sample in scripts


def test_legal_forms_wards_and_areas_are_mixed(
    wards: WardList, five_thousand: list[dict[str, object]]
) -> None:
    forms = Counter(org["legal_form"] for org in five_thousand)
    assert len(forms) == len(LEGAL_FORMS) and max(forms.values()) < 0.4 * len(five_thousand)
    assert {org["ward"] for org in five_thousand} == set(wards.names)
    assert {org["district_area"] for org in five_thousand} == set(wards.areas)
    assert sum(org["areas_of_benefit"] == ["whole_district"] for org in five_thousand) > 100


def test_identifiers_follow_the_legal_form(five_thousand: list[dict[str, object]]) -> None:
    charities = [o for o in five_thousand if o["legal_form"] in ("trust", "cio_association")]
    assert all(o["charity_id"] for o in charities)
    companies = [o for o in five_thousand if o["legal_form"] in ("cic", "charitable_company")]
    assert all(o["company_id"] for o in companies)
    societies = [o for o in five_thousand if o["legal_form"] in ("cbs", "cooperative")]
    assert all(o["mutuals_id"] for o in societies)
    informal = [o for o in five_thousand if o["legal_form"] == "informal_group"]
    assert not any(o["charity_id"] or o["company_id"] or o["mutuals_id"] for o in informal)
    for org in five_thousand:
        for value, normalise in (
            (org["charity_id"], normalise_charity_number),
            (org["company_id"], normalise_company_number),
            (org["mutuals_id"], normalise_mutuals_number),
        ):
            if value:
                assert normalise(str(value)) == value


def test_postcodes_are_in_kirklees_postcode_districts(
    five_thousand: list[dict[str, object]],
) -> None:
    districts = {str(org["postcode"]).split()[0] for org in five_thousand}
    assert districts <= {
        "HD1", "HD2", "HD3", "HD4", "HD5", "HD7", "HD8", "HD9",
        "WF4", "WF12", "WF13", "WF14", "WF15", "WF16", "WF17", "BD11", "BD19",
    }  # fmt: skip


def test_demo_contacts_cannot_reach_real_people(five_thousand: list[dict[str, object]]) -> None:
    with_contact = [o for o in five_thousand if o["contact_name"]]
    assert 0.7 * len(five_thousand) < len(with_contact) < len(five_thousand)
    for org in with_contact:
        assert (
            org["consent_date"]
            and org["consent_how"]
            and "council_contact" in org["consent_covers"]
        )  # type: ignore[operator]
        if org["contact_email"]:
            assert str(org["contact_email"]).endswith("@example.org")
        if org["contact_phone"]:
            # Ofcom's numbers for drama: mobiles 07700 900xxx, geographic 01632 960xxx
            assert str(org["contact_phone"])[:9] in ("07700 900", "01632 960")


def test_demo_data_follows_the_ward_list_it_is_given(tmp_path: Path) -> None:
    own = tmp_path / "testshire.yaml"
    own.write_text(
        "id: testshire-2027\ncouncil: Testshire Council\ntitle: Testshire wards\n"
        "effective_from: 2027-05-06\nsources: [{title: A made-up order}]\n"
        "areas: [North, South]\nwards: [{name: Upton, area: North}, {name: Downton, area: South}]\n",
        encoding="utf-8",
    )
    testshire = read_ward_file(own)
    orgs = demo_organisations(200, seed=2, ward_list=testshire)
    assert {o["ward"] for o in orgs} == {"Upton", "Downton"}
    for org in orgs:
        assert validate_registration(org, ward_list=testshire) == org


def test_no_organisations_for_a_count_of_zero_and_an_error_below(wards: WardList) -> None:
    assert demo_organisations(0, ward_list=wards) == []
    with pytest.raises(ValueError):
        demo_organisations(-1, ward_list=wards)


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_any_seed_gives_valid_registrations(seed: int) -> None:
    wards = load_ward_list()
    for org in demo_organisations(20, seed=seed, ward_list=wards):
        assert validate_registration(org, ward_list=wards) == org
