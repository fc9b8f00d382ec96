"""Sending hours: the policy's window in the recipient's local time, in every plausible zone.

Where the recipient's zone is not certain (a mobile number in a country with several zones,
an area code that straddles a zone line) a time is allowed only if it is inside the window in
*every* plausible zone: Regulation F comment 6(b)(1) reads ambiguity that way, and it is the
only reading that is safe everywhere. See ``docs/contact.md``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo

import holidays as _holidays
import phonenumbers
from phonenumbers import timezone as _pn_timezone

from ._errors import InputError
from ._policy import WEEKDAYS, Hours, load_policy

if TYPE_CHECKING:
    from ._models import Borrower
    from ._policy import Policy

ZoneSource = Literal["borrower", "phone", "country", "policy"]
HoursReason = Literal["hard_ban", "before_start", "after_end", "day", "holiday"]

# Every zone of the multi-zone countries we send to, or may plausibly send to. Mobile ranges
# are not geographic, so phonenumbers names one zone (Indonesia: Asia/Jakarta) for a number
# that may be anywhere in the country. tzdata's zone.tab also lists historical or unofficial
# zones (Asia/Urumqi for China), which is why the markets we know are spelled out here.
COUNTRY_ZONES: Mapping[str, tuple[str, ...]] = {
    "ID": ("Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"),
    "CN": ("Asia/Shanghai",),
    "US": (
        "America/New_York",
        "America/Chicago",
        "America/Denver",
        "America/Phoenix",
        "America/Los_Angeles",
        "America/Anchorage",
        "Pacific/Honolulu",
    ),
    "CA": (
        "America/St_Johns",
        "America/Halifax",
        "America/Toronto",
        "America/Winnipeg",
        "America/Regina",
        "America/Edmonton",
        "America/Vancouver",
    ),
    "MX": ("America/Cancun", "America/Mexico_City", "America/Chihuahua", "America/Tijuana"),
    "BR": ("America/Noronha", "America/Sao_Paulo", "America/Manaus", "America/Rio_Branco"),
    "RU": (
        "Europe/Kaliningrad",
        "Europe/Moscow",
        "Europe/Samara",
        "Asia/Yekaterinburg",
        "Asia/Omsk",
        "Asia/Krasnoyarsk",
        "Asia/Irkutsk",
        "Asia/Yakutsk",
        "Asia/Vladivostok",
        "Asia/Magadan",
        "Asia/Kamchatka",
    ),
    "AU": (
        "Australia/Perth",
        "Australia/Eucla",
        "Australia/Darwin",
        "Australia/Adelaide",
        "Australia/Brisbane",
        "Australia/Sydney",
        "Australia/Lord_Howe",
    ),
    "PH": ("Asia/Manila",),
    "IN": ("Asia/Kolkata",),
    "KE": ("Africa/Nairobi",),
    "NG": ("Africa/Lagos",),
    "GB": ("Europe/London",),
}

_NANP_CODE = 1
_UNKNOWN = "Etc/Unknown"


@dataclass(frozen=True, slots=True)
class ZoneResolution:
    """The zones a borrower may be in, and where that came from.

    ``source`` is ``"borrower"`` when ``Borrower.timezone`` was given; the number's zones
    are then among ``zones`` too, unless the number only named a country that includes the
    given zone.
    """

    zones: tuple[ZoneInfo, ...]
    source: ZoneSource

    @property
    def assumed(self) -> bool:
        """True when nothing about the borrower gave a zone and the policy's was assumed."""
        return self.source == "policy"


@dataclass(frozen=True, slots=True)
class HoursBreach:
    """Why a time is outside the send window in one zone."""

    zone: str
    local: datetime
    reason: HoursReason
    detail: str = ""

    @property
    def message(self) -> str:
        """One line for a finding."""
        when = f"{self.local:%a %Y-%m-%d %H:%M} {self.zone}"
        texts = {
            "hard_ban": f"{when} is inside the hard no-contact period",
            "before_start": f"{when} is before the send window opens ({self.detail})",
            "after_end": f"{when} is after the send window closes ({self.detail})",
            "day": f"{when}: no sends on {self.local:%A}",
            "holiday": f"{when}: no sends on a public holiday ({self.detail})",
        }
        return texts[self.reason]


@lru_cache(maxsize=1)
def _zone_tab() -> Mapping[str, tuple[str, ...]]:
    """Country code -> zones from tzdata's zone.tab (for countries not in COUNTRY_ZONES)."""
    text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    table: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        table.setdefault(parts[0], []).append(parts[2])
    return {country: tuple(zones) for country, zones in table.items()}


def country_zones(region: str) -> tuple[str, ...]:
    """Every zone of a country (ISO 3166 alpha-2); empty if unknown."""
    return COUNTRY_ZONES.get(region) or _zone_tab().get(region, ())


