"""The registration record and its validation: every rule and message written once."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from desktop.errors import Message, UserError, Word
from desktop.registration.choices import (
    BENEFICIARIES,
    BOOKKEEPING_KEYS,
    CONSENT_COVERS,
    FIELD_LABELS,
    GAP_STATUSES,
    INCOME_BANDS,
    INSURANCE,
    INTERESTS,
    LEGAL_FORMS,
    POLICIES,
    THEMES,
    WHOLE_DISTRICT,
    WHOLE_DISTRICT_LABEL,
    Choices,
    label_of,
)
from desktop.registration.identifiers import (
    normalise_charity_number,
    normalise_company_number,
    normalise_email,
    normalise_mutuals_number,
    normalise_phone,
    normalise_postcode,
)
from desktop.registration.problems import FieldProblem, InvalidValue, RegistrationError
from desktop.registration.wards import WardList, load_ward_list, ward_key

# ---------------------------------------------------------------------------------------------
# Small cleaners used by the model's validators. Each raises InvalidValue (a ValueError) with
# the full message, a template the screens translate (desktop.errors.Message).


def _label(field_name: str) -> Word:
    """A field's name as its messages start with it, translated where shown."""
    return Word(FIELD_LABELS.get(field_name, field_name), "Registration")


def _invalid(field_name: str, problem: Message) -> InvalidValue:
    """'Field: problem': the problem apart, so a caller can name the field otherwise."""
    return InvalidValue("{field}: {problem}", field=_label(field_name), problem=problem)


def _clean_text(value: Any, field_name: str, max_length: int) -> str | None:
    """Trimmed text in Unicode NFC, None when empty; control characters are refused."""
    if value is None:
        return None
    if not isinstance(value, str):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _invalid(field_name, Message("expected text. Type it as words."))
        value = str(value)
    text = unicodedata.normalize("NFC", value).strip()
    if not text:
        return None
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in text):
        raise _invalid(field_name, Message("it contains hidden control characters. Retype it."))
    if len(text) > max_length:
        raise _invalid(
            field_name,
            Message(
                "{length} characters is too long. Shorten it to {most} characters or fewer.",
                length=len(text),
                most=max_length,
            ),
        )
    return text


def _as_list(value: Any, field_name: str) -> list[Any]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [part for part in re.split(r"[\n;]", value)]
    if isinstance(value, list | tuple | set | frozenset):
        return list(value)
    raise _invalid(field_name, Message("expected a list. Pick from the list given."))


