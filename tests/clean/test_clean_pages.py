"""Whole pages: HTML via trafilatura, dates with their basis, language, no-article pages,
mixed encodings and broken markup."""

from __future__ import annotations

import pytest

from newsgraph.clean.dates import parse_date

P1 = "Latvia's rail operator said on Wednesday it would run a second daily train to Tallinn from June, after passenger numbers on the route doubled last year."
P2 = "The company said the trains would use new carriages bought with European funds and that ticket prices would stay the same until the end of the year."
P3 = "Travel groups welcomed the plan but asked for faster connections, since the trip still takes longer than the bus on the same route."


def test_html_article_with_comments_kept_apart(clean_fixture) -> None:
    page = clean_fixture("article_comments.html")
    (article,) = page.articles
    assert article.title == "Danube Ferry Link Reopens After Two Years"
    assert (article.author, article.outlet) == ("Petra Novak", "Riverside Courier")
    assert (article.published, article.published_basis) == ("2025-05-06", "metadata")
    assert article.text.startswith("A car ferry across the Danube")
    assert article.text.endswith("in two of the past four years.")
    for chrome in (
        "cookies",
        "Share this article",
        "Related articles",
        "Privacy Policy",
        "Finally.",
    ):
        assert chrome not in article.text
    assert [(c.author, c.posted, c.text) for c in article.comments] == [
        ("Laszlo K.", "2025-05-06", "Finally. My commute just got an hour shorter."),
        ("Zuzana", "2025-05-06", "Hope they keep running it in August this time."),
        (
            "river_watcher",
            "2025-05-07",
            "The landing stage still looks unfinished on the Hungarian side.",
        ),
    ]


def test_broken_html_is_read_like_a_browser(clean_page_html) -> None:
    broken = (
        "<html><head><title>Rail link to Tallinn gets second train</title><body><div class=nav>Home | News"
        f"<div><p>{P1}<p>{P2}<b>and <i>unclosed tags</b> everywhere<p>{P3}</div>"
        "<script>var x = '<p>not text</p>';</script><table><tr><td>stray cell"
    )
    (article,) = clean_page_html(broken).articles
    assert P1 in article.text and P3 in article.text
    assert "not text" not in article.text


def test_html_handed_over_as_text_is_still_parsed(clean_text_page) -> None:
    html = f"<!DOCTYPE html><html><head><title>Second train</title></head><body><article><p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"
    (article,) = clean_text_page(html).articles
    assert "<p>" not in article.text and P2 in article.text


def test_text_labelled_html_is_cleaned_as_text(clean_page_html) -> None:
    (article,) = clean_page_html("\n\n".join([P1, P2, P3])).articles
    assert article.text == "\n\n".join([P1, P2, P3])


def test_mojibake_lines_are_repaired(clean_text_page) -> None:
    quoted = P2.replace(
        "The company", "The company’s spokeswoman – Ilze Bērziņa – said the company"
    )
    garbled = quoted.encode("utf-8").decode("cp1252", errors="ignore")  # UTF-8 read as Windows-1252
    assert "â€™" in garbled
    article = clean_text_page("\n\n".join([P1, garbled, P3])).articles[0]
    assert "company’s spokeswoman – Ilze" in article.text


def test_text_in_another_language_is_flagged_not_dropped(clean_fixture) -> None:
    (article,) = clean_fixture("lang_spanish.txt").articles
    assert article.language == "es"
    assert article.text.startswith("El Gobierno de Chile")
    assert any("not English" in note for note in article.notes)


def test_english_text_is_en(clean_text_page) -> None:
    assert clean_text_page("\n\n".join([P1, P2, P3])).articles[0].language == "en"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("nopage_login.txt", "login or subscription wall"),
        ("nopage_404.txt", "page not found"),
        ("nopage_index.txt", "index or link list"),
    ],
)
def test_pages_without_an_article_are_discarded_with_a_reason(name, reason, clean_fixture) -> None:
    page = clean_fixture(name)
    assert page.articles == []
    (discard,) = page.discards
    assert discard.stage == "clean" and reason in discard.reason and "\n" not in discard.reason


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Home\nMenu\nSearch"])
def test_empty_and_chrome_only_pages_are_discarded(text, clean_text_page) -> None:
    page = clean_text_page(text)
    assert page.articles == [] and page.discards[0].reason.startswith("no article")


def test_published_basis_text_from_a_date_line(clean_text_page) -> None:
    article = clean_text_page(
        "\n".join(["Second Daily Train to Tallinn", "Published: March 3, 2025", "", P1, P2])
    ).articles[0]
    assert (article.published, article.published_basis) == ("2025-03-03", "text")


def test_published_basis_text_from_a_dateline(clean_text_page) -> None:
    article = clean_text_page(
        "\n\n".join([f"RIGA, March 5, 2025 (Baltic Wire) - {P1}", P2])
    ).articles[0]
    assert (article.published, article.published_basis) == ("2025-03-05", "text")


def test_published_basis_inferred_from_an_upload_timestamp(clean_text_page) -> None:
    article = clean_text_page("\n\n".join([P1, P2, "1741132800000.png"])).articles[0]
    assert (article.published, article.published_basis) == ("2025-03-05", "inferred")


def test_no_date_is_invented(clean_text_page) -> None:
    article = clean_text_page("\n\n".join([P1, P2, P3])).articles[0]
    assert (article.published, article.published_basis) == (None, None)


def test_text_date_beats_comment_dates(clean_text_page) -> None:
    text = "\n".join(
        [
            "Published: March 3, 2025",
            P1,
            P2,
            "March 9, 2025 at 10:00",
            "Nice.",
            "March 10, 2025 at 11:00",
            "Agreed.",
        ]
    )
    article = clean_text_page(text).articles[0]
    assert (article.published, article.published_basis) == ("2025-03-03", "text")
    assert [c.posted for c in article.comments] == ["2025-03-09", "2025-03-10"]


def test_parse_date_needs_day_month_and_year() -> None:
    assert parse_date("July 4, 2024 AT 16:21") == "2024-07-04"
    assert parse_date("4 July 2024") == "2024-07-04"
    assert parse_date("officials may meet in July") is None
