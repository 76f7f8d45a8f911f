"""Boilerplate lines of every kind the issue lists leave the article text."""

from __future__ import annotations

from collections import Counter

import pytest

from newsgraph.clean import normalize_line

BODY = [
    "The port authority in Constanta said on Monday that grain shipments from Ukraine rose by a fifth in March, helped by calmer weather and new convoy rules in the Black Sea.",
    "Shipping agents said insurance costs had fallen slightly but remained far above the levels seen before the war, and several large carriers still avoid the route.",
    "Officials expect traffic to keep growing through the summer if the Danube stays high enough for barges to reach the sea without lightening their loads.",
]

CHROME = {
    "navigation trail": "Home » Europe » Black Sea Grain Traffic",
    "tag list": "Tags: shipping, grain, Romania, Black Sea",
    "hashtags": "#shipping #grain #blacksea",
    "all-caps tags": "ROMANIA  UKRAINE  BLACK SEA  SHIPPING",
    "share prompt": "Share this article",
    "follow prompt": "Follow us on Socials",
    "comment form": "Leave a Comment",
    "comment form notice": "Your email address will not be published. Required fields are marked *",
    "ad-blocker notice": "We noticed you are using an ad blocker. Please support us by disabling your AdBlocker extension.",
    "spam-filter notice": "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "forum chrome": "Latest Posts",
    "image file name": "port-constanta-2025-03.jpg",
    "comment counter": "0 Comments",
    "related list": "You may also like",
}


@pytest.mark.parametrize("where", ["top", "middle", "bottom"])
@pytest.mark.parametrize("kind", sorted(CHROME))
def test_boilerplate_line_is_dropped_anywhere(kind: str, where: str, clean_text_page) -> None:
    line = CHROME[kind]
    at = {"top": 0, "middle": 2, "bottom": 3}[where]
    lines = [*BODY[:at], line, *BODY[at:]] if where != "middle" else [BODY[0], line, *BODY[1:]]
    page = clean_text_page("\n\n".join(lines))
    (article,) = page.articles
    assert line not in article.text
    assert article.text == "\n\n".join(BODY)
    assert any(d.line == line and d.action == "drop" and d.reason for d in page.trace)


def test_seed_shaped_trailer_block_is_dropped(clean_text_page) -> None:
    tail = ["You may also like", "Leave a Comment", CHROME["spam-filter notice"], "Adblock Detected",
            "Please support us by disabling your AdBlocker extension from your browsers."]  # fmt: skip
    page = clean_text_page("\n\n".join([*BODY, *tail]))
    assert page.articles[0].text == "\n\n".join(BODY)


def test_forum_chrome_after_last_story_is_dropped(clean_text_page) -> None:
    text = "\n\n".join([*BODY, ".", "Shipping Forum Latest Posts", "Back", "Top Bottom"])
    page = clean_text_page(text)
    assert len(page.articles) == 1
    assert "Back" not in page.articles[0].text.split("\n\n")


def test_line_repeated_across_the_site_is_boilerplate(clean_text_page) -> None:
    signoff = "Brought to you by the Harbour Desk team"
    text = "\n\n".join([BODY[0], signoff, *BODY[1:]])
    alone = clean_text_page(text).articles[0].text
    with_site = (
        clean_text_page(text, site_lines=Counter({normalize_line(signoff): 40})).articles[0].text
    )
    assert signoff in alone  # on its own it reads like a sub-heading
    assert with_site == "\n\n".join(BODY)  # seen on 40 other pages of the site: chrome


def test_sub_headings_stay_in_text(clean_text_page) -> None:
    text = "\n\n".join([BODY[0], "Key Points", BODY[1], "Conclusion", BODY[2]])
    article = clean_text_page(text).articles[0]
    assert article.text.split("\n\n") == [BODY[0], "Key Points", BODY[1], "Conclusion", BODY[2]]


def test_a_short_sentence_between_paragraphs_stays_in_the_article() -> None:
    from newsgraph.clean import clean_page
    from newsgraph.model import RawPage, content_hash

    text = "\n\n".join(
        [
            "Grain traffic rises at Constanta",
            BODY[0],
            "The ministry denied the report.",
            BODY[1],
            "Share this article",
            BODY[2],
        ]
    )
    cleaned = clean_page(RawPage("p.txt", text, "text", content_hash(text)))
    body = cleaned.articles[0].text
    assert "The ministry denied the report." in body
    assert "Share this article" not in body  # chrome between paragraphs still goes
