"""GAP registration rules: fixed lists, identifier checks, ward lists and record validation.

Pure Python (pydantic, PyYAML): the store's OrganisationService, the UI and the CLI all validate
a registration here, so a rule and its message are written once. Field names are the column
names of `desktop.store.models.Organisation`; every problem names the field in the user's words
and says how to put it right (shared/domain/registration.md).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from desktop.store.errors import UserError, ValidationFailed

# ---------------------------------------------------------------------------------------------
# Fixed lists: (id, label). Ids are stored; labels are what people see.

Choices = tuple[tuple[str, str], ...]

LEGAL_FORMS: Choices = (
    ("unincorporated_association", "Unincorporated association"),
    ("trust", "Trust"),
    ("cio_association", "CIO (association model)"),
    ("cio_foundation", "CIO (foundation model)"),
    ("charitable_company", "Charitable company (limited by guarantee)"),
    ("company_limited_by_guarantee", "Company limited by guarantee (not a charity)"),
    ("cic", "Community interest company (CIC)"),
    ("cbs", "Community benefit society (CBS)"),
    ("cooperative", "Co-operative society"),
    ("faith_group", "Faith group"),
    ("informal_group", "Informal or mutual aid group"),
    ("other", "Other (say what)"),
)

THEMES: Choices = (
    ("community_activities", "Community groups and activities"),
    ("health_wellbeing", "Health, wellbeing and self-care"),
    ("volunteering_social_action", "Volunteering and social action"),
    ("social_prescribing", "Social prescribing"),
    ("sharing_resources", "Sharing resources (space, equipment, skills)"),
    ("food", "Food"),
    ("exercise_sport", "Exercise and sport"),
    ("arts_culture", "Arts and culture"),
    ("learning_skills", "Learning and skills"),
    ("children_young_people_families", "Children, young people and families"),
    ("older_people", "Older people"),
    ("disabled_people", "Disabled people"),
    ("mental_health", "Mental health"),
    ("employment", "Employment"),
    ("money_debt_housing", "Money, debt and housing advice"),
    ("environment_green_spaces", "Environment and green spaces"),
    ("faith", "Faith"),
    ("refugees_new_arrivals", "Refugees and new arrivals"),
    ("domestic_abuse_support", "Domestic abuse support"),
    ("other", "Other"),
)

BENEFICIARIES: Choices = (
    ("children", "Children"),
    ("young_people", "Young people"),
    ("families", "Families"),
    ("older_people", "Older people"),
    ("disabled_people", "Disabled people"),
    ("carers", "Carers"),
    ("mental_health_needs", "People with mental health needs"),
    ("refugees_new_arrivals", "Refugees and new arrivals"),
    ("low_income", "People on low incomes"),
    ("women", "Women"),
    ("men", "Men"),
    ("lgbtq", "LGBTQ+ people"),
    ("minority_ethnic", "Minority ethnic communities"),
    ("faith_communities", "Faith communities"),
    ("everyone", "Everyone in the area"),
    ("other", "Other (say who)"),
)

INCOME_BANDS: Choices = (
    ("under_10k", "Under £10k"),
    ("10k_to_25k", "£10k–£25k"),
    ("25k_to_100k", "£25k–£100k"),
    ("100k_to_500k", "£100k–£500k"),
    ("500k_to_1m", "£500k–£1m"),
    ("over_1m", "Over £1m"),
)

POLICIES: Choices = (
    ("safeguarding", "Safeguarding"),
    ("equality_inclusion", "Equality and inclusion"),
    ("data_protection", "Data protection / privacy notice"),
    ("health_safety", "Health and safety"),
    ("complaints", "Complaints"),
    ("volunteers", "Volunteer policy"),
    ("financial_procedures", "Financial procedures"),
)

INSURANCE: Choices = (
    ("public_liability", "Public liability"),
    ("employers_liability", "Employer's liability"),
    ("buildings", "Buildings"),
    ("contents", "Contents"),
    ("trustee_indemnity", "Trustee indemnity"),
    ("event", "Event"),
)

INTERESTS: Choices = (
    ("grants", "Grants"),
    ("community_asset_transfer", "Community asset transfer"),
    ("volunteering_support", "Volunteering support"),
    ("training", "Training"),
)

CONSENT_COVERS: Choices = (
    ("council_contact", "Contact by the council"),
    ("partner_sharing", "Sharing with partner organisations"),
    ("directory_listing", "Listing in the community directory"),
)

GAP_STATUSES: Choices = (
    ("registered", "Registered"),
    ("health_check_offered", "Health check offered"),
    ("health_check_done", "Health check done"),
)

# The areas-of-benefit choice that is not a ward.
WHOLE_DISTRICT = "whole_district"
WHOLE_DISTRICT_LABEL = "Whole district"

# What each field is called on the form; messages start with it.
FIELD_LABELS: dict[str, str] = {
    "name": "Name",
    "other_names": "Other names",
    "legal_form": "Legal form",
    "legal_form_other": "Legal form (other)",
    "charity_id": "Charity number",
    "company_id": "Company number",
    "mutuals_id": "Mutuals register number",
    "address_lines": "Address",
    "town": "Town",
    "postcode": "Postcode",
    "ward": "Ward",
    "ward_list": "Ward list",
    "district_area": "District committee area",
    "areas_of_benefit": "Areas of benefit",
    "themes": "Themes",
    "beneficiaries": "Who benefits",
    "beneficiaries_other": "Who benefits (other)",
    "year_founded": "Year founded",
    "income_band": "Annual income",
    "trustees_count": "Trustees / committee members",
    "staff_fte": "Paid staff (FTE)",
    "volunteers_count": "Regular volunteers",
    "has_bank_account": "Bank account",
    "bank_signatories": "Bank signatories",
    "policies": "Policies held",
    "insurance": "Insurance held",
    "interested_in": "Interested in",
    "cat_building": "Building for asset transfer",
    "contact_name": "Contact name",
    "contact_role": "Contact role",
    "contact_email": "Contact email",
    "contact_phone": "Contact phone",
    "contact_language": "Contact's preferred language",
    "consent_date": "Consent date",
    "consent_how": "How consent was given",
    "consent_covers": "What consent covers",
    "gap_status": "GAP status",
    "gap_status_date": "GAP status date",
    "notes": "Notes",
}

REGISTRATION_FIELDS: tuple[str, ...] = tuple(FIELD_LABELS)

# Keys a stored record carries besides its registration fields; validation ignores them so a
# record read back from the store can be validated as it is.
BOOKKEEPING_KEYS = frozenset(
    {
        "id",
        "created_at",
        "modified_at",
        "modified_by",
        "rev",
        "deleted_at",
        "change_seq",
        "field_stamps",
        "_stamps",
    }
)


def label_of(choices: Choices, choice_id: str) -> str:
    """The label people see for a stored choice id (the id itself if the list lacks it)."""
    for cid, label in choices:
        if cid == choice_id:
            return label
    return choice_id


# ---------------------------------------------------------------------------------------------
# Problems and errors


class FieldProblem(NamedTuple):
    """One thing wrong with one field, in words for the person filling the form."""

    field: str
    message: str


class RegistrationError(ValidationFailed):
    """A registration did not pass; `problems` lists every FieldProblem found."""

    problems: list[FieldProblem]  # type: ignore[assignment]

    def __init__(self, problems: Iterable[FieldProblem]):
        super().__init__(list(problems))

    def fields(self) -> list[str]:
        return [problem.field for problem in self.problems]

    def message_for(self, field_name: str) -> str | None:
        for problem in self.problems:
            if problem.field == field_name:
                return problem.message
        return None


class InvalidValue(UserError, ValueError):
    """One typed value (identifier, postcode, email, phone) is not in a form we accept."""


# ---------------------------------------------------------------------------------------------
# Identifiers and contact details


def _squash(text: str) -> str:
    """Upper case with every kind of space removed (NBSP and tabs come in from pasted text)."""
    return "".join(str(text).split()).upper()


_CHARITY_ENGLAND_WALES = re.compile(r"^([1-9]\d{5}|1\d{6})(?:-(\d{1,3}))?$")
_SIX_DIGITS = re.compile(r"^\d{6}$")


def normalise_charity_number(text: str) -> str:
    """A charity number in org-id form: GB-CHC-1234567[-N], GB-SC-SC012345 or GB-NIC-100123.

    England and Wales numbers are 6 or 7 digits, with `-N` for a linked charity. Scottish
    numbers are SC and 6 digits; Northern Ireland numbers are NIC and 6 digits. A bare 6-digit
    number starting with 1 is read as Northern Ireland: England and Wales 6-digit numbers start
    at 200000 and 7-digit ones at 1000000, while Northern Ireland's start at 100000.
    """
    raw = str(text).strip()
    code = _squash(raw).replace("\u2013", "-")
    region: str | None = None
    for prefix, name in (("GB-CHC-", "CHC"), ("GB-SC-", "SC"), ("GB-NIC-", "NIC")):
        if code.startswith(prefix):
            code, region = code[len(prefix) :], name
            break
    if region is None:
        if code.startswith("SC"):
            region = "SC"
        elif code.startswith("NIC") or (_SIX_DIGITS.match(code) and code.startswith("1")):
            region = "NIC"
        else:
            region = "CHC"
    if region == "SC":
        digits = code.removeprefix("SC")
        if _SIX_DIGITS.match(digits):
            return f"GB-SC-SC{digits}"
    elif region == "NIC":
        digits = code.removeprefix("NIC")
        if _SIX_DIGITS.match(digits):
            return f"GB-NIC-{digits}"
    elif match := _CHARITY_ENGLAND_WALES.match(code):
        digits, linked = match.groups()
        return f"GB-CHC-{digits}" + (f"-{linked}" if linked else "")
    raise InvalidValue(
        f"Charity number: '{raw}' is not a charity number. Use 6 or 7 digits for England and "
        "Wales (1234567, or 1234567-1 for a linked charity), SC and 6 digits for Scotland "
        "(SC012345), or NIC and 6 digits for Northern Ireland (NIC100123)."
    )


# Companies House prefixes for companies, LLPs, societies and overseas entities; R0 is
# letter R and digit 0 (companies registered in Northern Ireland before partition).
COMPANY_PREFIXES = frozenset(
    {
        "AC", "BR", "CE", "CS", "FC", "FE", "GE", "GN", "GS", "IC", "IP", "LP", "NA", "NC",
        "NF", "NI", "NL", "NO", "NP", "NR", "NV", "NZ", "OC", "OE", "PC", "R0", "RC", "RS",
        "SA", "SC", "SE", "SF", "SG", "SI", "SL", "SO", "SP", "SR", "SZ", "ZC",
    }
)  # fmt: skip
# Societies registered before 2014 carry a 5-digit number with a trailing R (IP12345R).
_COMPANY_SOCIETY = re.compile(r"^(IP|SP|NP)(\d{5}R)$")
_COMPANY_PREFIXED = re.compile(r"^([A-Z][A-Z0-9])(\d{1,6})$")


def normalise_company_number(text: str) -> str:
    """A Companies House number in org-id form, GB-COH-01234567 or GB-COH-SC123456.

    Eight characters: 8 digits (shorter numbers are padded with zeros, as Companies House
    does) or a known 2-character prefix and 6 digits.
    """
    raw = str(text).strip()
    code = _squash(raw)
    if code.startswith("GB-COH-"):
        code = code[len("GB-COH-") :]
    if code.isdigit() and len(code) <= 8 and int(code) > 0:
        return f"GB-COH-{code.zfill(8)}"
    if match := _COMPANY_SOCIETY.match(code):
        return f"GB-COH-{match.group(1)}{match.group(2)}"
    match = _COMPANY_PREFIXED.match(code)
    if match and match.group(1) in COMPANY_PREFIXES and int(match.group(2)) > 0:
        return f"GB-COH-{match.group(1)}{match.group(2).zfill(6)}"
    raise InvalidValue(
        f"Company number: '{raw}' is not a Companies House number. Use 8 characters: 8 digits "
        "(01234567) or 2 letters and 6 digits (SC123456)."
    )


_MUTUALS = re.compile(r"^(\d{1,6})(R?)$")


def normalise_mutuals_number(text: str) -> str:
    """An FCA Mutuals Public Register number in org-id form, GB-MPR-12345R or GB-MPR-7890."""
    raw = str(text).strip()
    code = _squash(raw)
    if code.startswith("GB-MPR-"):
        code = code[len("GB-MPR-") :]
    match = _MUTUALS.match(code)
    if match and int(match.group(1)) > 0:
        return f"GB-MPR-{match.group(1)}{match.group(2)}"
    raise InvalidValue(
        f"Mutuals register number: '{raw}' is not a Mutuals Public Register number. Use the "
        "digits, with the R at the end if it has one (12345R)."
    )


# Letters each position of a postcode may hold (Royal Mail's rules): the first never Q, V or X,
# the second never I, J or Z, the inward pair never C, I, K, M, O or V.
_PC_FIRST = "ABCDEFGHIJKLMNOPRSTUWYZ"
_PC_SECOND = "ABCDEFGHKLMNOPQRSTUVWXY"
_PC_THIRD = "ABCDEFGHJKPSTUW"  # A9A
_PC_FOURTH = "ABEHMNPRVWXY"  # AA9A
_PC_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_POSTCODE = re.compile(
    rf"^(?P<out>[{_PC_FIRST}][0-9]{{1,2}}"
    rf"|[{_PC_FIRST}][0-9][{_PC_THIRD}]"
    rf"|[{_PC_FIRST}][{_PC_SECOND}][0-9]{{1,2}}"
    rf"|[{_PC_FIRST}][{_PC_SECOND}][0-9][{_PC_FOURTH}])"
    rf"(?P<in>[0-9][{_PC_INWARD}]{{2}})$"
)


def normalise_postcode(text: str) -> str:
    """A UK postcode in upper case with one space before the inward code (HD1 2AB, GIR 0AA)."""
    raw = str(text).strip()
    code = _squash(raw)
    if code == "GIR0AA":
        return "GIR 0AA"
    match = _POSTCODE.match(code)
    if not match:
        raise InvalidValue(
            f"Postcode: '{raw}' is not a UK postcode. Use the form HD1 2AB."
            if raw
            else "Postcode: it is empty. Type the postcode in the form HD1 2AB."
        )
    return f"{match.group('out')} {match.group('in')}"


_EMAIL_LOCAL = re.compile(r"^[^\s@\"(),:;<>\[\]\\]+$")
_EMAIL_LABEL = re.compile(r"^(?!-)[^\W_](?:[\w-]{0,61}[^\W_])?$")


def normalise_email(text: str) -> str:
    """An email address, trimmed, with its domain in lower case (the part before @ is kept)."""
    raw = str(text).strip()
    local, at, domain = raw.rpartition("@")
    labels = domain.lower().split(".")
    valid = (
        bool(at)
        and len(raw) <= 254
        and bool(_EMAIL_LOCAL.match(local))
        and len(local) <= 64
        and not local.startswith(".")
        and not local.endswith(".")
        and ".." not in local
        and len(labels) >= 2
        and all(_EMAIL_LABEL.match(label) for label in labels)
        and len(labels[-1]) >= 2
        and not labels[-1].isdigit()
    )
    if not valid:
        raise InvalidValue(
            f"Contact email: '{raw}' is not an email address. Use the form name@example.org."
        )
    return f"{local}@{domain.lower()}"


_PHONE_KEEP = re.compile(r"[\s\-().]")


def normalise_phone(text: str) -> str:
    """A UK phone number in national form with light spacing (01484 221000, 07700 900123).

    Accepts +44, 0044 and "+44 (0)" forms. A UK number has 11 digits starting with 0.
    """
    raw = str(text).strip()
    compact = _PHONE_KEEP.sub("", raw)
    for international in ("+44", "0044"):
        if compact.startswith(international):
            compact = "0" + compact[len(international) :].removeprefix("0")
            break
    if not (
        compact.isdigit() and len(compact) == 11 and compact[0] == "0" and compact[1] in "1235789"
    ):
        raise InvalidValue(
            f"Contact phone: '{raw}' is not a UK phone number. Use 11 digits starting with 0 "
            "(01484 221000), or +44 and the number without its first 0."
        )
    if compact[1] == "2":  # London, Cardiff, Belfast...: 020 7946 0000
        return f"{compact[:3]} {compact[3:7]} {compact[7:]}"
    if compact[1] in "389" or (compact[1] == "1" and "1" in (compact[2], compact[3])):
        return f"{compact[:4]} {compact[4:7]} {compact[7:]}"  # 0300 123 4567, 0113 496 0000
    return f"{compact[:5]} {compact[5:]}"  # 01484 221000, 07700 900123


# ---------------------------------------------------------------------------------------------
# Ward lists


class WardFileError(UserError):
    """A ward file could not be read or is not in the expected shape."""


def _ward_key(name: str) -> str:
    """How ward names compare: case, spacing and '&' for 'and' do not matter."""
    text = unicodedata.normalize("NFC", str(name)).replace("&", " and ")
    return " ".join(text.split()).casefold()


class _WardEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=100)
    area: str | None = None
    code: str | None = None


class _SourceEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str
    url: str | None = None


class _WardFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=100)
    council: str
    title: str
    effective_from: date
    effective_until: date | None = None
    superseded: bool = False
    superseded_by: str | None = None
    sources: list[_SourceEntry] = Field(min_length=1)
    areas: list[str] = Field(default_factory=list)
    wards: list[_WardEntry] = Field(min_length=1)
    replaced_by: dict[str, list[str]] = Field(default_factory=dict)


@dataclass(frozen=True)
class Ward:
    name: str
    area: str | None = None
    code: str | None = None


@dataclass(frozen=True)
class WardList:
    """One council's wards as they stood from a date, with where the list came from."""

    id: str
    council: str
    title: str
    effective_from: date
    wards: tuple[Ward, ...]
    areas: tuple[str, ...] = ()
    sources: tuple[tuple[str, str | None], ...] = ()
    effective_until: date | None = None
    superseded: bool = False
    superseded_by: str | None = None
    replaced_by: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    path: Path | None = None
    _by_key: dict[str, Ward] = field(init=False, repr=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._by_key.update((_ward_key(w.name), w) for w in self.wards)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(w.name for w in self.wards)

    def find(self, name: str | None) -> str | None:
        """The list's spelling of a ward name, or None if the ward is not in this list."""
        if not name:
            return None
        ward = self._by_key.get(_ward_key(name))
        return ward.name if ward else None

    def is_current(self, name: str | None) -> bool:
        """Whether the ward is in this list (the list the app validates against)."""
        return self.find(name) is not None

    def area_for(self, name: str | None) -> str | None:
        """The district committee area of a ward in this list, if the file gives one."""
        if not name:
            return None
        ward = self._by_key.get(_ward_key(name))
        return ward.area if ward else None

    def successors(self, old_name: str) -> tuple[str, ...]:
        """Wards of this list that took the place of a ward no longer in it, likeliest first."""
        key = _ward_key(old_name)
        for old, new in self.replaced_by.items():
            if _ward_key(old) == key:
                return new
        same = self.find(old_name)
        return (same,) if same else ()


def wards_dir() -> Path:
    from desktop.paths import resources_dir

    return resources_dir() / "wards"


_ward_cache: dict[tuple[str, int], WardList] = {}


def read_ward_file(path: str | Path) -> WardList:
    """Read one ward file; a file that is missing or malformed raises WardFileError."""
    file = Path(path)
    try:
        stamp = file.stat().st_mtime_ns
    except OSError as exc:
        raise WardFileError(
            f"The ward file {file} could not be opened ({exc.strerror}). Check the path in "
            "settings or GAPKIT_WARD_FILE."
        ) from exc
    cached = _ward_cache.get((str(file.resolve()), stamp))
    if cached is not None:
        return cached
    try:
        raw = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise WardFileError(
            f"The ward file {file} could not be read: {exc}. It must be a UTF-8 YAML file."
        ) from exc
    try:
        parsed = _WardFile.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "(top)"
        raise WardFileError(
            f"The ward file {file} is not in the expected shape: at {where}, {first['msg']}. "
            "Compare it with resources/wards/kirklees-2026.yaml."
        ) from exc
    seen: set[str] = set()
    for ward in parsed.wards:
        if _ward_key(ward.name) in seen:
            raise WardFileError(f"The ward file {file} lists the ward '{ward.name}' twice.")
        seen.add(_ward_key(ward.name))
        if parsed.areas and ward.area is not None and ward.area not in parsed.areas:
            raise WardFileError(
                f"The ward file {file} puts '{ward.name}' in the area '{ward.area}', which is "
                "not one of its areas. Add it to `areas` or correct the ward's area."
            )
    ward_list = WardList(
        id=parsed.id,
        council=parsed.council,
        title=parsed.title,
        effective_from=parsed.effective_from,
        effective_until=parsed.effective_until,
        superseded=parsed.superseded,
        superseded_by=parsed.superseded_by,
        wards=tuple(Ward(w.name, w.area, w.code) for w in parsed.wards),
        areas=tuple(parsed.areas),
        sources=tuple((s.title, s.url) for s in parsed.sources),
        replaced_by={old: tuple(new) for old, new in parsed.replaced_by.items()},
        path=file,
    )
    _ward_cache[(str(file.resolve()), stamp)] = ward_list
    return ward_list


def all_ward_lists(directory: str | Path | None = None) -> list[WardList]:
    """Every ward file in a folder (default resources/wards), oldest effective date first."""
    folder = Path(directory) if directory is not None else wards_dir()
    files = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])
    return sorted((read_ward_file(f) for f in files), key=lambda w: (w.effective_from, w.id))