@lru_cache(maxsize=1)
def _nanp_area_zones() -> Mapping[str, tuple[str, ...]]:
    # phonenumbers keys NANP zones by prefixes of up to 7 digits; an area code whose exchanges
    # fall in two zones (208 Idaho: Boise and Los Angeles) gets both.
    from phonenumbers.tzdata import TIMEZONE_DATA

    found: dict[str, set[str]] = {}
    for prefix, zones in TIMEZONE_DATA.items():
        if prefix.startswith("1") and len(prefix) >= 4:
            found.setdefault(prefix[1:4], set()).update(z for z in zones if z != _UNKNOWN)
    return {area: tuple(sorted(zones)) for area, zones in found.items() if zones}


@lru_cache(maxsize=64)
def _zone_objects(names: tuple[str, ...]) -> tuple[ZoneInfo, ...]:
    return tuple(ZoneInfo(name) for name in names)


@lru_cache(maxsize=8192)
def _phone_zones(e164: str) -> tuple[tuple[str, ...], ZoneSource]:
    """Zone names for a number and how they were found; empty when not known."""
    number = phonenumbers.parse(e164)
    region = phonenumbers.region_code_for_number(number) or ""
    if number.country_code == _NANP_CODE:
        area = str(number.national_number)[:3]
        return _nanp_area_zones().get(area, ()), "phone"
    everywhere = country_zones(region)
    if len(everywhere) > 1:
        # Only fixed lines are geographic; a mobile may be anywhere in the country.
        if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.FIXED_LINE:
            named = tuple(z for z in _pn_timezone.time_zones_for_number(number) if z != _UNKNOWN)
            if named:
                return named, "phone"
        return everywhere, "country"
    named = tuple(z for z in _pn_timezone.time_zones_for_number(number) if z != _UNKNOWN)
    if named:
        return named, "phone"
    return everywhere, "country"


def _with_given(given: str, names: tuple[str, ...], source: ZoneSource) -> tuple[ZoneInfo, ...]:
    """A given zone together with the number's zones (``names``, found from ``source``)."""
    if source == "country" and given in names:
        # The number says only which country (a mobile in a multi-zone country): a zone of
        # that country is no conflict with it, and the law reads the address's zone
        # (regulations.md 6.2, "waktu setempat").
        return _zone_objects((given,))
    # An area code or fixed line in one zone and a given zone elsewhere are both plausible,
    # and the send must suit both (Reg F comment 6(b)(1); regulations.md 2.2).
    return _zone_objects(tuple(dict.fromkeys((given, *names))))


def resolve_zones(borrower: Borrower, policy: Policy) -> ZoneResolution:
    """The borrower's plausible zones: their own together with their number's, else their
    number's, else the policy's."""
    # Composing with `now` asks twice (the borrower's date, then the hours rule): one cache
    # hit each instead of two cache hits and a new record.
    return _resolved(borrower.phone, borrower.timezone, policy.timezones)


@lru_cache(maxsize=8192)
def _resolved(phone: str, given: str | None, fallback: tuple[str, ...]) -> ZoneResolution:
    names, source = _phone_zones(phone)
    if given is not None:
        return ZoneResolution(_with_given(given, names, source), "borrower")
    if names:
        return ZoneResolution(_zone_objects(names), source)
    return ZoneResolution(_zone_objects(fallback), "policy")


def zones_for(borrower: Borrower, policy: Policy) -> tuple[ZoneInfo, ...]:
    """Every zone the borrower may be in; a send must be in the window in all of them."""
    return resolve_zones(borrower, policy).zones


def local_date(borrower: Borrower, policy: Policy, at: datetime | None = None) -> date:
    """The borrower's date at ``at`` (default: now): the earliest in their plausible zones.

    The earliest, so that a message never calls a debt due or overdue, or more days
    overdue, before it is in every zone the borrower may be in (regulations.md 2.5).
    """
    zones = resolve_zones(borrower, policy).zones
    instant = at if at is not None else datetime.now(UTC)
    if len(zones) == 1:
        return instant.astimezone(zones[0]).date()
    return min(instant.astimezone(zone).date() for zone in zones)


@lru_cache(maxsize=128)
def _holiday_calendar(country: str, year: int) -> Mapping[date, str]:
    calendar = _holidays.country_holidays(country, years=year)
    return {day: str(name) for day, name in calendar.items()}


def holiday_name(country: str, day: date) -> str | None:
    """The public holiday on ``day`` in ``country`` (``holidays`` package), or None."""
    return _holiday_calendar(country, day.year).get(day)


def require_aware_datetime(value: object, field: str) -> None:
    """Raise InputError unless ``value`` is a timezone-aware datetime."""
    if not isinstance(value, datetime):
        raise InputError(
            f"{field} must be a timezone-aware datetime, not {type(value).__name__}", field=field
        )
    if value.tzinfo is None or value.utcoffset() is None:
        raise InputError(
            f"{field} must be timezone-aware (e.g. datetime.now(UTC)); a naive time cannot be "
            "placed in the recipient's zone",
            field=field,
        )


def _require_aware(value: datetime, field: str) -> None:
    require_aware_datetime(value, field)
    if not _EARLIEST <= value.astimezone(UTC) <= _LATEST:
        # Placed in the recipient's zone, such a time falls outside the years datetime holds.
        raise InputError(f"{field} is too close to year 1 or 9999: {value}", field=field)


