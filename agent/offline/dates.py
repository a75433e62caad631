"""Dates as customers write them, resolved against the message's own Date header.

"by Friday", "next Tuesday", "end of next month", "in 10 days", "mid-December", "4. Dezember",
"el próximo viernes", "fin du mois", "05/12/2026": the grammar below covers English, Spanish,
French and German and follows the labelling conventions exactly (a bare weekday is the first
such day strictly after the message date, "next <weekday>" is that day in the following
Monday–Sunday week, "next week" is its Friday, "end of month" the last calendar day).
It works on folded text (see `text.fold`) so offsets point into the sender's text.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Callable

from ledger.calendar import add_business_days

WEEKDAYS: dict[str, int] = {}
for _idx, _names in enumerate(
    [
        "monday lunes lundi montag",
        "tuesday tues tue lunes_ martes mardi dienstag",
        "wednesday wed miercoles mercredi mittwoch",
        "thursday thurs thur thu jueves jeudi donnerstag",
        "friday fri viernes vendredi freitag",
        "saturday sabado samedi samstag sonnabend",
        "sunday domingo dimanche sonntag",
    ]
):
    for _name in _names.split():
        if not _name.endswith("_"):
            WEEKDAYS[_name] = _idx

MONTHS: dict[str, int] = {}
for _idx, _names in enumerate(
    [
        "january jan enero ene janvier janv januar janner",
        "february feb febrero fevrier fevr fev februar",
        "march mar marzo mars marz maerz mrz",
        "april apr abril abr avril avr",
        "may mayo mai",
        "june jun junio juin juni",
        "july jul julio juillet juil juli",
        "august aug agosto ago aout",
        "september sept sep septiembre setiembre septembre",
        "october oct octubre octobre oktober okt",
        "november nov noviembre novembre",
        "december dec diciembre dic decembre dezember dez",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _idx

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "sixty": 60, "ninety": 90,
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "diez": 10, "quince": 15, "veinte": 20, "treinta": 30,
    "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "dix": 10, "quinze": 15, "vingt": 20, "trente": 30,
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4,
    "funf": 5, "sechs": 6, "sieben": 7, "acht": 8, "zehn": 10, "vierzehn": 14,
    "zwanzig": 20, "dreißig": 30, "dreissig": 30,
}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: date
    kind: str  # which rule resolved it, for evidence and debugging


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_WD_ALT = _alt(WEEKDAYS)
_MON_ALT = _alt(MONTHS)
_NUM_ALT = _alt(NUMBER_WORDS)


def _wd(tag: str = "") -> str:
    return rf"(?P<wd{tag}>{_WD_ALT})"


def _mon(tag: str = "") -> str:
    return rf"(?P<mon{tag}>{_MON_ALT})(?:\.(?=\s*\d))?"


def _num(tag: str = "") -> str:
    return rf"(?P<n{tag}>\d{{1,3}}|{_NUM_ALT})"


def _group(m: re.Match, prefix: str) -> str | None:
    """The first matched group named prefix, prefix2, ... (alternations need distinct names)."""
    for name, value in m.groupdict().items():
        if value is not None and name.rstrip("0123456789") == prefix:
            return value
    return None


_WD = _wd()
_MON = _mon()
_NUM = _num()
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|e|eme|o|º|\.)?"
_YEAR = r"(?:,?\s*(?:de\s+)?(?P<year>20\d\d))?"
_NEXT_BEFORE = r"next|el proximo|el siguiente|proximo|nachste[nmrs]?|next week(?: on)?"
_NEXT_AFTER = (
    r"que viene|proximo|prochain|next week|de la semana que viene|de la proxima semana|"
    r"de la semaine prochaine|der nachsten woche|nachste woche|in der nachsten woche"
)
_LAST_BEFORE = r"last|el pasado|letzte[nmrs]?|vergangene[nmrs]?"
_LAST_AFTER = r"pasado|dernier|passe"
_NEXT_WEEK = (
    r"next week|next wk|la semana que viene|la proxima semana|la semana proxima|semana que viene|"
    r"proxima semana|la semaine prochaine|semaine prochaine|nachste woche|nachster woche|"
    r"kommende woche|kommender woche|der nachsten woche|der kommenden woche"
)
_THIS_WEEK = (
    r"this week|end of (?:the |this )?week|end of week|eow|later this week|esta semana|"
    r"fin de (?:la )?semana|finales de (?:esta |la )?semana|cette semaine|fin de (?:la |cette )?semaine|"
    r"diese woche|dieser woche|ende der woche|ende dieser woche|wochenende"
)
_END_MONTH = (
    r"(?:the )?end of (?:the |this )?month|month[- ]end|end-of-month|eom|"
    r"(?:a )?(?:fin|finales|final) (?:de|del) (?:este )?mes|fin (?:du|de) mois|fin de ce mois|"
    r"(?:zum )?monatsende|ende (?:des|dieses) monats|ende (?:des )?monat|ende monat"
)
_END_NEXT_MONTH = (
    r"(?:the )?end of next month|end of the following month|"
    r"(?:fin|finales|final) del (?:proximo mes|mes que viene|mes proximo|mes siguiente)|"
    r"fin du mois prochain|fin (?:du|de) mois suivant|ende (?:des )?nachsten monats|ende nachsten monats|"
    r"ende des kommenden monats"
)
_MID_MONTH = (
    r"mid[- ]?month|the middle of (?:the |this )?month|middle of the month|mediados de(?:l)? mes|"
    r"mi-mois|mitte (?:des )?monats"
)
_TODAY = (
    r"today|tonight|end of (?:the )?day|eod|cob|close of business|end of business|hoy|"
    r"aujourd'hui|aujourd hui|ce soir|heute"
)


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + (d.month - 1) + months
    return index // 12, index % 12 + 1


def _first_after(anchor: date, weekday: int) -> date:
    delta = (weekday - anchor.weekday()) % 7 or 7
    return anchor + timedelta(days=delta)


def _next_week_day(anchor: date, weekday: int) -> date:
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(days=7)
    return monday + timedelta(days=weekday)


def _last_before(anchor: date, weekday: int) -> date:
    delta = (anchor.weekday() - weekday) % 7 or 7
    return anchor - timedelta(days=delta)


def _closest_year(anchor: date, month: int, day: int) -> date | None:
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    # Customers mostly write dates ahead ("Dec 4" in June is this December, "Jan 5" in late
    # December is next January); only a recent date ("paid on May 20" in June) stays behind.
    recent = anchor - timedelta(days=60)
    return next((d for d in candidates if d >= recent), candidates[-1])


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


Resolver = Callable[[re.Match, date, bool], "date | None"]
_RULES: list[tuple[str, re.Pattern, Resolver]] = []


def _rule(kind: str, pattern: str):
    def register(fn: Resolver) -> Resolver:
        _RULES.append((kind, re.compile(rf"(?<![\w/.-])(?:{pattern})(?![\w/])"), fn))
        return fn

    return register


@_rule("iso", r"(?P<y>20\d\d)(?P<s>[-/.])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)")
def _iso(m, anchor, day_first):
    return _safe(int(m["y"]), int(m["m"]), int(m["d"]))


@_rule("numeric", r"(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?:(?P=sep)(?P<y>(?:20)?\d\d))?")
def _numeric(m, anchor, day_first):
    a, b = int(m["a"]), int(m["b"])
    if m["sep"] in ".-" and not m["y"]:
        return None  # "12.50" is an amount, "3-4" a range
    if m["sep"] == ".":
        day_first = True  # 04.12.2026 is written day-first everywhere that uses dots
    if a > 12 and b <= 12:
        day, month = a, b
    elif b > 12 and a <= 12:
        day, month = b, a
    elif day_first:
        day, month = a, b
    else:
        day, month = b, a
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if m["y"]:
        year = int(m["y"])
        year = year + 2000 if year < 100 else year
        return _safe(year, month, day)
    return _closest_year(anchor, month, day)


@_rule("dotted_day_month", r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?!\d)")
def _dotted_day_month(m, anchor, day_first):
    # "am 15.10." - German and Swiss writers drop the year but keep the closing dot.
    day, month = int(m["d"]), int(m["m"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return _closest_year(anchor, month, day)


@_rule("month_day", rf"{_MON}(?:\s+|-)(?:the\s+)?{_DAY}(?!\d){_YEAR}")
def _month_day(m, anchor, day_first):
    return _explicit(m, anchor)


@_rule(
    "day_month",
    rf"(?:the\s+)?{_DAY}\s*(?:of\s+|de\s+)?{_MON}{_YEAR}|(?P<day2>[0-3]?\d)-{_mon(2)}(?:-(?P<year2>20\d\d))?",
)
def _day_month(m, anchor, day_first):
    return _explicit(m, anchor)


def _explicit(m, anchor) -> date | None:
    month = MONTHS[_group(m, "mon")]
    day = int(m["day"] or m.groupdict().get("day2"))
    year = m["year"] or m.groupdict().get("year2")
    if year:
        return _safe(int(year), month, day)
    return _closest_year(anchor, month, day)


@_rule("day_after_tomorrow", r"the day after tomorrow|day after tomorrow|pasado manana|apres-demain|apres demain|ubermorgen")
def _day_after_tomorrow(m, anchor, day_first):
    return anchor + timedelta(days=2)


@_rule("tomorrow", r"tomorrow|tomorow|tmrw|tmrrw|tmw|2moro|(?<!la )(?<!esta )(?<!por la )(?<!de la )manana(?! por la)|demain|(?<!guten )(?<!heute )morgen")
def _tomorrow(m, anchor, day_first):
    return anchor + timedelta(days=1)


@_rule("today", _TODAY)
def _today(m, anchor, day_first):
    return anchor


@_rule("next_week_weekday", rf"(?:{_NEXT_WEEK})\s+(?:on\s+|am\s+|el\s+|le\s+)?{_WD}")
def _next_week_weekday(m, anchor, day_first):
    return _next_week_day(anchor, WEEKDAYS[m["wd"]])


@_rule("next_weekday", rf"(?:(?:{_NEXT_BEFORE})\s+{_WD}|(?:el\s+)?{_wd(2)}\s+(?:{_NEXT_AFTER}))")
def _next_weekday(m, anchor, day_first):
    return _next_week_day(anchor, WEEKDAYS[_group(m, "wd")])


@_rule("last_weekday", rf"(?:(?:{_LAST_BEFORE})\s+{_WD}|(?:el\s+)?{_wd(2)}\s+(?:{_LAST_AFTER}))")
def _last_weekday(m, anchor, day_first):
    return _last_before(anchor, WEEKDAYS[_group(m, "wd")])


@_rule("weekday_week", rf"{_WD}\s+week")
def _weekday_week(m, anchor, day_first):
    return _first_after(anchor, WEEKDAYS[m["wd"]]) + timedelta(days=7)


@_rule("weekday", _WD)
def _weekday(m, anchor, day_first):
    return _first_after(anchor, WEEKDAYS[m["wd"]])


@_rule(
    "end_next_week",
    rf"(?:the\s+)?end of (?:the )?(?:{_NEXT_WEEK})|(?:fin|finales|final) de (?:{_NEXT_WEEK})|"
    rf"fin de (?:{_NEXT_WEEK})|ende (?:{_NEXT_WEEK})|(?:{_NEXT_WEEK})",
)
def _end_next_week(m, anchor, day_first):
    return _next_week_day(anchor, 4)


@_rule("this_week", _THIS_WEEK)
def _this_week(m, anchor, day_first):
    return anchor - timedelta(days=anchor.weekday()) + timedelta(days=4)


@_rule("end_next_month", _END_NEXT_MONTH)
def _end_next_month(m, anchor, day_first):
    return _last_day(*_add_months(anchor, 1))


# "45 jours fin de mois", "60 days end of month": payment terms, not a date.
@_rule("end_month", rf"(?<!jours )(?<!days )(?<!dias )(?<!tage )(?<!day )(?<!eom )(?:{_END_MONTH})")
def _end_month(m, anchor, day_first):
    return _last_day(anchor.year, anchor.month)


@_rule(
    "end_named_month",
    rf"(?:the )?end of {_MON}|(?:a )?(?:fin|finales|final) de {_mon(2)}|fin {_mon(3)}|ende {_mon(4)}",
)
def _end_named_month(m, anchor, day_first):
    month = MONTHS[_group(m, "mon")]
    candidate = _closest_year(anchor, month, 1)
    return _last_day(candidate.year, month) if candidate else None


@_rule(
    "first_week_of_month",
    rf"(?:the )?first week of {_MON}|(?:la )?primera semana de {_mon(2)}|(?:la )?premiere semaine (?:de |d'){_mon(3)}|(?:in der )?ersten woche (?:im |des )?{_mon(4)}",
)
def _first_week_of_month(m, anchor, day_first):
    # The latest working day of that week, as "next week" is its Friday: the first Friday on or
    # after the 1st (a month that starts at the weekend has its first week after it).
    month = MONTHS[_group(m, "mon")]
    candidate = _closest_year(anchor, month, 1)
    if candidate is None:
        return None
    first = date(candidate.year, month, 1)
    return first + timedelta(days=(4 - first.weekday()) % 7)


@_rule("end_year", r"(?:the )?end of (?:the |this )?year|year[- ]end|fin de (?:l')?an(?:nee|o)|jahresende|ende des jahres")
def _end_year(m, anchor, day_first):
    return date(anchor.year, 12, 31)


@_rule("end_quarter", r"(?:the )?end of (?:the |this )?quarter|quarter[- ]end|quartalsende|fin (?:du|de) trimestre|fin de(?:l)? trimestre")
def _end_quarter(m, anchor, day_first):
    last_month = ((anchor.month - 1) // 3 + 1) * 3
    return _last_day(anchor.year, last_month)


@_rule("mid_next_month", r"mid[- ]?next month|the middle of next month|mediados del (?:proximo mes|mes que viene)|mitte (?:des )?nachsten monats|mi-mois prochain")
def _mid_next_month(m, anchor, day_first):
    year, month = _add_months(anchor, 1)
    return date(year, month, 15)


@_rule("mid_month", _MID_MONTH)
def _mid_month(m, anchor, day_first):
    if anchor.day <= 15:
        return date(anchor.year, anchor.month, 15)
    year, month = _add_months(anchor, 1)
    return date(year, month, 15)


@_rule("mid_named_month", rf"mid[- ]?{_MON}|mediados de {_mon(2)}|mi-{_mon(3)}|mitte {_mon(4)}|the middle of {_mon(5)}")
def _mid_named_month(m, anchor, day_first):
    return _closest_year(anchor, MONTHS[_group(m, "mon")], 15)


@_rule(
    "start_next_month",
    r"(?:the )?(?:beginning|start) of next month|(?:the )?(?:1st|first) of next month|"
    r"principios del (?:proximo mes|mes que viene)|debut du mois prochain|debut de mois prochain|"
    r"anfang (?:des )?nachsten monats",
)
def _start_next_month(m, anchor, day_first):
    year, month = _add_months(anchor, 1)
    return date(year, month, 1)


@_rule(
    "in_days",
    rf"(?:in|within|w/in|en|dentro de|dans|sous|d'ici|in den nachsten|innerhalb von|innerhalb|binnen)\s+"
    rf"(?:the next\s+|los proximos\s+|les\s+)?{_NUM}\s+(?P<biz>business\s+|working\s+|habiles\s+|ouvres\s+)?"
    rf"(?:days?|dias?(?:\s+habiles)?|jours?(?:\s+ouvres)?|tagen?|werktagen?|arbeitstagen?)"
    rf"|{_num(2)}\s+(?:days?) from (?:now|today)",
)
def _in_days(m, anchor, day_first):
    n = _number(_group(m, "n"))
    if n is None or n > 180:
        return None
    text = m.group()
    if m["biz"] or "werktag" in text or "arbeitstag" in text or "habiles" in text or "ouvres" in text:
        return add_business_days(anchor, n)
    if n in (8, 15) and "jours" in text:
        n = 7 if n == 8 else 14  # "huit jours" is a week, "quinze jours" a fortnight
    return anchor + timedelta(days=n)


@_rule("french_fortnight", r"(?:sous|dans la|d'ici) (?P<span>huitaine|quinzaine)")
def _french_fortnight(m, anchor, day_first):
    return anchor + timedelta(days=7 if m["span"] == "huitaine" else 14)


@_rule(
    "in_weeks",
    rf"(?:in|within|w/in|en|dentro de|dans|sous|d'ici|innerhalb von|innerhalb|binnen)\s+(?:the next\s+)?{_NUM}\s+"
    rf"(?:weeks?|wks?|semanas?|semaines?|wochen?)|(?:in|within) (?:a|the|one|the next) fortnight|{_num(2)}\s+weeks? from (?:now|today)",
)
def _in_weeks(m, anchor, day_first):
    if "fortnight" in m.group():
        return anchor + timedelta(days=14)
    n = _number(_group(m, "n"))
    if n is None or n > 26:
        return None
    return anchor + timedelta(days=7 * n)


@_rule(
    "day_of_month",
    r"(?:on|by|before|until|the|el dia|del dia|el|le|am|bis zum|zum|bis)\s+(?:the\s+)?(?P<dom>[0-3]?\d)(?:st|nd|rd|th|er|\.)(?!\d)"
    r"(?:\s+of\s+(?:this|the)\s+month)?"
    r"|(?:el dia|del dia|antes del|el)\s+(?P<dom2>[0-3]?\d)(?![\d.,/])",
)
def _day_of_month(m, anchor, day_first):
    day = int(m["dom"] or m["dom2"])
    if not 1 <= day <= 31:
        return None
    if day >= anchor.day:
        return _safe(anchor.year, anchor.month, day)
    year, month = _add_months(anchor, 1)
    return _safe(year, month, day)


@_rule(
    "weekday_day_of_month",
    rf"{_WD},?\s+(?:the\s+|den\s+)?(?P<dom>[0-3]?\d)(?:(?:st|nd|rd|th)(?!\w)|\.(?!\d)|(?![\w:.,/]|\s?(?:am|pm|h)\b))(?!\.?\s*(?:de\s+)?{_MON})",
)
def _weekday_day_of_month(m, anchor, day_first):
    # "Thursday 26th": the day of the month names the date; the weekday only confirms it.
    day = int(m["dom"])
    if not 1 <= day <= 31:
        return None
    if day >= anchor.day:
        return _safe(anchor.year, anchor.month, day)
    year, month = _add_months(anchor, 1)
    return _safe(year, month, day)


_PRIORITY = {kind: i for i, (kind, _, _) in enumerate(_RULES)}


def find_dates(folded: str, anchor: datetime | date, *, day_first: bool = False) -> list[DateMention]:
    """Every date mentioned in `folded`, left to right, overlapping readings resolved."""
    base = anchor.date() if isinstance(anchor, datetime) else anchor
    found: list[DateMention] = []
    for kind, pattern, resolve in _RULES:
        for m in pattern.finditer(folded):
            value = resolve(m, base, day_first)
            if value is not None:
                found.append(DateMention(m.start(), m.end(), value, kind))
    # The longest reading wins ("next Friday" over "Friday", "Friday, Dec 4" keeps both).
    found.sort(key=lambda d: (-(d.end - d.start), _PRIORITY[d.kind], d.start))
    kept: list[DateMention] = []
    for mention in found:
        if all(mention.end <= k.start or mention.start >= k.end for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda d: d.start)


def resolve_one(text: str, anchor: datetime | date, *, day_first: bool = False) -> date | None:
    """The single date in a short phrase, for tests and for callers with one phrase in hand."""
    from agent.offline.text import fold

    mentions = find_dates(fold(text), anchor, day_first=day_first)
    return mentions[-1].value if mentions else None