def load_ward_list(path: str | Path | None = None) -> WardList:
    """The ward list to validate against.

    `path` (a council's own file, e.g. from settings) wins, then GAPKIT_WARD_FILE, then the
    current list in resources/wards: the file with the latest effective date that is not
    marked superseded.
    """
    chosen = path or os.environ.get("GAPKIT_WARD_FILE")
    if chosen:
        return read_ward_file(Path(chosen).expanduser())
    current = [w for w in all_ward_lists() if not w.superseded]
    if not current:
        raise WardFileError(
            f"No current ward list was found in {wards_dir()}. Add the council's ward file "
            "there, or point GAPKIT_WARD_FILE at it."
        )
    return current[-1]


def known_wards_all_versions(directory: str | Path | None = None) -> dict[str, tuple[str, ...]]:
    """Every ward name any list has held -> the ids of the lists that hold it, oldest first."""
    known: dict[str, list[str]] = {}
    for ward_list in all_ward_lists(directory):
        for name in ward_list.names:
            known.setdefault(name, []).append(ward_list.id)
    return {name: tuple(ids) for name, ids in known.items()}


@dataclass(frozen=True)
class WardCheck:
    """What the app shows about a record's ward against the current list."""

    ward: str
    is_current: bool
    known_in: tuple[str, ...]  # ids of the lists that hold it
    suggestions: tuple[str, ...]  # current wards to offer instead, likeliest first

    @property
    def message(self) -> str | None:
        if self.is_current:
            return None
        where = f" (it was in {', '.join(self.known_in)})" if self.known_in else ""
        offer = (
            f" It is now part of {' or '.join(self.suggestions)}."
            if self.suggestions
            else " Choose the ward it is in now."
        )
        return f"Ward: '{self.ward}' is not a current ward{where}.{offer}"


