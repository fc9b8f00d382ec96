"""Sending hours: windows in local time, plausible zones, DST, weekdays and holidays."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dunning_sms as ds
from dunning_sms._hours import (
    holiday_name,
    hours_breaches,
    is_allowed_time,
    next_allowed_time,
    resolve_zones,
    zones_for,
)
from dunning_sms._policy import Hours, Policy

CN = ds.load_policy("cn")
US = ds.load_policy("us")
SHANGHAI = ZoneInfo("Asia/Shanghai")
JAKARTA = ZoneInfo("Asia/Jakarta")

# Built here rather than loaded, so these tests pin the Indonesian rule (POJK 22/2023 Art. 62)
# independently of the shipped id.toml.
ID = Policy(
    name="id-test",
    timezones=("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"),
    hours=Hours(
        start=time(8), end=time(20), days=("mon", "tue", "wed", "thu", "fri", "sat"), holidays="ID"
    ),
)


def borrower(phone: str, timezone: str | None = None) -> ds.Borrower:
    return ds.Borrower(name="Test Borrower", phone=phone, timezone=timezone)


CN_BORROWER = borrower("+8613800138000")
ID_MOBILE = borrower("+628123456789")


def test_cn_borrower_at_2230_is_refused_until_0800_next_day() -> None:
    now = datetime(2026, 1, 5, 22, 30, tzinfo=SHANGHAI)
    assert not is_allowed_time(CN_BORROWER, now, CN)
    breach = hours_breaches(now, zones_for(CN_BORROWER, CN), CN.hours)[0]
    assert breach.reason == "hard_ban"
    assert next_allowed_time(CN_BORROWER, now, CN) == datetime(2026, 1, 6, 8, 0, tzinfo=SHANGHAI)


def test_cn_between_cautious_close_and_legal_stop() -> None:
    now = datetime(2026, 1, 5, 21, 30, tzinfo=SHANGHAI)
    (breach,) = hours_breaches(now, (SHANGHAI,), CN.hours)
    assert breach.reason == "after_end"
    assert "21:00" in breach.message


def test_allowed_now_is_returned_as_is() -> None:
    now = datetime(2026, 1, 5, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
    assert next_allowed_time(CN_BORROWER, now, CN) is now


def test_result_is_in_the_callers_zone() -> None:
    now = datetime(2026, 1, 5, 14, 30, tzinfo=UTC)  # 22:30 in Shanghai
    result = next_allowed_time(CN_BORROWER, now, CN)
    assert result.tzinfo is UTC
    assert result == datetime(2026, 1, 6, 0, 0, tzinfo=UTC)


def test_naive_now_is_a_typed_error() -> None:
    with pytest.raises(ds.InputError) as info:
        next_allowed_time(CN_BORROWER, datetime(2026, 1, 5, 12, 0), CN)
    assert info.value.field == "now"
    assert "timezone-aware" in str(info.value)


@pytest.mark.parametrize(
    ("zone", "phone", "spring_utc_hour", "fall_utc_hour"),
    [
        ("America/New_York", "+12025550143", 12, 13),
        ("America/Chicago", "+13125550143", 13, 14),
        ("America/Los_Angeles", "+14155552671", 15, 16),
    ],
)
def test_us_dst_changes(zone: str, phone: str, spring_utc_hour: int, fall_utc_hour: int) -> None:
    tz = ZoneInfo(zone)
    person = borrower(phone, timezone=zone)
    # Spring forward, Sunday 2026-03-08: 08:00 local is already daylight time.
    spring = next_allowed_time(person, datetime(2026, 3, 7, 22, 0, tzinfo=tz), US)
    assert spring.astimezone(UTC) == datetime(2026, 3, 8, spring_utc_hour, tzinfo=UTC)
    assert not is_allowed_time(person, datetime(2026, 3, 8, 7, 59, tzinfo=tz), US)
    # Fall back, Sunday 2026-11-01: 08:00 local is standard time again.
    fall = next_allowed_time(person, datetime(2026, 10, 31, 21, 30, tzinfo=tz), US)
    assert fall.astimezone(UTC) == datetime(2026, 11, 1, fall_utc_hour, tzinfo=UTC)
    # 07:30 local on the fall-back day is 25.5 hours after 07:30 the day before, not 24.
    assert not is_allowed_time(person, datetime(2026, 11, 1, 7, 30, tzinfo=tz), US)
    assert is_allowed_time(person, datetime(2026, 11, 1, 20, 59, tzinfo=tz), US)


def test_us_area_code_straddling_two_zones_is_judged_in_both() -> None:
    # 219 (northwest Indiana): phonenumbers places its exchanges in Central and Eastern time.
    person = borrower("+12195550123")
    assert {str(z) for z in zones_for(person, US)} == {"America/Chicago", "America/New_York"}
    eastern = ZoneInfo("America/New_York")
    early = datetime(2026, 2, 3, 8, 30, tzinfo=eastern)  # 07:30 in Chicago
    assert not is_allowed_time(person, early, US)
    assert next_allowed_time(person, early, US) == datetime(2026, 2, 3, 9, 0, tzinfo=eastern)
    late = datetime(2026, 2, 3, 20, 30, tzinfo=ZoneInfo("America/Chicago"))  # 21:30 Eastern
    breach = hours_breaches(late, zones_for(person, US), US.hours)
    assert [b.zone for b in breach] == ["America/New_York"]


def test_single_zone_area_code() -> None:
    assert [str(z) for z in zones_for(borrower("+16502530000"), US)] == ["America/Los_Angeles"]


def test_borrower_timezone_is_judged_together_with_the_number() -> None:
    person = borrower("+12195550123", timezone="America/Denver")
    resolution = resolve_zones(person, US)
    assert resolution.source == "borrower"
    assert {str(z) for z in resolution.zones} == {
        "America/Denver",
        "America/Chicago",
        "America/New_York",
    }


def test_a_given_zone_does_not_widen_the_window_of_the_number() -> None:
    # regulations.md 2.2: an Eastern area code and a Pacific address leave 11:00-21:00
    # Eastern. 20:30 in Los Angeles is 23:30 in New York.
    person = borrower("+12125550123", timezone="America/Los_Angeles")
    late = datetime(2026, 6, 10, 20, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
    breaches = hours_breaches(late, zones_for(person, US), US.hours)
    assert [b.zone for b in breaches] == ["America/New_York"]
    assert not is_allowed_time(person, late, US)
    eastern = ZoneInfo("America/New_York")
    early = datetime(2026, 6, 10, 8, 30, tzinfo=eastern)  # 05:30 in Los Angeles
    assert next_allowed_time(person, early, US) == datetime(2026, 6, 10, 11, 0, tzinfo=eastern)


def test_a_given_zone_of_the_country_narrows_a_non_geographic_mobile() -> None:
    # An Indonesian mobile says only "Indonesia"; the address's zone decides (6.2).
    person = borrower("+628123456789", timezone="Asia/Jakarta")
    assert [str(z) for z in zones_for(person, ID)] == ["Asia/Jakarta"]
    # A zone outside the country conflicts with the number: both stay plausible.
    abroad = borrower("+628123456789", timezone="Asia/Tokyo")
    assert {"Asia/Tokyo", "Asia/Jayapura", "Asia/Jakarta"} <= {
        str(z) for z in zones_for(abroad, ID)
    }


def test_a_given_zone_stands_alone_when_the_number_has_none() -> None:
    person = borrower("+80012345678", timezone="Europe/London")
    resolution = resolve_zones(person, US)
    assert not resolution.assumed
    assert [str(z) for z in resolution.zones] == ["Europe/London"]


def test_indonesian_mobile_is_judged_in_every_zone() -> None:
    resolution = resolve_zones(ID_MOBILE, ID)
    assert resolution.source == "country"
    assert {str(z) for z in resolution.zones} >= {
        "Asia/Jakarta",
        "Asia/Makassar",
        "Asia/Jayapura",
    }
    # 08:30 in Jakarta is 10:30 in Jayapura: fine. 18:30 in Jakarta is 20:30 in Jayapura.
    assert is_allowed_time(ID_MOBILE, datetime(2026, 8, 18, 8, 30, tzinfo=JAKARTA), ID)
    late = datetime(2026, 8, 18, 18, 30, tzinfo=JAKARTA)
    assert [b.zone for b in hours_breaches(late, resolution.zones, ID.hours)] == ["Asia/Jayapura"]


def test_indonesian_fixed_line_is_geographic() -> None:
    assert [str(z) for z in zones_for(borrower("+62215551234"), ID)] == ["Asia/Jakarta"]


def test_indonesian_sunday_and_holiday_are_refused() -> None:
    sunday = datetime(2026, 8, 16, 10, 0, tzinfo=JAKARTA)
    (reason,) = {b.reason for b in hours_breaches(sunday, zones_for(ID_MOBILE, ID), ID.hours)}
    assert reason == "day"
    holiday = datetime(2026, 8, 17, 10, 0, tzinfo=JAKARTA)
    found = hours_breaches(holiday, zones_for(ID_MOBILE, ID), ID.hours)
    assert {b.reason for b in found} == {"holiday"}
    assert "Independence Day" in found[0].message
    # Saturday evening -> Sunday off -> Monday a holiday -> Tuesday 08:00 in Jakarta.
    saturday = datetime(2026, 8, 15, 19, 0, tzinfo=JAKARTA)
    assert next_allowed_time(ID_MOBILE, saturday, ID) == datetime(2026, 8, 18, 8, 0, tzinfo=JAKARTA)


def test_holiday_calendar() -> None:
    assert holiday_name("ID", date(2026, 8, 17)) == "Independence Day"
    assert holiday_name("ID", date(2026, 8, 18)) is None


def test_unknown_zone_falls_back_to_every_policy_zone() -> None:
    # A universal freephone number (+800) belongs to no country.
    resolution = resolve_zones(borrower("+80012345678"), US)
    assert resolution.assumed
    assert [str(z) for z in resolution.zones] == list(US.timezones)


def test_no_common_window_is_reported() -> None:
    person = borrower("+12195550123")
    apart = Policy(name="apart", timezones=("UTC",), hours=Hours(start=time(8), end=time(9)))
    # One-hour windows in Chicago and New York never overlap.
    with pytest.raises(ds.InputError, match="no time in the next 30 days"):
        next_allowed_time(person, datetime(2026, 1, 5, tzinfo=UTC), apart, horizon_days=30)


# Each zone with a number of its own, so that the number adds no other zone.
ZONES = st.sampled_from(
    [
        ("Asia/Shanghai", "+8613800138000"),
        ("America/New_York", "+12125550123"),
        ("America/Los_Angeles", "+14155552671"),
        ("Asia/Jakarta", "+62215551234"),
        ("Europe/London", "+447400123456"),
    ]
)
POLICIES = st.sampled_from([CN, US, ID])


@settings(max_examples=150, deadline=None)
@given(
    zone=ZONES,
    policy=POLICIES,
    minutes=st.integers(min_value=0, max_value=60 * 24 * 400),
)
def test_next_allowed_time_is_allowed_and_earliest(
    zone: tuple[str, str], policy: Policy, minutes: int
) -> None:
    person = borrower(zone[1], timezone=zone[0])
    now = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=minutes)
    result = next_allowed_time(person, now, policy)
    assert result >= now
    assert is_allowed_time(person, result, policy)
    if result != now:
        # The window opened exactly then: a minute earlier was still closed.
        assert not is_allowed_time(person, result - timedelta(minutes=1), policy)
