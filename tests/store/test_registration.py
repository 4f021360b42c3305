"""GAP registration rules: identifiers, postcodes, contact details, ward lists, whole records."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.errors import UserError
from desktop.registration.choices import (
    BENEFICIARIES,
    CONSENT_COVERS,
    FIELD_LABELS,
    GAP_STATUSES,
    INCOME_BANDS,
    INSURANCE,
    INTERESTS,
    LEGAL_FORMS,
    POLICIES,
    THEMES,
)
from desktop.registration.identifiers import (
    normalise_charity_number,
    normalise_company_number,
    normalise_email,
    normalise_mutuals_number,
    normalise_phone,
    normalise_postcode,
)
from desktop.registration.problems import InvalidValue, RegistrationError
from desktop.registration.validation import (
    RegistrationInput,
    validate_registration,
    validate_registration_update,
)
from desktop.registration.wards import (
    WardFileError,
    WardList,
    all_ward_lists,
    load_ward_list,
    read_ward_file,
)

WARDS_2026 = {
    "Almondbury", "Ashbrow", "Batley East", "Batley West", "Birstall and Birkenshaw",
    "Cleckheaton", "Colne Valley East", "Colne Valley West", "Crosland Moor", "Dalton",
    "Denby Dale", "Dewsbury East", "Dewsbury South", "Dewsbury West", "Greenhead",
    "Heckmondwike", "Holme Valley North", "Holme Valley South", "Kirkburton", "Lindley",
    "Liversedge and Gomersal", "Mirfield", "Netherton and Newsome",
}  # fmt: skip
WARDS_2004 = {
    "Almondbury", "Ashbrow", "Batley East", "Batley West", "Birstall and Birkenshaw",
    "Cleckheaton", "Colne Valley", "Crosland Moor and Netherton", "Dalton", "Denby Dale",
    "Dewsbury East", "Dewsbury South", "Dewsbury West", "Golcar", "Greenhead", "Heckmondwike",
    "Holme Valley North", "Holme Valley South", "Kirkburton", "Lindley",
    "Liversedge and Gomersal", "Mirfield", "Newsome",
}  # fmt: skip
AREAS = {"Batley and Spen", "Dewsbury and Mirfield", "Huddersfield", "Kirklees Rural"}


@pytest.fixture(scope="module")
def wards() -> WardList:
    return load_ward_list()


def minimal(**extra: object) -> dict[str, object]:
    return {
        "name": "Holme Valley Men's Shed",
        "legal_form": "trust",
        "postcode": "HD9 2AB",
        **extra,
    }


def problems_of(exc: pytest.ExceptionInfo[RegistrationError]) -> dict[str, str]:
    return {problem.field: problem.message for problem in exc.value.problems}


# ---------------------------------------------------------------------------------------------
# Identifiers


@pytest.mark.parametrize(
    ("typed", "org_id"),
    [
        ("1234567", "GB-CHC-1234567"),
        (" 123 4567 ", "GB-CHC-1234567"),
        ("1234567-1", "GB-CHC-1234567-1"),
        ("1234567 - 12", "GB-CHC-1234567-12"),
        ("234567", "GB-CHC-234567"),
        ("gb-chc-1234567", "GB-CHC-1234567"),
        ("GB-CHC-1234567-3", "GB-CHC-1234567-3"),
        ("SC012345", "GB-SC-SC012345"),
        ("sc 012345", "GB-SC-SC012345"),
        ("GB-SC-SC012345", "GB-SC-SC012345"),
        ("NIC100123", "GB-NIC-100123"),
        ("nic 100123", "GB-NIC-100123"),
        ("100123", "GB-NIC-100123"),
        ("GB-NIC-100123", "GB-NIC-100123"),
    ],
)
def test_charity_numbers_are_normalised_to_org_id(typed: str, org_id: str) -> None:
    assert normalise_charity_number(typed) == org_id


@pytest.mark.parametrize(
    "typed",
    ["", "12345", "12345678", "0123456", "2234567", "SC12345", "SC1234567", "NIC12345", "ABC",
     "1234567-", "1234567-1234", "GB-CHC-SC012345", "GB-XYZ-1234567"],
)  # fmt: skip
def test_malformed_charity_numbers_are_refused_with_the_forms_that_work(typed: str) -> None:
    with pytest.raises(InvalidValue) as exc:
        normalise_charity_number(typed)
    message = str(exc.value)
    assert message.startswith("Charity number:")
    assert "1234567" in message and "SC012345" in message and "NIC100123" in message


@pytest.mark.parametrize(
    ("typed", "org_id"),
    [
        ("01234567", "GB-COH-01234567"),
        ("1234567", "GB-COH-01234567"),
        ("123", "GB-COH-00000123"),
        (" 0123 4567 ", "GB-COH-01234567"),
        ("SC123456", "GB-COH-SC123456"),
        ("sc12345", "GB-COH-SC012345"),
        ("OC301234", "GB-COH-OC301234"),
        ("NI612345", "GB-COH-NI612345"),
        ("R0123456", "GB-COH-R0123456"),
        ("CE001234", "GB-COH-CE001234"),
        ("IP12345R", "GB-COH-IP12345R"),
        ("RS007851", "GB-COH-RS007851"),
        ("GB-COH-09876543", "GB-COH-09876543"),
    ],
)
def test_company_numbers_are_padded_to_eight_characters(typed: str, org_id: str) -> None:
    assert normalise_company_number(typed) == org_id


@pytest.mark.parametrize(
    "typed",
    ["", "0", "00000000", "123456789", "XX123456", "SC1234567", "S1234567", "AB-123", "SC000000"],
)
def test_malformed_company_numbers_are_refused(typed: str) -> None:
    with pytest.raises(InvalidValue, match=r"^Company number: .* 8 digits \(01234567\)"):
        normalise_company_number(typed)


@pytest.mark.parametrize(
    ("typed", "org_id"),
    [("12345R", "GB-MPR-12345R"), ("12345 r", "GB-MPR-12345R"), ("7890", "GB-MPR-7890"),
     ("GB-MPR-31234R", "GB-MPR-31234R")],
)  # fmt: skip
def test_mutuals_numbers_keep_their_trailing_r(typed: str, org_id: str) -> None:
    assert normalise_mutuals_number(typed) == org_id


@pytest.mark.parametrize("typed", ["", "R", "12345RR", "IP12345", "1234567", "0", "12-345"])
def test_malformed_mutuals_numbers_are_refused(typed: str) -> None:
    with pytest.raises(InvalidValue, match=r"^Mutuals register number:"):
        normalise_mutuals_number(typed)


@given(st.integers(min_value=1, max_value=99_999_999))
def test_any_company_number_of_up_to_eight_digits_normalises_once_and_stays(number: int) -> None:
    org_id = normalise_company_number(str(number))
    assert org_id == f"GB-COH-{number:08d}"
    assert normalise_company_number(org_id) == org_id


@given(st.integers(min_value=1_000_000, max_value=1_999_999), st.integers(0, 999) | st.none())
def test_england_and_wales_numbers_round_trip_through_org_id(
    number: int, linked: int | None
) -> None:
    typed = f"{number}" + (f"-{linked}" if linked is not None else "")
    org_id = normalise_charity_number(typed)
    assert org_id == f"GB-CHC-{typed}"
    assert normalise_charity_number(org_id) == org_id


# ---------------------------------------------------------------------------------------------
# Postcodes


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("HD1 2AB", "HD1 2AB"),
        ("hd12ab", "HD1 2AB"),
        ("  wf17   5ld ", "WF17 5LD"),
        ("M1 1AE", "M1 1AE"),  # A9
        ("B33 8TH", "B33 8TH"),  # A99
        ("W1A 0AX", "W1A 0AX"),  # A9A
        ("CR2 6XH", "CR2 6XH"),  # AA9
        ("DN55 1PT", "DN55 1PT"),  # AA99
        ("EC1A 1BB", "EC1A 1BB"),  # AA9A
        ("GIR 0AA", "GIR 0AA"),
        ("gir0aa", "GIR 0AA"),
        ("HD1\u00a02AB", "HD1 2AB"),  # pasted with a no-break space
    ],
)
def test_postcodes_are_upper_case_with_one_space(typed: str, clean: str) -> None:
    assert normalise_postcode(typed) == clean


@pytest.mark.parametrize(
    "typed",
    ["HD1 XYZ", "HD1", "12345", "HD1 2A", "HD123 4AB", "QD1 2AB", "HD1 2AC", "HDX 2AB", "H 2AB",
     "HD1-2AB", ""],
)  # fmt: skip
def test_invalid_postcodes_are_refused_with_an_example(typed: str) -> None:
    with pytest.raises(InvalidValue) as exc:
        normalise_postcode(typed)
    assert str(exc.value).startswith("Postcode:")
    assert "HD1 2AB" in str(exc.value)


def test_postcode_message_quotes_what_was_typed() -> None:
    with pytest.raises(InvalidValue) as exc:
        normalise_postcode("HD1 XYZ")
    assert str(exc.value) == "Postcode: 'HD1 XYZ' is not a UK postcode. Use the form HD1 2AB."


_OUTWARD = st.one_of(
    st.from_regex(r"\A[A-PR-UWYZ][0-9]{1,2}\Z"),
    st.from_regex(r"\A[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]\Z"),
    st.from_regex(r"\A[A-PR-UWYZ][A-HK-Y][0-9]{1,2}\Z"),
    st.from_regex(r"\A[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]\Z"),
)
_INWARD = st.from_regex(r"\A[0-9][ABD-HJLNP-UW-Z]{2}\Z")


@given(_OUTWARD, _INWARD, st.sampled_from(["", " ", "  "]), st.booleans())
def test_every_well_formed_postcode_normalises_the_same_however_typed(
    outward: str, inward: str, gap: str, lower: bool
) -> None:
    typed = f"{outward}{gap}{inward}"
    typed = typed.lower() if lower else typed
    clean = normalise_postcode(typed)
    assert clean == f"{outward} {inward}"
    assert normalise_postcode(clean) == clean


# ---------------------------------------------------------------------------------------------
# Email and phone


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("jo@example.org", "jo@example.org"),
        (" Jo.Bloggs@Example.ORG ", "Jo.Bloggs@example.org"),
        ("info+gap@kirklees-groups.org.uk", "info+gap@kirklees-groups.org.uk"),
        ("zoë@exämple.de", "zoë@exämple.de"),
    ],
)
def test_emails_are_trimmed_with_a_lower_case_domain(typed: str, clean: str) -> None:
    assert normalise_email(typed) == clean


@pytest.mark.parametrize(
    "typed", ["", "jo", "jo@", "@example.org", "jo@example", "jo@@example.org", "jo bloggs@example.org",
              "jo@example..org", "jo@-example.org", "jo.@example.org", "jo@example.c"]
)  # fmt: skip
def test_malformed_emails_are_refused(typed: str) -> None:
    with pytest.raises(InvalidValue, match=r"^Contact email: .*name@example\.org"):
        normalise_email(typed)


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("01484221000", "01484 221000"),
        ("01484 221 000", "01484 221000"),
        ("+44 1484 221000", "01484 221000"),
        ("+44 (0)1484 221000", "01484 221000"),
        ("0044 1484 221000", "01484 221000"),
        ("07700900123", "07700 900123"),
        ("+447700 900123", "07700 900123"),
        ("020 7946 0000", "020 7946 0000"),
        ("0113-496-0000", "0113 496 0000"),
        ("(0161) 496 0000", "0161 496 0000"),
        ("0300 123 4567", "0300 123 4567"),
        ("0800 123 4567", "0800 123 4567"),
    ],
)
def test_uk_phone_numbers_are_spaced_lightly(typed: str, clean: str) -> None:
    assert normalise_phone(typed) == clean


@pytest.mark.parametrize(
    "typed", ["", "12345", "0148422100", "014842210000", "+33 1 23 45 67 89", "04484 221000",
              "phone me", "1484 221000"]
)  # fmt: skip
def test_non_uk_or_wrong_length_phone_numbers_are_refused(typed: str) -> None:
    with pytest.raises(InvalidValue, match=r"^Contact phone: .* 11 digits"):
        normalise_phone(typed)


def test_identifier_errors_are_user_errors() -> None:
    with pytest.raises(UserError):
        normalise_postcode("nonsense")


# ---------------------------------------------------------------------------------------------
# Fixed lists


@pytest.mark.parametrize(
    "choices",
    [LEGAL_FORMS, THEMES, BENEFICIARIES, INCOME_BANDS, POLICIES, INSURANCE, INTERESTS,
     CONSENT_COVERS, GAP_STATUSES],
)  # fmt: skip
def test_fixed_lists_have_unique_ids_and_labels(choices: tuple[tuple[str, str], ...]) -> None:
    ids = [cid for cid, _label in choices]
    labels = [label.casefold() for _cid, label in choices]
    assert len(set(ids)) == len(ids) and len(set(labels)) == len(labels)
    assert all(cid.isidentifier() or cid[0].isdigit() for cid in ids)


def test_legal_forms_are_the_twelve_in_registration_md_and_town_or_parish_council() -> None:
    # town and parish councils take on buildings by asset transfer too (issue 14)
    assert [cid for cid, _ in LEGAL_FORMS] == [
        "unincorporated_association", "trust", "cio_association", "cio_foundation",
        "charitable_company", "company_limited_by_guarantee", "cic", "cbs", "cooperative",
        "faith_group", "informal_group", "town_parish_council", "other",
    ]  # fmt: skip


def test_every_organisation_column_has_a_label_in_the_users_words() -> None:
    from desktop.store.models import Organisation, stamped_fields

    columns = set(stamped_fields(Organisation)) - {"deleted_at"}
    assert set(FIELD_LABELS) == columns
    assert set(RegistrationInput.model_fields) == columns


# ---------------------------------------------------------------------------------------------
# Whole registrations


def test_a_minimal_registration_is_filled_out_with_empty_values(wards: WardList) -> None:
    clean = validate_registration(minimal(), ward_list=wards)
    assert clean["name"] == "Holme Valley Men's Shed"
    assert clean["postcode"] == "HD9 2AB"
    assert clean["gap_status"] == "registered"
    assert clean["themes"] == [] and clean["policies"] == {} and clean["ward"] is None
    assert set(clean) == set(FIELD_LABELS)


def test_missing_required_fields_are_all_reported_at_once_in_the_users_words(
    wards: WardList,
) -> None:
    with pytest.raises(RegistrationError) as exc:
        validate_registration({}, ward_list=wards)
    found = problems_of(exc)
    assert set(found) == {"name", "legal_form", "postcode"}
    assert found["name"].startswith("Name:")
    assert found["legal_form"].startswith("Legal form:")
    assert found["postcode"].startswith("Postcode:")


def test_every_field_problem_is_reported_together(wards: WardList) -> None:
    data = minimal(
        postcode="HD1 XYZ",
        charity_id="12",
        year_founded=1700,
        contact_email="not-an-email",
        themes=["food", "knitting"],
    )
    with pytest.raises(RegistrationError) as exc:
        validate_registration(data, ward_list=wards)
    found = problems_of(exc)
    assert set(found) == {"postcode", "charity_id", "year_founded", "contact_email", "themes"}
    assert found["postcode"] == "Postcode: 'HD1 XYZ' is not a UK postcode. Use the form HD1 2AB."
    assert found["year_founded"].startswith("Year founded: 1700 is out of range.")
    assert found["themes"].startswith("Themes: 'knitting' is not one of the choices.")
    # one line for the CLI, with every problem in it
    assert "\n" not in str(exc.value)
    assert all(message in str(exc.value) for message in found.values())


def test_registration_error_is_a_user_error_naming_each_field(wards: WardList) -> None:
    with pytest.raises(UserError) as exc:
        validate_registration(minimal(trustees_count=500), ward_list=wards)
    assert isinstance(exc.value, RegistrationError)
    assert exc.value.fields() == ["trustees_count"]
    assert problems_of(exc)["trustees_count"] == (
        "Trustees / committee members: 500 is out of range. Type a number from 0 to 100."
    )


@pytest.mark.parametrize(
    ("name", "clean"),
    [
        ("  Ravensthorpe   Women's Circle ", "Ravensthorpe Women's Circle"),
        ("ਪੰਜਾਬੀ ਸਭਾ Huddersfield", "ਪੰਜਾਬੀ ਸਭਾ Huddersfield"),
        ("مسجد Community Centre", "مسجد Community Centre"),
        ("Łódź Polish Club", "Łódź Polish Club"),
        ("Cafe\u0301 Cre\u0300me", "Café Crème"),  # decomposed accents are composed
        ("Ab", "Ab"),
        ("x" * 200, "x" * 200),
    ],
)
def test_names_in_any_script_are_trimmed(wards: WardList, name: str, clean: str) -> None:
    assert validate_registration(minimal(name=name), ward_list=wards)["name"] == clean


@pytest.mark.parametrize("name", ["", "   ", "A", "x" * 201, "Bad\x00Name"])
def test_names_too_short_too_long_or_with_control_characters_are_refused(
    wards: WardList, name: str
) -> None:
    with pytest.raises(RegistrationError) as exc:
        validate_registration(minimal(name=name), ward_list=wards)
    assert list(problems_of(exc)) == ["name"]
    assert problems_of(exc)["name"].startswith("Name:")


def test_other_legal_form_needs_saying_what(wards: WardList) -> None:
    with pytest.raises(RegistrationError) as exc:
        validate_registration(minimal(legal_form="other"), ward_list=wards)
    assert problems_of(exc)["legal_form_other"].startswith("Legal form (other): it is empty.")
    clean = validate_registration(
        minimal(legal_form="Other (say what)", legal_form_other="Parochial church council"),
        ward_list=wards,
    )
    assert (clean["legal_form"], clean["legal_form_other"]) == ("other", "Parochial church council")


def test_other_legal_form_text_is_dropped_for_a_listed_form(wards: WardList) -> None:
    clean = validate_registration(minimal(legal_form="cic", legal_form_other="x"), ward_list=wards)
    assert clean["legal_form_other"] is None


def test_identifiers_are_stored_in_org_id_form(wards: WardList) -> None:
    clean = validate_registration(
        minimal(
            legal_form="charitable_company",
            charity_id="1123456",
            company_id="4567890",
            mutuals_id="",
        ),
        ward_list=wards,
    )
    assert clean["charity_id"] == "GB-CHC-1123456"
    assert clean["company_id"] == "GB-COH-04567890"
    assert clean["mutuals_id"] is None


def test_year_founded_runs_from_1800_to_this_year(wards: WardList) -> None:
    this_year = date.today().year
    for year in (1800, this_year, "1998"):
        assert validate_registration(minimal(year_founded=year), ward_list=wards)[
            "year_founded"
        ] == int(year)
    for year in (1799, this_year + 1, "nineteen", 1998.5, True):
        with pytest.raises(RegistrationError) as exc:
            validate_registration(minimal(year_founded=year), ward_list=wards)
        assert problems_of(exc)["year_founded"].startswith("Year founded:")


@pytest.mark.parametrize(
    ("field", "good", "bad"),
    [
        ("trustees_count", [0, 100, "12"], [-1, 101, "lots"]),
        ("volunteers_count", [0, 100_000, "1,500"], [-5, 100_001, 2.5]),
        ("staff_fte", [0, 1000, "2.5"], [-0.5, 1000.1, "half"]),
    ],
)
def test_people_counts_stay_in_range(
    wards: WardList, field: str, good: list[object], bad: list[object]
) -> None:
    for value in good:
        validate_registration(minimal(**{field: value}), ward_list=wards)
    for value in bad:
        with pytest.raises(RegistrationError) as exc:
            validate_registration(minimal(**{field: value}), ward_list=wards)
        assert problems_of(exc)[field].startswith(FIELD_LABELS[field] + ":")


def test_staff_fte_keeps_one_decimal(wards: WardList) -> None:
    assert validate_registration(minimal(staff_fte=0.75), ward_list=wards)["staff_fte"] == 0.8
    assert validate_registration(minimal(staff_fte="2.5"), ward_list=wards)["staff_fte"] == 2.5


def test_a_bank_account_needs_its_number_of_signatories(wards: WardList) -> None:
    with pytest.raises(RegistrationError) as exc:
        validate_registration(minimal(has_bank_account=True), ward_list=wards)
    assert problems_of(exc)["bank_signatories"].startswith("Bank signatories:")
    clean = validate_registration(
        minimal(has_bank_account="yes", bank_signatories="2"), ward_list=wards
    )
    assert (clean["has_bank_account"], clean["bank_signatories"]) == (True, 2)


def test_signatories_are_cleared_without_a_bank_account(wards: WardList) -> None:
    clean = validate_registration(
        minimal(has_bank_account="no", bank_signatories=3), ward_list=wards
    )
    assert (clean["has_bank_account"], clean["bank_signatories"]) == (False, None)


def test_policies_carry_their_review_dates_as_iso_text(wards: WardList) -> None:
    clean = validate_registration(
        minimal(
            policies={
                "safeguarding": "01/03/2025",
                "Complaints": None,
                "health_safety": date(2024, 5, 6),
            }
        ),
        ward_list=wards,
    )
    assert clean["policies"] == {
        "safeguarding": "2025-03-01",
        "complaints": None,
        "health_safety": "2024-05-06",
    }
    as_list = validate_registration(
        minimal(policies=["safeguarding", "volunteers"]), ward_list=wards
    )
    assert as_list["policies"] == {"safeguarding": None, "volunteers": None}


@pytest.mark.parametrize(
    ("policies", "start"),
    [
        ({"fire_drill": None}, "Policies held: 'fire_drill' is not one of the choices"),
        ({"safeguarding": "soon"}, "Policies held: Safeguarding review date: 'soon' is not a date"),
        (
            {"safeguarding": (date.today() + timedelta(days=3)).isoformat()},
            "Policies held: Safeguarding review date:",
        ),
    ],
)
def test_unknown_policies_and_bad_review_dates_are_refused(
    wards: WardList, policies: dict[str, object], start: str
) -> None:
    with pytest.raises(RegistrationError) as exc:
        validate_registration(minimal(policies=policies), ward_list=wards)
    assert problems_of(exc)["policies"].startswith(start)


def test_multi_choices_accept_labels_drop_repeats_and_keep_order(wards: WardList) -> None:
    clean = validate_registration(
        minimal(
            themes=["Food", "arts_culture", "food"],
            insurance="public_liability; Employer's liability",
            interested_in=("grants",),
            consent_covers=[],
        ),
        ward_list=wards,
    )
    assert clean["themes"] == ["food", "arts_culture"]
    assert clean["insurance"] == ["public_liability", "employers_liability"]
    assert clean["interested_in"] == ["grants"]


def test_choosing_other_beneficiaries_needs_saying_who(wards: WardList) -> None:
    with pytest.raises(RegistrationError) as exc:
        validate_registration(minimal(beneficiaries=["carers", "other"]), ward_list=wards)
    assert problems_of(exc)["beneficiaries_other"].startswith("Who benefits (other):")


def test_contact_details_need_consent_with_how_it_was_given(wards: WardList) -> None:
    with pytest.raises(RegistrationError) as exc:
        validate_registration(minimal(contact_name="Amina Khan"), ward_list=wards)
    assert problems_of(exc)["consent_date"].startswith("Consent date:")
    with pytest.raises(RegistrationError) as exc:
        validate_registration(
            minimal(contact_name="Amina Khan", consent_date="2026-01-05"), ward_list=wards
        )
    assert list(problems_of(exc)) == ["consent_how"]
    clean = validate_registration(
        minimal(
            contact_name="Amina  Khan",
            contact_email="Amina@Example.org",
            contact_phone="+44 7700 900123",
            consent_date="05/01/2026",
            consent_how="Signed the registration form",
            consent_covers=["Contact by the council"],
        ),
        ward_list=wards,
    )
    assert clean["contact_name"] == "Amina Khan"
    assert clean["contact_email"] == "Amina@example.org"
    assert clean["contact_phone"] == "07700 900123"
    assert clean["consent_date"] == date(2026, 1, 5)
    assert clean["consent_covers"] == ["council_contact"]


def test_consent_and_status_dates_cannot_be_in_the_future(wards: WardList) -> None:
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(RegistrationError) as exc:
        validate_registration(
            minimal(consent_date=tomorrow, consent_how="x", gap_status_date=tomorrow.isoformat()),
            ward_list=wards,
        )
    assert set(problems_of(exc)) == {"consent_date", "gap_status_date"}


def test_gap_status_must_be_a_listed_one(wards: WardList) -> None:
    clean = validate_registration(minimal(gap_status="Health check offered"), ward_list=wards)
    assert clean["gap_status"] == "health_check_offered"
    with pytest.raises(RegistrationError) as exc:
        validate_registration(minimal(gap_status="audited"), ward_list=wards)
    assert problems_of(exc)["gap_status"].startswith("GAP status: 'audited'")


def test_unknown_fields_are_refused_but_record_bookkeeping_is_ignored(wards: WardList) -> None:
    with pytest.raises(RegistrationError) as exc:
        validate_registration(minimal(postocde="HD1 2AB"), ward_list=wards)
    assert problems_of(exc) == {
        "postocde": "'postocde' is not a registration field. Check the field's name."
    }
    stored = minimal(id="abc", rev=3, created_at="2026-01-01T00:00:00.000Z", _stamps={})
    assert validate_registration(stored, ward_list=wards)["name"] == "Holme Valley Men's Shed"


def test_validating_clean_values_again_changes_nothing(wards: WardList) -> None:
    clean = validate_registration(
        minimal(
            name=" Dewsbury Moor Allotment Society ",
            charity_id="234567",
            postcode="wf13 3ab",
            ward="dewsbury west",
            areas_of_benefit=["Dewsbury West", "whole district"],
            policies={"safeguarding": "2025-03-01"},
            staff_fte="1.25",
            contact_phone="01484221000",
            contact_name="Jo",
            consent_date="2025-03-01",
            consent_how="By email",
        ),
        ward_list=wards,
    )
    assert validate_registration(clean, ward_list=wards) == clean


# ---------------------------------------------------------------------------------------------
# Wards in registrations


def test_a_current_ward_is_matched_loosely_and_fills_the_area(wards: WardList) -> None:
    clean = validate_registration(minimal(ward="liversedge & gomersal"), ward_list=wards)
    assert clean["ward"] == "Liversedge and Gomersal"
    assert clean["ward_list"] == "kirklees-2026"
    assert clean["district_area"] == "Batley and Spen"


def test_an_area_that_contradicts_the_ward_is_refused(wards: WardList) -> None:
    with pytest.raises(RegistrationError) as exc:
        validate_registration(
            minimal(ward="Dalton", district_area="Kirklees Rural"), ward_list=wards
        )
    assert problems_of(exc)["district_area"].startswith(
        "District committee area: the ward Dalton is in Huddersfield"
    )


def test_an_area_without_a_ward_must_be_one_of_the_councils(wards: WardList) -> None:
    clean = validate_registration(minimal(district_area="huddersfield"), ward_list=wards)
    assert clean["district_area"] == "Huddersfield"
    with pytest.raises(RegistrationError) as exc:
        validate_registration(minimal(district_area="Spen Valley"), ward_list=wards)
    assert "Batley and Spen" in problems_of(exc)["district_area"]


@pytest.mark.parametrize(
    ("old", "suggested"),
    [
        ("Golcar", "Colne Valley East"),
        ("Colne Valley", "Colne Valley West"),
        ("Crosland Moor and Netherton", "Crosland Moor"),
        ("Newsome", "Netherton and Newsome"),
    ],
)
def test_an_old_ward_on_a_new_registration_is_refused_with_its_successor(
    wards: WardList, old: str, suggested: str
) -> None:
    with pytest.raises(RegistrationError) as exc:
        validate_registration(minimal(ward=old), ward_list=wards)
    message = problems_of(exc)["ward"]
    assert message.startswith(f"Ward: '{old}' is no longer a ward")
    assert f"Use {suggested}" in message


def test_a_ward_no_list_knows_is_refused(wards: WardList) -> None:
    with pytest.raises(RegistrationError) as exc:
        validate_registration(minimal(ward="Hogwarts"), ward_list=wards)
    assert problems_of(exc)["ward"].endswith("Pick one from the list.")


def test_allow_unknown_ward_keeps_a_ward_from_an_older_list(wards: WardList) -> None:
    clean = validate_registration(
        minimal(ward="Golcar", ward_list="kirklees-2004", district_area="Kirklees Rural"),
        ward_list=wards,
        allow_unknown_ward=True,
    )
    assert (clean["ward"], clean["ward_list"], clean["district_area"]) == (
        "Golcar",
        "kirklees-2004",
        "Kirklees Rural",
    )


def test_an_edit_keeps_the_ward_a_record_was_registered_under(wards: WardList) -> None:
    current = minimal(
        ward="Golcar",
        ward_list="kirklees-2004",
        district_area="Kirklees Rural",
        areas_of_benefit=["Golcar", "Lindley"],
    )
    clean = validate_registration_update(current, {"themes": ["food"]}, wards)
    assert clean["ward"] == "Golcar" and clean["ward_list"] == "kirklees-2004"
    assert clean["areas_of_benefit"] == ["Golcar", "Lindley"]
    assert clean["themes"] == ["food"]


def test_an_edit_that_changes_the_ward_must_use_a_current_one(wards: WardList) -> None:
    current = minimal(ward="Golcar", ward_list="kirklees-2004", district_area="Kirklees Rural")
    with pytest.raises(RegistrationError) as exc:
        validate_registration_update(current, {"ward": "Newsome"}, wards)
    assert list(problems_of(exc)) == ["ward"]
    clean = validate_registration_update(current, {"ward": "Dalton"}, wards)
    assert (clean["ward"], clean["ward_list"], clean["district_area"]) == (
        "Dalton",
        "kirklees-2026",
        "Huddersfield",
    )


def test_an_edit_reports_problems_in_the_changes(wards: WardList) -> None:
    current = validate_registration(minimal(), ward_list=wards)
    with pytest.raises(RegistrationError) as exc:
        validate_registration_update(current, {"postcode": "nowhere"}, wards)
    assert list(problems_of(exc)) == ["postcode"]
    assert validate_registration_update(current, {"name": "New Name"}, wards)["name"] == "New Name"


def test_areas_of_benefit_are_current_wards_or_the_whole_district(wards: WardList) -> None:
    clean = validate_registration(
        minimal(areas_of_benefit=["dalton", "Whole district", "Dalton"]), ward_list=wards
    )
    assert clean["areas_of_benefit"] == ["Dalton", "whole_district"]
    with pytest.raises(RegistrationError) as exc:
        validate_registration(minimal(areas_of_benefit=["Newsome"]), ward_list=wards)
    assert problems_of(exc)["areas_of_benefit"].startswith("Areas of benefit: 'Newsome'")


# ---------------------------------------------------------------------------------------------
# Ward lists


def test_the_current_ward_list_is_the_23_kirklees_wards_of_2026(wards: WardList) -> None:
    assert wards.id == "kirklees-2026"
    assert set(wards.names) == WARDS_2026 and len(wards.names) == 23
    assert wards.effective_from == date(2026, 5, 7)
    assert not wards.superseded
    assert wards.sources and all(title for title, _url in wards.sources)
    assert set(wards.areas) == AREAS
    assert {wards.area_for(name) for name in wards.names} == AREAS


def test_the_2004_list_is_kept_as_a_dated_superseded_version() -> None:
    old = read_ward_file(Path(load_ward_list().path or "").parent / "kirklees-2004.yaml")
    assert set(old.names) == WARDS_2004 and len(old.names) == 23
    assert old.superseded and old.superseded_by == "kirklees-2026"
    assert (old.effective_from, old.effective_until) == (date(2004, 6, 10), date(2026, 5, 7))
    assert all(old.area_for(name) in AREAS for name in old.names)


def test_every_ward_that_went_in_2026_has_a_current_successor(wards: WardList) -> None:
    gone = WARDS_2004 - WARDS_2026
    assert gone == set(wards.replaced_by)
    for old in gone:
        assert wards.successors(old)
        assert all(wards.is_current(new) for new in wards.successors(old))


def test_ward_list_lookups_ignore_case_spacing_and_ampersands(wards: WardList) -> None:
    assert wards.find("  birstall  &  BIRKENSHAW ") == "Birstall and Birkenshaw"
    assert wards.is_current("holme valley south")
    assert not wards.is_current("Golcar") and not wards.is_current(None)
    assert wards.area_for("colne valley west") == "Kirklees Rural"
    assert wards.area_for("Golcar") is None


def lists_holding(ward: str) -> list[str]:
    return [ward_list.id for ward_list in all_ward_lists() if ward in ward_list.names]


def test_every_version_of_the_ward_list_is_shipped() -> None:
    assert lists_holding("Golcar") == ["kirklees-2004"]
    assert lists_holding("Colne Valley East") == ["kirklees-2026"]
    assert lists_holding("Dalton") == ["kirklees-2004", "kirklees-2026"]
    held = {name for ward_list in all_ward_lists() for name in ward_list.names}
    assert held == WARDS_2004 | WARDS_2026


def test_a_ward_is_matched_to_the_current_list_or_refused_with_its_successor(
    wards: WardList,
) -> None:
    with pytest.raises(RegistrationError) as exc:
        validate_registration(minimal(ward="golcar"), ward_list=wards)
    assert "Use Colne Valley East" in problems_of(exc)["ward"]
    assert validate_registration(minimal(ward="dalton"), ward_list=wards)["ward"] == "Dalton"


WARD_FILE = """\
id: testshire-2027
council: Testshire Council
title: Testshire wards from 2027
effective_from: 2027-05-06
sources:
  - title: A made-up order
