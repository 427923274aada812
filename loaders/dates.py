"""Dates in news text: datelines, metadata values and dates inside sentences, as ISO-8601 strings.

>>> parse_date("December 8, 2025")
'2025-12-08'
>>> parse_date("Updated: 2023-09-19T10:00:00Z")
'2023-09-19'
>>> find_dates("The rule, issued in April 2025, was dropped on July 1.", default_year="2025")
[('2025-04', 20, 30), ('2025-07-01', 47, 53)]
"""

from __future__ import annotations

import re

from policygraph.graph.store import later

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)"),
    re.compile(_MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"),
    re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"),
    re.compile(_MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)\b(?!-)"),
]
_MONTH_ONLY = re.compile(r"\b(?:(?i:in|since|by|until|during|from|early|late|mid|last|this|on|before|after|"
                         r"(?:end|start|beginning|middle|week) of)\s+|(?i:mid)-)" + _MONTH + r"(?![\w-])")
# "on Tuesday", and the wire style with no "on": "the Senate passed the bill Tuesday"
_WEEKDAY = re.compile(r"\b(?:(?i:on|last|this)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_LAST_YEAR = re.compile(r"\b(?:last|this|next) year\b")
NOT_ON = {"from", "until", "till", "by", "before", "after", "since", "through", "next", "every", "each"}
_LAST_MONTH = re.compile(r"\b(?:last|this|next) month\b")
_AGO = re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                  r"(?P<unit>day|week|month|year)s?\s+(?:ago|earlier)\b", re.I)
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_SAME_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the same) year\b", re.I)
_YEAR = re.compile(r"\b(?i:in|since|during|by|of|early|late|mid-?)\s+(?P<year>(?:19|20)\d\d)\b")


def _iso(year: str | None, month: int | None, day: str | None) -> str | None:
    if not year:
        return None
    if not month:
        return year
    if not 1 <= month <= 12:
        return None
    if day:
        d = int(day)
        if not 1 <= d <= 31:
            return None
        return f"{year}-{month:02d}-{d:02d}"
    return f"{year}-{month:02d}"


def _match_iso(m: re.Match, default_year: str | None) -> str | None:
    parts = m.groupdict()
    month = int(parts["mnum"]) if parts.get("mnum") else None
    if parts.get("month"):
        month = MONTHS.get(parts["month"].lower().rstrip("."))
    return _iso(parts.get("year") or default_year, month, parts.get("day"))


def find_dates(text: str, default_year: str | None = None,
               reference: str | None = None) -> list[tuple[str, int, int]]:
    """Every date in ``text`` as (iso, start, end), most precise reading first at each place.

    A day and month without a year take ``default_year`` (the document's year), when given. With a
    ``reference`` date (the document's), "on Sunday" is the last Sunday up to it, "last year" the year
    before, and a month later in the year than the reference falls in the year before.
    """
    found: list[tuple[str, int, int]] = []
    taken: list[tuple[int, int]] = []
    yearless: set[int] = set()  # where the dates told without their year start
    if reference and not default_year:
        default_year = reference[:4]
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            iso = _match_iso(m, default_year)
            if iso and reference and not m.groupdict().get("year") and iso[:4] == reference[:4] \
                    and _then_last_year(text, m.end()):
                iso = f"{int(iso[:4]) - 1}{iso[4:]}"  # "signed on Feb. 16 last year"
            if iso:
                found.append((iso, m.start(), m.end()))
                taken.append((m.start(), m.end()))
                if not m.groupdict().get("year"):
                    yearless.add(m.start())
    for m in _YEAR.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            found.append((m.group("year"), m.start("year"), m.end("year")))
            taken.append((m.start(), m.end()))
    if default_year:
        for m in _MONTH_ONLY.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                month = MONTHS[m.group("month").lower().rstrip(".")]
                year = int(default_year)
                if reference and len(reference) >= 7 and (month > int(reference[5:7]) or month == int(
                        reference[5:7]) and m.group(0).lower().startswith("last")):
                    year -= 1  # "vetoed last September", told in September: a year ago
                if reference and _then_last_year(text, m.end()):  # "in June last year"
                    year = int(reference[:4]) - 1
                found.append((f"{year}-{month:02d}", m.start("month"), m.end("month")))
                taken.append((m.start(), m.end()))
                yearless.add(m.start("month"))
    found = _in_year_told(text, sorted(found, key=lambda f: f[1]), yearless)
    if reference and len(reference) == 10:
        found += _relative(text, reference, taken)
    return sorted(found, key=lambda f: f[1])