# The times every zone can express: a day inside datetime's range.
_EARLIEST = datetime.min.replace(tzinfo=UTC) + timedelta(days=1)
_LATEST = datetime.max.replace(tzinfo=UTC) - timedelta(days=1)


def _breach_in_zone(at: datetime, zone: ZoneInfo, hours: Hours) -> HoursBreach | None:
    local = at.astimezone(zone)
    wall = local.time().replace(tzinfo=None)
    name = str(zone)
    if hours.hard_start is not None and wall < hours.hard_start:
        return HoursBreach(name, local, "hard_ban", f"before {hours.hard_start:%H:%M}")
    if hours.hard_end is not None and wall >= hours.hard_end:
        return HoursBreach(name, local, "hard_ban", f"from {hours.hard_end:%H:%M}")
    if WEEKDAYS[local.weekday()] not in hours.days:
        return HoursBreach(name, local, "day", ", ".join(hours.days))
    if hours.holidays is not None:
        holiday = holiday_name(hours.holidays, local.date())
        if holiday is not None:
            return HoursBreach(name, local, "holiday", holiday)
    window = f"{hours.start:%H:%M}-{hours.end:%H:%M}"
    if wall < hours.start:
        return HoursBreach(name, local, "before_start", window)
    if wall >= hours.end:
        return HoursBreach(name, local, "after_end", window)
    return None


def hours_breaches(
    at: datetime, zones: Sequence[ZoneInfo], hours: Hours
) -> tuple[HoursBreach, ...]:
    """Every zone in which ``at`` falls outside the window; empty when the time is allowed."""
    _require_aware(at, "now")
    found = (_breach_in_zone(at, zone, hours) for zone in zones)
    return tuple(b for b in found if b is not None)


def is_allowed_time(borrower: Borrower, at: datetime, policy: Policy) -> bool:
    """Whether a message may be sent to the borrower at ``at`` under the policy's hours."""
    return not hours_breaches(at, zones_for(borrower, policy), policy.hours)


def _day_allowed(day: date, hours: Hours) -> bool:
    if WEEKDAYS[day.weekday()] not in hours.days:
        return False
    return hours.holidays is None or holiday_name(hours.holidays, day) is None


def _effective_window(hours: Hours) -> tuple[time, time]:
    start = max(hours.start, hours.hard_start) if hours.hard_start else hours.start
    end = min(hours.end, hours.hard_end) if hours.hard_end else hours.end
    return start, end


def _next_open(at: datetime, zone: ZoneInfo, hours: Hours, *, horizon: int) -> datetime | None:
    """The earliest UTC instant >= ``at`` inside the window in ``zone`` (None past horizon)."""
    start, end = _effective_window(hours)
    if start >= end:
        return None
    day = at.astimezone(zone).date()
    for _ in range(horizon):
        if _day_allowed(day, hours):
            # Comparing in UTC: aware datetimes sharing one tzinfo compare by wall clock,
            # which is wrong across a DST change.
            opens = datetime.combine(day, start, tzinfo=zone).astimezone(UTC)
            closes = datetime.combine(day, end, tzinfo=zone).astimezone(UTC)
            if at < closes:
                return max(at, opens)
        day += timedelta(days=1)
    return None


def next_allowed_time(
    borrower: Borrower, now: datetime, policy: Policy | str, *, horizon_days: int = 400
) -> datetime:
    """The earliest time >= ``now`` at which the policy's hours allow a send to the borrower.

    Returns ``now`` itself when it is allowed, otherwise the opening time expressed in
    ``now``'s time zone. ``policy`` is a Policy or a shipped policy's name.
    Raises :class:`InputError` for a naive ``now`` and when no time in
    ``horizon_days`` is allowed in every plausible zone at once.
    """
    _require_aware(now, "now")
    policy = load_policy(policy)
    zones = zones_for(borrower, policy)
    hours = policy.hours
    if not hours_breaches(now, zones, hours):
        return now
    if now.astimezone(UTC) > _LATEST - timedelta(days=horizon_days + 1):
        # The search would step past the last date a datetime holds.
        raise InputError(f"now is too close to the year 9999 to search ahead: {now}", field="now")
    limit = now.astimezone(UTC) + timedelta(days=horizon_days)
    candidate = now.astimezone(UTC)
    while candidate <= limit:
        latest = candidate
        for zone in zones:
            opens = _next_open(candidate, zone, hours, horizon=horizon_days)
            if opens is None:
                latest = limit + timedelta(seconds=1)
                break
            latest = max(latest, opens)
        if latest == candidate:
            return candidate.astimezone(now.tzinfo)
        # No zone is open anywhere in [candidate, latest): jumping there skips nothing.
        candidate = latest
    raise InputError(
        f"no time in the next {horizon_days} days is inside the {policy.name!r} send window in "
        f"every zone ({', '.join(str(z) for z in zones)})",
        field="now",
    )


__all__ = [
    "COUNTRY_ZONES",
    "HoursBreach",
    "ZoneResolution",
    "country_zones",
    "holiday_name",
    "hours_breaches",
    "is_allowed_time",
    "local_date",
    "next_allowed_time",
    "resolve_zones",
    "zones_for",
]
