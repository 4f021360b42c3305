"""Identifiers and contact details: charity, company and mutuals numbers, postcodes, emails, phones."""

from __future__ import annotations

import re

from desktop.registration.problems import InvalidValue

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
        "Charity number: '{typed}' is not a charity number. Use 6 or 7 digits for England and "
        "Wales (1234567, or 1234567-1 for a linked charity), SC and 6 digits for Scotland "
        "(SC012345), or NIC and 6 digits for Northern Ireland (NIC100123).",
        typed=raw,
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
        "Company number: '{typed}' is not a Companies House number. Use 8 characters: 8 digits "
        "(01234567) or 2 letters and 6 digits (SC123456).",
        typed=raw,
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
        "Mutuals register number: '{typed}' is not a Mutuals Public Register number. Use the "
        "digits, with the R at the end if it has one (12345R).",
        typed=raw,
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
        if not raw:
            raise InvalidValue("Postcode: it is empty. Type the postcode in the form HD1 2AB.")
        raise InvalidValue(
            "Postcode: '{typed}' is not a UK postcode. Use the form HD1 2AB.", typed=raw
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
            "Contact email: '{typed}' is not an email address. Use the form name@example.org.",
            typed=raw,
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
            "Contact phone: '{typed}' is not a UK phone number. Use 11 digits starting with 0 "
            "(01484 221000), or +44 and the number without its first 0.",
            typed=raw,
        )
    if compact[1] == "2":  # London, Cardiff, Belfast...: 020 7946 0000
        return f"{compact[:3]} {compact[3:7]} {compact[7:]}"
    if compact[1] in "389" or (compact[1] == "1" and "1" in (compact[2], compact[3])):
        return f"{compact[:4]} {compact[4:7]} {compact[7:]}"  # 0300 123 4567, 0113 496 0000
    return f"{compact[:5]} {compact[5:]}"  # 01484 221000, 07700 900123