def check_ward(ward: str, ward_list: WardList, *, directory: str | Path | None = None) -> WardCheck:
    """Flag a ward that is not in the current list and suggest what replaced it."""
    if ward_list.is_current(ward):
        return WardCheck(ward_list.find(ward) or ward, True, (ward_list.id,), ())
    known = {_ward_key(name): ids for name, ids in known_wards_all_versions(directory).items()}
    return WardCheck(ward, False, known.get(_ward_key(ward), ()), ward_list.successors(ward))


# ---------------------------------------------------------------------------------------------
# Small cleaners used by the model's validators. Each raises ValueError with the full message.


def _label(field_name: str) -> str:
    return FIELD_LABELS.get(field_name, field_name)


def _clean_text(value: Any, field_name: str, max_length: int) -> str | None:
    """Trimmed text in Unicode NFC, None when empty; control characters are refused."""
    if value is None:
        return None
    if not isinstance(value, str):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{_label(field_name)}: expected text. Type it as words.")
        value = str(value)
    text = unicodedata.normalize("NFC", value).strip()
    if not text:
        return None
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in text):
        raise ValueError(f"{_label(field_name)}: it contains hidden control characters. Retype it.")
    if len(text) > max_length:
        raise ValueError(
            f"{_label(field_name)}: {len(text)} characters is too long. Shorten it to "
            f"{max_length} characters or fewer."
        )
    return text