def _in_year_told(text: str, found: list[tuple[str, int, int]], yearless: set[int]) -> list[tuple[str, int, int]]:
    """ "passed in 2011, and it took effect in November of that year": a date told without its year and followed
    by "that year" (or "the same year") is in the year of the date told before it; so is a later month told
    after a date with its year, in the same text."""
    out: list[tuple[str, int, int]] = []
    told = None  # the last date told with its year
    for iso, start, end in found:
        if start in yearless and out and _SAME_YEAR.match(text, end):
            iso = out[-1][0][:4] + iso[4:]
        elif start in yearless and told is not None and len(told) >= 7 and len(iso) >= 7 and told[:4] < iso[:4] \
                and told[5:7] <= iso[5:7]:
            iso = told[:4] + iso[4:]  # "approved in July 2024, but it died when the coalition collapsed in November":
            # the story goes on in the year it told
        if start not in yearless:
            told = iso
        out.append((iso, start, end))
    return out


def _then_last_year(text: str, end: int) -> bool:
    """Whether "last year" follows a day or month told without its year: "on Feb. 16, last year"."""
    return text[end:end + 12].strip(" ,").startswith("last year")


def _relative(text: str, reference: str, taken: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    import datetime as dt

    try:
        ref = dt.date.fromisoformat(reference)
    except ValueError:
        return []
    out = []
    for m in _WEEKDAY.finditer(text):
        before = text[:m.start()].split()[-1:]
        if m.start() == m.start("wd") and before and before[0].lower() in NOT_ON:
            continue  # "from Monday", "by Friday", "next Tuesday": a start, a deadline or a day to come
        if not any(s < m.end() and m.start() < e for s, e in taken):
            back = (ref.weekday() - WEEKDAYS.index(m.group("wd").lower())) % 7
            out.append(((ref - dt.timedelta(days=back)).isoformat(), m.start("wd"), m.end("wd")))
    for m in _LAST_YEAR.finditer(text):
        shift = {"last": -1, "this": 0, "next": 1}[m.group(0).split()[0]]
        out.append((str(ref.year + shift), m.start(), m.end()))
    for m in _LAST_MONTH.finditer(text):  # "passed the bill last month", "earlier this month"
        months = ref.year * 12 + ref.month - 1 + {"last": -1, "this": 0, "next": 1}[m.group(0).split()[0]]
        out.append((f"{months // 12}-{months % 12 + 1:02d}", m.start(), m.end()))
    for m in _AGO.finditer(text):  # "three months ago"
        n = NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
        unit = m.group("unit").lower()
        if unit in ("day", "week"):
            out.append(((ref - dt.timedelta(days=n * (7 if unit == "week" else 1))).isoformat(), m.start(), m.end()))
        elif unit == "month":
            months = ref.year * 12 + ref.month - 1 - n
            out.append((f"{months // 12}-{months % 12 + 1:02d}", m.start(), m.end()))
        else:
            out.append((str(ref.year - n), m.start(), m.end()))
    return out


def parse_date(value: str | None) -> str | None:
    """The first full or partial date in a metadata value or dateline, or None."""
    if not value:
        return None
    dates = find_dates(str(value))
    dated = [d for d in dates if len(d[0]) >= 7] or dates
    return dated[0][0] if dated else None


def in_last_year(date: str | None, published: str | None, sentence: str) -> bool:
    """A day told without its year ("vetoed it on May 31") that would fall after the story was published,
    for a change told in the past tense: it happened the year before."""
    return bool(date and published) and len(date) >= 7 and len(published) >= 7 and date > published \
        and date[:4] == published[:4] and date[:4] not in sentence


def in_next_year(date: str | None, published: str | None, sentence: str) -> bool:
    """A month told without its year for a change still to come ("will take full effect in December", told
    in April, or "will scrap it in January" told in May): find_dates put it before the story; it is ahead."""
    if not (date and published) or len(date) < 7 or len(published) < 7:
        return False
    ahead = f"{int(date[:4]) + 1}{date[4:]}"
    return date < published[:len(date)] < ahead and date[:7] != published[:7] and date[:4] not in sentence \
        and not any(MONTHS.get(m.group(1).lower().rstrip(".")) == int(date[5:7])
                    for m in re.finditer(r"\b([A-Z][a-z]+\.?)\s+(?:of\s+)?last year", sentence))  # "in June last year"


def after(date: str | None, since: str | None) -> bool:
    """Whether ``date`` falls after ``since`` (dates of any precision; "2020" is not after "2020-05")."""
    if not date or since is None:
        return False
    return since == "" or later(date, since)