areas: [North, South]
wards:
  - {name: Upton, area: North}
  - {name: Downton, area: South}
"""


def test_a_council_can_point_at_its_own_ward_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "testshire.yaml"
    own.write_text(WARD_FILE, encoding="utf-8")
    assert load_ward_list(own).names == ("Upton", "Downton")
    monkeypatch.setenv("GAPKIT_WARD_FILE", str(own))
    from_env = load_ward_list()
    assert from_env.id == "testshire-2027" and from_env.area_for("downton") == "South"
    clean = validate_registration(minimal(ward="upton"), ward_list=from_env)
    assert (clean["ward"], clean["district_area"]) == ("Upton", "North")


def test_the_default_list_is_the_latest_one_not_superseded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "wards"
    folder.mkdir()
    (folder / "a.yaml").write_text(WARD_FILE, encoding="utf-8")
    (folder / "b.yaml").write_text(
        WARD_FILE.replace("testshire-2027", "testshire-2019").replace("2027-05-06", "2019-05-02"),
        encoding="utf-8",
    )
    (folder / "c.yaml").write_text(
        WARD_FILE.replace("testshire-2027", "testshire-draft")
        .replace("2027-05-06", "2031-05-01")
        .replace("sources:", "superseded: true\nsources:"),
        encoding="utf-8",
    )
    monkeypatch.setenv("GAPKIT_RESOURCES_DIR", str(tmp_path))
    monkeypatch.delenv("GAPKIT_WARD_FILE", raising=False)
    assert load_ward_list().id == "testshire-2027"
    assert lists_holding("Upton") == ["testshire-2019", "testshire-2027", "testshire-draft"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wards: [", "could not be read"),
        ("id: x\n", "not in the expected shape"),
        (WARD_FILE + "  - {name: UPTON, area: North}\n", "lists the ward 'UPTON' twice"),
        (WARD_FILE.replace("area: South", "area: East"), "not one of its areas"),
    ],
)
def test_a_broken_ward_file_is_refused_naming_the_file(
    tmp_path: Path, text: str, expected: str
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(WardFileError) as exc:
        read_ward_file(broken)
    assert expected in str(exc.value) and str(broken) in str(exc.value)


def test_a_missing_ward_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="could not be opened"):
        load_ward_list(tmp_path / "nope.yaml")