def _choice(value: Any, choices: Choices, field_name: str) -> str | None:
    """A stored choice id; the label (any case) is accepted too, for typed and pasted input."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    for cid, label in choices:
        if text == cid or text.casefold() in (cid.casefold(), label.casefold()):
            return cid
    options = "; ".join(label for _cid, label in choices)
    raise _invalid(
        field_name,
        Message(
            "'{text}' is not one of the choices. Pick one of: {options}.",
            text=text,
            options=options,
        ),
    )


def _choices(value: Any, choices: Choices, field_name: str) -> list[str]:
    picked: list[str] = []
    for item in _as_list(value, field_name):
        cid = _choice(item, choices, field_name)
        if cid is not None and cid not in picked:
            picked.append(cid)
    return picked


def _whole_number(value: Any, field_name: str, low: int, high: int, hint: Message) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and re.fullmatch(r"[+-]?\d+", value.strip().replace(",", "")):
        number = int(value.strip().replace(",", ""))
    if number is None:
        raise _invalid(
            field_name, Message("'{value}' is not a whole number. {hint}", value=value, hint=hint)
        )
    if not low <= number <= high:
        raise _invalid(
            field_name, Message("{number} is out of range. {hint}", number=number, hint=hint)
        )
    return number


_UK_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def _to_date(value: Any, field_name: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            if match := _UK_DATE.match(text):
                day, month, year = (int(part) for part in match.groups())
                return date(year, month, day)
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise _invalid(
        field_name,
        Message("'{value}' is not a date. Use the form 2025-03-31 or 31/03/2025.", value=value),
    )


def _past_date(value: Any, field_name: str) -> date | None:
    day = _to_date(value, field_name)
    if day is None:
        return None
    if day > date.today():
        raise _invalid(
            field_name,
            Message(
                "{date} is in the future. Use today's date or an earlier one.",
                date=day.isoformat(),
            ),
        )
    if day.year < 1800:
        raise _invalid(
            field_name, Message("{date} is too early. Check the year.", date=day.isoformat())
        )
    return day


def _yes_no(value: Any, field_name: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    text = str(value).strip().casefold()
    if text == "":
        return None
    if text in ("yes", "y", "true", "1"):
        return True
    if text in ("no", "n", "false", "0"):
        return False
    raise _invalid(
        field_name, Message("'{value}' is not yes or no. Answer yes or no.", value=value)
    )


def _context(info: ValidationInfo) -> dict[str, Any]:
    return info.context if isinstance(info.context, dict) else {}


def _context_ward_list(info: ValidationInfo) -> WardList:
    context = _context(info)
    ward_list = context.get("ward_list")
    if ward_list is None:
        ward_list = load_ward_list()
        context["ward_list"] = ward_list
    return ward_list


def _kept_wards(info: ValidationInfo) -> set[str]:
    return set(_context(info).get("kept_wards", ()))


# ---------------------------------------------------------------------------------------------
# The registration model


class RegistrationInput(BaseModel):
    """A GAP registration as typed, cleaned and checked field by field.

    Validate with `validate_registration`, which gives the context this model needs:
    `ward_list` (the current WardList), `kept_wards` (ward names an existing record already
    holds, kept even if no longer current) and `allow_unknown_ward`.
    Field order matters: a field's rules may look at the fields above it.
    """

    model_config = ConfigDict(extra="forbid", validate_default=True)

    name: str | None = None
    other_names: list[str] = Field(default_factory=list)
    legal_form: str | None = None
    legal_form_other: str | None = None
    charity_id: str | None = None
    company_id: str | None = None
    mutuals_id: str | None = None
    address_lines: list[str] = Field(default_factory=list)
    town: str | None = None
    postcode: str | None = None
    ward: str | None = None
    ward_list: str | None = None
    district_area: str | None = None
    areas_of_benefit: list[str] = Field(default_factory=list)
    themes: list[str] = Field(default_factory=list)
    beneficiaries: list[str] = Field(default_factory=list)
    beneficiaries_other: str | None = None
    year_founded: int | None = None
    income_band: str | None = None
    trustees_count: int | None = None
    staff_fte: float | None = None
    volunteers_count: int | None = None
    has_bank_account: bool | None = None
    bank_signatories: int | None = None
    policies: dict[str, str | None] = Field(default_factory=dict)
    insurance: list[str] = Field(default_factory=list)
    interested_in: list[str] = Field(default_factory=list)
    cat_building: str | None = None
    contact_name: str | None = None
    contact_role: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    contact_language: str | None = None
    consent_date: date | None = None
    consent_how: str | None = None
    consent_covers: list[str] = Field(default_factory=list)
    gap_status: str = "registered"
    gap_status_date: date | None = None
    notes: str | None = None

    # -- names and legal form ---------------------------------------------------------------

    @field_validator("name", mode="before")
    @classmethod
    def _name(cls, value: Any) -> str:
        text = _clean_text(value, "name", 10_000)
        text = " ".join(text.split()) if text else None
        if text is None:
            raise InvalidValue("Name: it is empty. Type the organisation's name.")
        if len(text) < 2:
            raise InvalidValue(
                "Name: '{name}' is too short. Type the organisation's full name.", name=text
            )
        if len(text) > 200:
            raise InvalidValue(
                "Name: {length} characters is too long. Shorten it to 200 characters or "
                "fewer, and put other names under Other names.",
                length=len(text),
            )
        return text

    @field_validator("other_names", mode="before")
    @classmethod
    def _other_names(cls, value: Any) -> list[str]:
        names: list[str] = []
        for item in _as_list(value, "other_names"):
            text = _clean_text(item, "other_names", 200)
            if text and text not in names:
                names.append(" ".join(text.split()))
        return names

    @field_validator("legal_form", mode="before")
    @classmethod
    def _legal_form(cls, value: Any) -> str:
        cid = _choice(value, LEGAL_FORMS, "legal_form")
        if cid is None:
            raise InvalidValue(
                "Legal form: none chosen. Pick the one that fits, or Other and say what."
            )
        return cid

    @field_validator("legal_form_other", mode="before")
    @classmethod
    def _legal_form_other(cls, value: Any, info: ValidationInfo) -> str | None:
        text = _clean_text(value, "legal_form_other", 200)
        legal_form = info.data.get("legal_form")
        if legal_form == "other" and text is None:
            raise InvalidValue(
                "Legal form (other): it is empty. Say what legal form the organisation has."
            )
        # Only meaningful with "other"; dropping it keeps a stale answer out of reports.
        return text if legal_form == "other" else None

    # -- identifiers --------------------------------------------------------------------------

    @field_validator("charity_id", mode="before")
    @classmethod
    def _charity_id(cls, value: Any) -> str | None:
        text = _clean_text(value, "charity_id", 40)
        return normalise_charity_number(text) if text else None

    @field_validator("company_id", mode="before")
    @classmethod
    def _company_id(cls, value: Any) -> str | None:
        text = _clean_text(value, "company_id", 40)
        return normalise_company_number(text) if text else None

    @field_validator("mutuals_id", mode="before")
    @classmethod
    def _mutuals_id(cls, value: Any) -> str | None:
        text = _clean_text(value, "mutuals_id", 40)
        return normalise_mutuals_number(text) if text else None

    # -- address and ward ---------------------------------------------------------------------

    @field_validator("address_lines", mode="before")
    @classmethod
    def _address_lines(cls, value: Any) -> list[str]:
        lines = [
            text
            for item in _as_list(value, "address_lines")
            if (text := _clean_text(item, "address_lines", 200))
        ]
        if len(lines) > 6:
            raise InvalidValue(
                "Address: {count} lines is too many. Use up to 6 lines; the town and "
                "postcode have their own boxes.",
                count=len(lines),
            )
        return lines

    @field_validator("town", mode="before")
    @classmethod
    def _town(cls, value: Any) -> str | None:
        return _clean_text(value, "town", 100)

    @field_validator("postcode", mode="before")
    @classmethod
    def _postcode(cls, value: Any) -> str:
        text = _clean_text(value, "postcode", 20)
        if text is None:
            raise InvalidValue("Postcode: it is empty. Type the postcode in the form HD1 2AB.")
        return normalise_postcode(text)

    @field_validator("ward", mode="before")
    @classmethod
    def _ward(cls, value: Any, info: ValidationInfo) -> str | None:
        text = _clean_text(value, "ward", 100)
        if text is None:
            return None
        ward_list = _context_ward_list(info)
        current = ward_list.find(text)
        if current:
            return current
        kept = {ward_key(name): name for name in _kept_wards(info)}
        if ward_key(text) in kept:
            return kept[ward_key(text)]
        if _context(info).get("allow_unknown_ward"):
            return text
        suggestions = ward_list.successors(text)
        if suggestions:
            raise InvalidValue(
                "Ward: '{ward}' is no longer a ward in {council}'s current list "
                "({list}). Use {suggestions}.",
                ward=text,
                council=ward_list.council,
                list=ward_list.title,
                suggestions=" or ".join(suggestions),
            )
        raise InvalidValue(
            "Ward: '{ward}' is not a ward in {council}'s current list "
            "({list}). Pick one from the list.",
            ward=text,
            council=ward_list.council,
            list=ward_list.title,
        )

    @field_validator("ward_list", mode="before")
    @classmethod
    def _ward_list(cls, value: Any, info: ValidationInfo) -> str | None:
        ward = info.data.get("ward")
        if ward is None:
            return None
        ward_list = _context_ward_list(info)
        if ward_list.is_current(ward):
            return ward_list.id
        # A ward kept from an older list keeps the id of the list it was registered under.
        return _clean_text(value, "ward_list", 100)

    @field_validator("district_area", mode="before")
    @classmethod
    def _district_area(cls, value: Any, info: ValidationInfo) -> str | None:
        text = _clean_text(value, "district_area", 100)
        ward_list = _context_ward_list(info)
        ward = info.data.get("ward")
        from_ward = ward_list.area_for(ward) if ward else None
        if from_ward is not None:
            if text is not None and text.casefold() != from_ward.casefold():
                raise InvalidValue(
                    "District committee area: the ward {ward} is in {area}, not "
                    "'{typed}'. Leave the area empty and it is filled in from the ward.",
                    ward=ward,
                    area=from_ward,
                    typed=text,
                )
            return from_ward
        if text is None:
            return None
        for area in ward_list.areas:
            if area.casefold() == text.casefold():
                return area
        if text in _context(info).get("kept_areas", ()) or not ward_list.areas:
            return text
        raise InvalidValue(
            "District committee area: '{area}' is not one of {council}'s areas. "
            "Pick one of: {areas}.",
            area=text,
            council=ward_list.council,
            areas="; ".join(ward_list.areas),
        )

    @field_validator("areas_of_benefit", mode="before")
    @classmethod
    def _areas_of_benefit(cls, value: Any, info: ValidationInfo) -> list[str]:
        ward_list = _context_ward_list(info)
        kept = {ward_key(name): name for name in _kept_wards(info)}
        picked: list[str] = []
        for item in _as_list(value, "areas_of_benefit"):
            text = _clean_text(item, "areas_of_benefit", 100)
            if text is None:
                continue
            if text.casefold() in (WHOLE_DISTRICT, WHOLE_DISTRICT_LABEL.casefold()):
                name: str | None = WHOLE_DISTRICT
            else:
                name = ward_list.find(text) or kept.get(ward_key(text))
            if name is None:
                raise InvalidValue(
                    "Areas of benefit: '{ward}' is not a current ward. Pick wards from the "
                    "list, or {whole}.",
                    ward=text,
                    whole=Word(WHOLE_DISTRICT_LABEL, "Registration"),
                )
            if name not in picked:
                picked.append(name)
        return picked

    # -- what the organisation does -------------------------------------------------------------

    @field_validator("themes", mode="before")
    @classmethod
    def _themes(cls, value: Any) -> list[str]:
        return _choices(value, THEMES, "themes")

    @field_validator("beneficiaries", mode="before")
    @classmethod
    def _beneficiaries(cls, value: Any) -> list[str]:
        return _choices(value, BENEFICIARIES, "beneficiaries")

    @field_validator("beneficiaries_other", mode="before")
    @classmethod
    def _beneficiaries_other(cls, value: Any, info: ValidationInfo) -> str | None:
        text = _clean_text(value, "beneficiaries_other", 500)
        if text is None and "other" in info.data.get("beneficiaries", ()):
            raise InvalidValue(
                "Who benefits (other): it is empty. Say who else benefits, or untick Other."
            )
        return text

    # -- size and money -----------------------------------------------------------------------

    @field_validator("year_founded", mode="before")
    @classmethod
    def _year_founded(cls, value: Any) -> int | None:
        this_year = date.today().year
        return _whole_number(
            value,
            "year_founded",
            1800,
            this_year,
            Message("Type a year from 1800 to {year}.", year=this_year),
        )

    @field_validator("income_band", mode="before")
    @classmethod
    def _income_band(cls, value: Any) -> str | None:
        return _choice(value, INCOME_BANDS, "income_band")

    @field_validator("trustees_count", mode="before")
    @classmethod
    def _trustees_count(cls, value: Any) -> int | None:
        return _whole_number(
            value, "trustees_count", 0, 100, Message("Type a number from 0 to 100.")
        )

    @field_validator("staff_fte", mode="before")
    @classmethod
    def _staff_fte(cls, value: Any) -> float | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        number: float | None = None
        if isinstance(value, int | float) and not isinstance(value, bool):
            number = float(value)
        elif isinstance(value, str):
            try:
                number = float(value.strip())
            except ValueError:
                number = None
        if number is None or number != number:  # NaN is not a number of staff
            raise InvalidValue(
                "Paid staff (FTE): '{value}' is not a number. Type full-time equivalents, "
                "for example 2.5.",
                value=value,
            )
        if not 0 <= number <= 1000:
            raise InvalidValue(
                "Paid staff (FTE): {number:g} is out of range. Type a number from 0 to 1000.",
                number=number,
            )
        # One decimal is the rule; 0.75 FTE is a real answer, so round rather than refuse it.
        return round(number + 1e-9, 1)

    @field_validator("volunteers_count", mode="before")
    @classmethod
    def _volunteers_count(cls, value: Any) -> int | None:
        return _whole_number(
            value, "volunteers_count", 0, 100_000, Message("Type a number from 0 to 100,000.")
        )

    @field_validator("has_bank_account", mode="before")
    @classmethod
    def _has_bank_account(cls, value: Any) -> bool | None:
        return _yes_no(value, "has_bank_account")

    @field_validator("bank_signatories", mode="before")
    @classmethod
    def _bank_signatories(cls, value: Any, info: ValidationInfo) -> int | None:
        number = _whole_number(
            value, "bank_signatories", 1, 50, Message("Type a number from 1 to 50.")
        )
        if "has_bank_account" not in info.data:
            return number
        if info.data["has_bank_account"] is True:
            if number is None:
                raise InvalidValue(
                    "Bank signatories: how many people can sign? Type a number from 1 to 50."
                )
            return number
        # Without an account the count means nothing; keep it out of reports.
        return None

    # -- policies, insurance, interests --------------------------------------------------------

    @field_validator("policies", mode="before")
    @classmethod
    def _policies(cls, value: Any) -> dict[str, str | None]:
        if value is None or value == "":
            return {}
        items: Iterable[tuple[Any, Any]]
        if isinstance(value, Mapping):
            items = value.items()
        else:
            items = ((item, None) for item in _as_list(value, "policies"))
        policies: dict[str, str | None] = {}
        for key, reviewed in items:
            policy = _choice(key, POLICIES, "policies")
            if policy is None:
                continue
            try:
                day = _past_date(reviewed, "policies")
            except InvalidValue as exc:
                raise InvalidValue(
                    "Policies held: {policy} review date: {problem}",
                    policy=Word(label_of(POLICIES, policy), "Registration"),
                    problem=exc.values["problem"],
                ) from None
            policies[policy] = day.isoformat() if day else None
        return policies

    @field_validator("insurance", mode="before")
    @classmethod
    def _insurance(cls, value: Any) -> list[str]:
        return _choices(value, INSURANCE, "insurance")

    @field_validator("interested_in", mode="before")
    @classmethod
    def _interested_in(cls, value: Any) -> list[str]:
        return _choices(value, INTERESTS, "interested_in")

    @field_validator("cat_building", mode="before")
    @classmethod
    def _cat_building(cls, value: Any) -> str | None:
        return _clean_text(value, "cat_building", 500)

    # -- contact person and consent ------------------------------------------------------------

    @field_validator("contact_name", mode="before")
    @classmethod
    def _contact_name(cls, value: Any) -> str | None:
        text = _clean_text(value, "contact_name", 200)
        return " ".join(text.split()) if text else None

    @field_validator("contact_role", mode="before")
    @classmethod
    def _contact_role(cls, value: Any) -> str | None:
        return _clean_text(value, "contact_role", 100)

    @field_validator("contact_email", mode="before")
    @classmethod
    def _contact_email(cls, value: Any) -> str | None:
        text = _clean_text(value, "contact_email", 254)
        return normalise_email(text) if text else None

    @field_validator("contact_phone", mode="before")
    @classmethod
    def _contact_phone(cls, value: Any) -> str | None:
        text = _clean_text(value, "contact_phone", 30)
        return normalise_phone(text) if text else None

    @field_validator("contact_language", mode="before")
    @classmethod
    def _contact_language(cls, value: Any) -> str | None:
        return _clean_text(value, "contact_language", 60)

    @field_validator("consent_date", mode="before")
    @classmethod
    def _consent_date(cls, value: Any, info: ValidationInfo) -> date | None:
        day = _past_date(value, "consent_date")
        # A name erased at the person's request (docs/privacy.md) leaves a marker, not a contact.
        has_contact = any(
            info.data.get(name) and not str(info.data[name]).startswith("erased on ")
            for name in ("contact_name", "contact_email", "contact_phone")
        )
        if day is None and has_contact:
            raise InvalidValue(
                "Consent date: the contact person's details are personal data and need their "
                "consent. Record when they gave it, or leave the contact details empty."
            )
        return day

    @field_validator("consent_how", mode="before")
    @classmethod
    def _consent_how(cls, value: Any, info: ValidationInfo) -> str | None:
        text = _clean_text(value, "consent_how", 200)
        # Needed with a consent date, and also when the date itself failed (missing or
        # mistyped): saying so now rather than after the date is put right shows every
        # problem in the first summary.
        needed = info.data.get("consent_date") is not None or "consent_date" not in info.data
        if text is None and needed:
            raise InvalidValue(
                "How consent was given: it is empty. Say how, for example 'signed the "
                "registration form' or 'agreed by phone'."
            )
        return text

    @field_validator("consent_covers", mode="before")
    @classmethod
    def _consent_covers(cls, value: Any) -> list[str]:
        return _choices(value, CONSENT_COVERS, "consent_covers")

    # -- GAP status ---------------------------------------------------------------------------

    @field_validator("gap_status", mode="before")
    @classmethod
    def _gap_status(cls, value: Any) -> str:
        return _choice(value, GAP_STATUSES, "gap_status") or "registered"

    @field_validator("gap_status_date", mode="before")
    @classmethod
    def _gap_status_date(cls, value: Any) -> date | None:
        return _past_date(value, "gap_status_date")

    @field_validator("notes", mode="before")
    @classmethod
    def _notes(cls, value: Any) -> str | None:
        return _clean_text(value, "notes", 10_000)


# ---------------------------------------------------------------------------------------------
# Entry points


def _problems_from(exc: ValidationError) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    for error in exc.errors():
        loc = error.get("loc") or ("",)
        field_name = str(loc[0])
        message: str
        cause = error.get("ctx", {}).get("error") if error["type"] == "value_error" else None
        if isinstance(cause, UserError):
            message = cause.message
        elif cause is not None:
            message = str(cause)
        elif error["type"] == "extra_forbidden":
            message = Message(
                "'{field}' is not a registration field. Check the field's name.", field=field_name
            )
        else:  # pydantic's own words (English)
            message = Message("{field}: {problem}.", field=_label(field_name), problem=error["msg"])
        problems.append(FieldProblem(field_name, message))
    return problems


def validate_registration(
    data: Mapping[str, Any],
    *,
    ward_list: WardList,
    existing: Mapping[str, Any] | None = None,
    allow_unknown_ward: bool = False,
) -> dict[str, Any]:
    """Check a whole registration and return its clean values, or raise RegistrationError.

    `existing` is the record as stored now when this is an edit: a ward (or area of benefit)
    it already holds is kept even if the current ward list no longer has it, because records
    keep the ward they were registered under. `allow_unknown_ward` accepts any ward name, for
    records imported from an older list this installation does not have.

    The result has every registration field: text, numbers, lists and a policies dict of ISO
    date strings, with `consent_date` and `gap_status_date` as `datetime.date`.
    """
    values = {key: value for key, value in data.items() if key not in BOOKKEEPING_KEYS}
    kept_wards: set[str] = set()
    kept_areas: set[str] = set()
    if existing is not None:
        if existing.get("ward"):
            kept_wards.add(str(existing["ward"]))
        kept_wards.update(
            str(name) for name in existing.get("areas_of_benefit") or () if name != WHOLE_DISTRICT
        )
        if existing.get("district_area"):
            kept_areas.add(str(existing["district_area"]))
    context = {
        "ward_list": ward_list,
        "kept_wards": kept_wards,
        "kept_areas": kept_areas,
        "allow_unknown_ward": allow_unknown_ward,
    }
    try:
        model = RegistrationInput.model_validate(values, context=context)
    except ValidationError as exc:
        raise RegistrationError(_problems_from(exc)) from None
    return model.model_dump()


def validate_registration_update(
    current: Mapping[str, Any],
    changes: Mapping[str, Any],
    ward_list: WardList,
    *,
    allow_unknown_ward: bool = False,
) -> dict[str, Any]:
    """Check an edit: `changes` applied over the stored `current` record.

    Returns the complete clean record (the caller compares it with `current` to find what
    changed: fields derived from others, such as the district area, may change too).
    """
    merged = {key: value for key, value in current.items() if key not in BOOKKEEPING_KEYS}
    merged.update(changes)
    if "ward" in changes and "district_area" not in changes:
        merged.pop("district_area", None)  # follow the new ward's area
    if "ward" in changes and "ward_list" not in changes:
        merged.pop("ward_list", None)
    return validate_registration(
        merged, ward_list=ward_list, existing=current, allow_unknown_ward=allow_unknown_ward
    )
