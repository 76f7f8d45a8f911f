"""Dates: absolute as written, relative against the publication date, in the tense's direction."""

from __future__ import annotations

import pytest

from newsgraph.extract.dates import resolve_date

PUB = "2025-07-16"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("June 19, 2024", "past", ("2024-06-19", "day")),
        ("on 3 March 2023", "past", ("2023-03-03", "day")),
        ("June 2024", "past", ("2024-06", "month")),
        ("2023", "past", ("2023", "year")),
        ("the first half of 2026", "future", ("2026", "year")),
        ("last month", "past", ("2025-06", "month")),
        ("last year", "past", ("2024", "year")),
        ("next year", "future", ("2026", "year")),
        ("since last November", "past", ("2024-11", "month")),
        ("earlier this month", "past", ("2025-07", "month")),
        ("this week", "present", ("2025-07", "month")),
        ("yesterday", "past", ("2025-07-15", "day")),
        ("today", "present", ("2025-07-16", "day")),
        ("three days ago", "past", ("2025-07-13", "day")),
        ("in two weeks", "future", ("2025-07", "month")),
        ("on Tuesday", "past", ("2025-07-15", "day")),
        ("on Tuesday", "future", ("2025-07-22", "day")),
        ("next Monday", "future", ("2025-07-21", "day")),
        ("last Friday", "past", ("2025-07-11", "day")),
        ("in March", "future", ("2026-03", "month")),
        ("in March", "past", ("2025-03", "month")),
        ("Sept. 3", "past", ("2024-09-03", "day")),
    ],
)
def test_resolve_date(text, tense, expected):
    assert resolve_date(text, PUB, tense=tense) == expected


def test_relative_dates_need_an_anchor():
    assert resolve_date("last month", None) == (None, None)
    assert resolve_date("on Tuesday", None, tense="future") == (None, None)
    assert resolve_date("June 2024", None) == ("2024-06", "month")


def test_coarse_publication_dates_bound_precision():
    assert resolve_date("yesterday", "2025") == ("2025", "year")
    assert resolve_date("last month", "2025-07") == ("2025-06", "month")


def test_non_dates_resolve_to_nothing():
    for text in ("may", "recent years", "decades", "the 1990s", "soon", ""):
        assert resolve_date(text, PUB) == (None, None)


def test_event_date_is_separate_from_publication(run):
    article = run("Chancellor Olaf Scholz met Emmanuel Macron in Paris on Monday.")
    event = next(e for e in article.events if e.type == "CONSULT")
    assert (event.date, event.date_precision) == ("2025-07-14", "day")
    assert event.date_text == "on Monday"


def test_future_event_date_points_forward(run):
    article = run("Vladimir Putin will travel to Beijing on Tuesday.")
    event = next(e for e in article.events if e.type == "CONSULT")
    assert event.date == "2025-07-22"
    assert event.modality == "planned"


def test_event_without_date_is_null(run):
    article = run("Poland praised Finland's decision.")
    assert article.events and article.events[0].date is None
    assert article.events[0].date_precision is None


def test_a_since_date_on_a_noun_does_not_date_the_event(extractor) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.model import Article

    text = (
        "The Chinese premier held talks with Vietnam's president in Hanoi, "
        "his first visit to Vietnam since March 2015."
    )
    article = extractor.extract(Article(source="t", index=0, text=text, published="2024-05-08"))
    assert [ev.type for ev in article.events] == ["CONSULT"]
    assert article.events[0].date is None  # 2015 is when the last visit was, not this one
