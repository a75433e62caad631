"""Relative and written dates resolve the way the labelling conventions say."""

from datetime import date, datetime, timedelta, timezone

import pytest

from agent.offline.dates import find_dates, resolve_one
from agent.offline.text import fold

# Tuesday 2 June 2026, 09:14 in Chicago (-0500)
TUESDAY = datetime(2026, 6, 2, 9, 14, tzinfo=timezone(timedelta(hours=-5)))


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("tomorrow", date(2026, 6, 3)),
        ("by Friday", date(2026, 6, 5)),
        ("this Tuesday", date(2026, 6, 9)),  # strictly after the message date
        ("next Friday", date(2026, 6, 12)),  # Friday of the following Mon–Sun week
        ("next Wednesday", date(2026, 6, 10)),
        ("next week", date(2026, 6, 12)),
        ("by the end of next week", date(2026, 6, 12)),
        ("end of the month", date(2026, 6, 30)),
        ("end of next month", date(2026, 7, 31)),
        ("in 10 days", date(2026, 6, 12)),
        ("within 30 days", date(2026, 7, 2)),
        ("in two weeks", date(2026, 6, 16)),
        ("mid-month", date(2026, 6, 15)),
        ("mid-December", date(2026, 12, 15)),
        ("Dec 4", date(2026, 12, 4)),
        ("4th December", date(2026, 12, 4)),
        ("June 30, 2026", date(2026, 6, 30)),
        ("2026-12-04", date(2026, 12, 4)),
        ("on the 15th", date(2026, 6, 15)),
    ],
)
def test_english_phrases_resolve_against_the_message_date(phrase, expected):
    assert resolve_one(phrase, TUESDAY) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("el viernes", date(2026, 6, 5)),
        ("el próximo viernes", date(2026, 6, 12)),
        ("a fin de mes", date(2026, 6, 30)),
        ("la semana que viene", date(2026, 6, 12)),
        ("30 de junio", date(2026, 6, 30)),
        ("mañana", date(2026, 6, 3)),
        ("vendredi prochain", date(2026, 6, 12)),
        ("fin du mois", date(2026, 6, 30)),
        ("dans deux semaines", date(2026, 6, 16)),
        ("le 30 juin", date(2026, 6, 30)),
        ("bis Freitag", date(2026, 6, 5)),
        ("nächsten Freitag", date(2026, 6, 12)),
        ("am 4. Dezember", date(2026, 12, 4)),
        ("Ende des Monats", date(2026, 6, 30)),
        ("in zwei Wochen", date(2026, 6, 16)),
        ("Mitte Dezember", date(2026, 12, 15)),
    ],
)
def test_spanish_french_and_german_phrases(phrase, expected):
    assert resolve_one(phrase, TUESDAY) == expected


def test_numeric_dates_follow_the_senders_convention():
    assert resolve_one("05/12/2026", TUESDAY, day_first=True) == date(2026, 12, 5)
    assert resolve_one("05/12/2026", TUESDAY, day_first=False) == date(2026, 5, 12)
    # a day above 12 settles it either way; dots are always day-first
    assert resolve_one("15/07/2026", TUESDAY, day_first=False) == date(2026, 7, 15)
    assert resolve_one("04.12.2026", TUESDAY) == date(2026, 12, 4)


def test_greetings_and_amounts_are_not_dates():
    assert resolve_one("Guten Morgen", TUESDAY) is None
    assert resolve_one("por la mañana", TUESDAY) is None
    assert resolve_one("we paid 12.50 in fees", TUESDAY) is None


def test_the_date_is_read_in_the_message_own_offset():
    # 23:30 on Friday in Los Angeles is already Saturday in UTC; "tomorrow" is still Saturday.
    late_friday = datetime(2026, 6, 5, 23, 30, tzinfo=timezone(timedelta(hours=-7)))
    assert resolve_one("tomorrow", late_friday) == date(2026, 6, 6)


def test_mentions_carry_offsets_into_the_original_text():
    text = "We will pay on Friday, 12 June."
    mentions = find_dates(fold(text), TUESDAY)
    assert [text[m.start : m.end] for m in mentions] == ["Friday", "12 June"]
    assert mentions[-1].value == date(2026, 6, 12)