def _as_list(value: Any, field_name: str) -> list[Any]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [part for part in re.split(r"[\n;]", value)]
    if isinstance(value, list | tuple | set | frozenset):
        return list(value)
    raise ValueError(f"{_label(field_name)}: expected a list. Pick from the list given.")


def _choice(value: Any, choices: Choices, field_name: str) -> str | None:
    """A stored choice id; the label (any case) is accepted too, for typed and pasted input."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    for cid, label in choices:
        if text == cid or text.casefold() in (cid.casefold(), label.casefold()):
            return cid
    options = "; ".join(label for _cid, label in choices)
    raise ValueError(
        f"{_label(field_name)}: '{text}' is not one of the choices. Pick one of: {options}."
    )


def _choices(value: Any, choices: Choices, field_name: str) -> list[str]:
    picked: list[str] = []
    for item in _as_list(value, field_name):
        cid = _choice(item, choices, field_name)
        if cid is not None and cid not in picked:
            picked.append(cid)
    return picked


def _whole_number(value: Any, field_name: str, low: int, high: int, hint: str) -> int | None:
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
        raise ValueError(f"{_label(field_name)}: '{value}' is not a whole number. {hint}")
    if not low <= number <= high:
        raise ValueError(f"{_label(field_name)}: {number} is out of range. {hint}")
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
    raise ValueError(
        f"{_label(field_name)}: '{value}' is not a date. Use the form 2025-03-31 or 31/03/2025."
    )


def _past_date(value: Any, field_name: str) -> date | None:
    day = _to_date(value, field_name)
    if day is None:
        return None
    if day > date.today():
        raise ValueError(
            f"{_label(field_name)}: {day.isoformat()} is in the future. Use today's date or "
            "an earlier one."
        )
    if day.year < 1800:
        raise ValueError(f"{_label(field_name)}: {day.isoformat()} is too early. Check the year.")
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
    raise ValueError(f"{_label(field_name)}: '{value}' is not yes or no. Answer yes or no.")


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
            raise ValueError("Name: it is empty. Type the organisation's name.")
        if len(text) < 2:
            raise ValueError(f"Name: '{text}' is too short. Type the organisation's full name.")
        if len(text) > 200:
            raise ValueError(
                f"Name: {len(text)} characters is too long. Shorten it to 200 characters or "
                "fewer, and put other names under Other names."
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
            raise ValueError(
                "Legal form: none chosen. Pick the one that fits, or Other and say what."
            )
        return cid

    @field_validator("legal_form_other", mode="before")
    @classmethod
    def _legal_form_other(cls, value: Any, info: ValidationInfo) -> str | None:
        text = _clean_text(value, "legal_form_other", 200)
        legal_form = info.data.get("legal_form")
        if legal_form == "other" and text is None:
            raise ValueError(
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
            raise ValueError(
                f"Address: {len(lines)} lines is too many. Use up to 6 lines; the town and "
                "postcode have their own boxes."
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
            raise ValueError("Postcode: it is empty. Type the postcode in the form HD1 2AB.")
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
        kept = {_ward_key(name): name for name in _kept_wards(info)}
        if _ward_key(text) in kept:
            return kept[_ward_key(text)]
        if _context(info).get("allow_unknown_ward"):
            return text
        suggestions = ward_list.successors(text)
        if suggestions:
            raise ValueError(
                f"Ward: '{text}' is no longer a ward in {ward_list.council}'s current list "
                f"({ward_list.title}). Use {' or '.join(suggestions)}."
            )
        raise ValueError(
            f"Ward: '{text}' is not a ward in {ward_list.council}'s current list "
            f"({ward_list.title}). Pick one from the list."
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
                raise ValueError(
                    f"District committee area: the ward {ward} is in {from_ward}, not "
                    f"'{text}'. Leave the area empty and it is filled in from the ward."
                )
            return from_ward
        if text is None:
            return None
        for area in ward_list.areas:
            if area.casefold() == text.casefold():
                return area
        if text in _context(info).get("kept_areas", ()) or not ward_list.areas:
            return text
        raise ValueError(
            f"District committee area: '{text}' is not one of {ward_list.council}'s areas. "
            f"Pick one of: {'; '.join(ward_list.areas)}."
        )

    @field_validator("areas_of_benefit", mode="before")
    @classmethod
    def _areas_of_benefit(cls, value: Any, info: ValidationInfo) -> list[str]:
        ward_list = _context_ward_list(info)
        kept = {_ward_key(name): name for name in _kept_wards(info)}
        picked: list[str] = []
        for item in _as_list(value, "areas_of_benefit"):
            text = _clean_text(item, "areas_of_benefit", 100)
            if text is None:
                continue
            if text.casefold() in (WHOLE_DISTRICT, WHOLE_DISTRICT_LABEL.casefold()):
                name: str | None = WHOLE_DISTRICT
            else:
                name = ward_list.find(text) or kept.get(_ward_key(text))
            if name is None:
                raise ValueError(
                    f"Areas of benefit: '{text}' is not a current ward. Pick wards from the "
                    f"list, or {WHOLE_DISTRICT_LABEL}."
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
            raise ValueError(
                "Who benefits (other): it is empty. Say who else benefits, or untick Other."
            )
        return text

    # -- size and money -----------------------------------------------------------------------

    @field_validator("year_founded", mode="before")
    @classmethod
    def _year_founded(cls, value: Any) -> int | None:
        this_year = date.today().year
        return _whole_number(
            value, "year_founded", 1800, this_year, f"Type a year from 1800 to {this_year}."
        )

    @field_validator("income_band", mode="before")
    @classmethod
    def _income_band(cls, value: Any) -> str | None:
        return _choice(value, INCOME_BANDS, "income_band")

    @field_validator("trustees_count", mode="before")
    @classmethod
    def _trustees_count(cls, value: Any) -> int | None:
        return _whole_number(value, "trustees_count", 0, 100, "Type a number from 0 to 100.")

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
            raise ValueError(
                f"Paid staff (FTE): '{value}' is not a number. Type full-time equivalents, "
                "for example 2.5."
            )
        if not 0 <= number <= 1000:
            raise ValueError(
                f"Paid staff (FTE): {number:g} is out of range. Type a number from 0 to 1000."
            )
        # One decimal is the rule; 0.75 FTE is a real answer, so round rather than refuse it.
        return round(number + 1e-9, 1)

    @field_validator("volunteers_count", mode="before")
    @classmethod
    def _volunteers_count(cls, value: Any) -> int | None:
        return _whole_number(
            value, "volunteers_count", 0, 100_000, "Type a number from 0 to 100,000."
        )

    @field_validator("has_bank_account", mode="before")
    @classmethod
    def _has_bank_account(cls, value: Any) -> bool | None:
        return _yes_no(value, "has_bank_account")

    @field_validator("bank_signatories", mode="before")
    @classmethod
    def _bank_signatories(cls, value: Any, info: ValidationInfo) -> int | None:
        number = _whole_number(value, "bank_signatories", 1, 50, "Type a number from 1 to 50.")
        if "has_bank_account" not in info.data:
            return number
        if info.data["has_bank_account"] is True:
            if number is None:
                raise ValueError(
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
            except ValueError as exc:
                detail = str(exc).split(": ", 1)[1]
                label = label_of(POLICIES, policy)
                raise ValueError(f"Policies held: {label} review date: {detail}") from None
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
        has_contact = any(
            info.data.get(name) for name in ("contact_name", "contact_email", "contact_phone")
        )
        if day is None and has_contact:
            raise ValueError(
                "Consent date: the contact person's details are personal data and need their "
                "consent. Record when they gave it, or leave the contact details empty."
            )
        return day

    @field_validator("consent_how", mode="before")
    @classmethod
    def _consent_how(cls, value: Any, info: ValidationInfo) -> str | None:
        text = _clean_text(value, "consent_how", 200)
        if text is None and info.data.get("consent_date") is not None:
            raise ValueError(
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
        if error["type"] == "value_error" and "error" in error.get("ctx", {}):
            message = str(error["ctx"]["error"])
        elif error["type"] == "extra_forbidden":
            message = f"'{field_name}' is not a registration field. Check the field's name."
        else:
            message = f"{_label(field_name)}: {error['msg']}."
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


def blank_registration() -> dict[str, Any]:
    """Every registration field at its empty value, the starting point of a new form."""
    return {
        name: (
            []
            if info.default_factory is list
            else {}
            if info.default_factory is dict
            else info.default
        )
        for name, info in RegistrationInput.model_fields.items()
    }
