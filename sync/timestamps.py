"""The one text form of a timestamp in bundles: ISO 8601 UTC with milliseconds and a Z."""

from __future__ import annotations

from datetime import UTC, date, datetime

# A calendar-checked date (leap years included) so that a bundle can never carry 2026-02-30;
# kept as a regular expression because pydantic checks patterns in compiled code, which keeps
# validating tens of thousands of records fast. `[0-9]`, not `\d`: pydantic's engine reads `\d`
# as a digit of any script, and a year written with an Arabic-Indic 9 passed (and sorted past
# the clock check).
DATE_PATTERN = (
    r"(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    r"|02-(?:0[1-9]|1[0-9]|2[0-8]))"
    r"|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)"
)
TIME_PATTERN = r"(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\.[0-9]{3}Z"
TIMESTAMP_REGEX = rf"^{DATE_PATTERN}T{TIME_PATTERN}$"
DATE_REGEX = rf"^{DATE_PATTERN}$"


def format_timestamp(moment: datetime) -> str:
    """`2026-11-24T09:15:02.123Z` for an aware datetime (converted to UTC, truncated to ms)."""
    if moment.tzinfo is None:
        raise ValueError("a timestamp needs a time zone; use an aware datetime in UTC")
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_timestamp(text: str) -> datetime:
    """The aware UTC datetime of a bundle timestamp."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def format_date(day: date) -> str:
    return day.isoformat()


def utc_now() -> datetime:
    return datetime.now(UTC)
