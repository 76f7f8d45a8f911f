"""Stories split, comments cut off with their dates, heads read (title, byline, outlet)."""

from __future__ import annotations

P1 = "Lithuania's parliament approved a law on Thursday that lets the army train volunteers on weekends, a step officials say will add several thousand reservists within two years."
P2 = "The defence ministry said the first courses would start in September at three bases near the Belarusian border, with places for about six hundred people."
P3 = "Estonia's central bank cut its growth forecast for this year to 0.8 percent, citing weak exports to Finland and Sweden and slower spending by households."
P4 = "The bank said inflation should fall below three percent by the end of the year as energy prices ease and wage growth slows."


def test_page_with_separators_splits_into_stories(clean_text_page) -> None:
    page = clean_text_page("\n\n".join(["What's new", "Baltic Briefs", P1, P2, " ", ".", P3, P4]))
    assert [a.text for a in page.articles] == [f"{P1}\n\n{P2}", f"{P3}\n\n{P4}"]
    assert [a.index for a in page.articles] == [0, 1]
    assert page.articles[0].title is None  # "Baltic Briefs" names the forum board
    assert page.articles[1].title is None
    assert ("Baltic Briefs", "drop", "forum section name") in [
        (d.line, d.action, d.reason) for d in page.trace
    ]
    assert [d.action for d in page.trace].count("split") == 1


def test_headlines_bylines_and_star_separators(clean_text_page) -> None:
    text = "\n".join(["Volunteer Training Law Passes", "By Ona Petraitis", "", P1, P2, "", "* * *", "",
                      "Estonia Cuts Growth Forecast", "Written by Karl Tamm", "", P3, P4])  # fmt: skip
    a, b = clean_text_page(text).articles
    assert (a.title, a.author) == ("Volunteer Training Law Passes", "Ona Petraitis")
    assert (b.title, b.author) == ("Estonia Cuts Growth Forecast", "Karl Tamm")
    assert "By Ona" not in a.text and "Written by" not in b.text


def test_outlet_from_copyright_line_applies_to_every_story(clean_text_page) -> None:
    text = "\n\n".join([P1, P2, "---", P3, P4, "© 2025 Baltic Ledger. All rights reserved."])
    page = clean_text_page(text)
    assert [a.outlet for a in page.articles] == ["Baltic Ledger", "Baltic Ledger"]
    assert "Baltic Ledger" not in page.articles[1].text


def test_breadcrumb_and_repeated_headline(clean_text_page) -> None:
    text = "\n\n".join(["Home » baltics » Volunteer Training Law Passes", "Volunteer Training Law Passes", "by",
                        P1, "Volunteer training law passes", P2])  # fmt: skip
    article = clean_text_page(text).articles[0]
    assert article.title == "Volunteer Training Law Passes"
    assert article.author is None
    assert article.text == f"{P1}\n\n{P2}"


def test_comments_with_leading_timestamps(clean_text_page) -> None:
    text = "\n".join([P1, P2, "May 2, 2025 AT 08:15", "Good news for the border towns.",
                      "May 3, 2025 AT 21:40", "Weekend courses are a smart idea.", "I would sign up."])  # fmt: skip
    article = clean_text_page(text).articles[0]
    assert article.text == f"{P1}\n\n{P2}"
    assert [(c.posted, c.text) for c in article.comments] == [
        ("2025-05-02", "Good news for the border towns."),
        ("2025-05-03", "Weekend courses are a smart idea.\nI would sign up."),
    ]
    assert (article.published, article.published_basis) == ("2025-05-02", "comments")


def test_comments_with_user_names_and_reply_links(clean_text_page) -> None:
    text = "\n".join([P1, P2, "", "2 Comments", "", "vilnius_dad", "June 1, 2025 at 9:03 pm",
                      "About time.", "Reply", "", "Rasa M.", "June 2, 2025 at 7:15 am",
                      "Which bases exactly?", "Reply", "", "Leave a Reply", "Post Comment"])  # fmt: skip
    article = clean_text_page(text).articles[0]
    assert article.text == f"{P1}\n\n{P2}"
    assert [(c.author, c.posted, c.text) for c in article.comments] == [
        ("vilnius_dad", "2025-06-01", "About time."),
        ("Rasa M.", "2025-06-02", "Which bases exactly?"),
    ]


def test_comments_whose_timestamp_follows_the_text(clean_text_page) -> None:
    text = "\n".join([P1, P2, "3 Comments", "First comment text here.", "April 4, 2025 at 10:00 am",
                      "A second reader's view.", "April 5, 2025 at 11:30 am"])  # fmt: skip
    article = clean_text_page(text).articles[0]
    assert article.text == f"{P1}\n\n{P2}"
    assert [(c.posted, c.text) for c in article.comments] == [
        ("2025-04-04", "First comment text here."),
        ("2025-04-05", "A second reader's view."),
    ]


def test_comments_whose_author_and_age_share_a_line(clean_text_page) -> None:
    text = "\n".join([P1, P2, "", "2 comments", "", "baltic_ben · 2 hours ago",
                      "Weekend courses will not fix the shortage.", "",
                      "Ona R. | 45 minutes ago", "The bases are too far from Vilnius."])  # fmt: skip
    article = clean_text_page(text).articles[0]
    assert article.text == f"{P1}\n\n{P2}"
    assert [(c.author, c.text) for c in article.comments] == [
        ("baltic_ben", "Weekend courses will not fix the shortage."),
        ("Ona R.", "The bases are too far from Vilnius."),
    ]


def test_a_dotted_byline_under_an_ad_blocker_notice_starts_no_comment_section(
    clean_text_page,
) -> None:
    text = "\n\n".join(["We noticed you're using an ad blocker. Our reporting is paid for by "
                        "advertising, so please consider whitelisting us or subscribing today.",
                        "Lithuania Passes Volunteer Training Law",
                        "The Baltic Ledger · Thursday 6 March 2025 · Updated 18:40 EET",
                        P1, P2, "2 comments", "ona · 2 hours ago", "Good."])  # fmt: skip
    article = clean_text_page(text).articles[0]
    assert article.title == "Lithuania Passes Volunteer Training Law"
    assert article.published == "2025-03-06"
    assert article.text == f"{P1}\n\n{P2}"
    assert [c.text for c in article.comments] == ["Good."]


def test_headlines_listed_under_related_go_even_when_they_end_like_a_sentence(
    clean_text_page,
) -> None:
    text = "\n\n".join([P1, P2, "Related:", "- Estonia: what the forecast cut would change",
                        "- Latvia and Lithuania edge towards a border deal",
                        "- Baltic defence: who will train the reservists?",
                        "Tags: Lithuania, defence, army", "2 comments", "ona · 2 hours ago",
                        "Good."])  # fmt: skip
    assert clean_text_page(text).articles[0].text == f"{P1}\n\n{P2}"


def test_single_updated_line_is_not_a_comment_section(clean_text_page) -> None:
    article = clean_text_page("\n\n".join([P1, P2, "Updated: May 4, 2025 at 10:00 am"])).articles[0]
    assert article.comments == []
    assert article.text == f"{P1}\n\n{P2}"


def test_trace_shows_kept_dropped_and_split_with_reasons(clean_text_page) -> None:
    page = clean_text_page(
        "\n\n".join(["Home » news » Briefs", P1, P2, ".", P3, P4, "Share this article"])
    )
    actions = {d.line: (d.action, d.reason) for d in page.trace}
    assert actions[P1] == ("keep", "body text")
    assert actions["."] == ("split", "story separator")
    assert (
        actions["Share this article"][0] == "drop" and "share" in actions["Share this article"][1]
    )
    assert all(0.0 <= d.score <= 1.0 for d in page.trace)


def test_masthead_outlet_and_bare_author_line(clean_text_page) -> None:
    text = "\n".join(["Harbour Ledger — Baltics", "", "Volunteer Training Law Passes", "Ona Petraitis",
                      "Updated May 2, 2025", "", P1, P2])  # fmt: skip
    article = clean_text_page(text).articles[0]
    assert (article.title, article.author, article.outlet) == (
        "Volunteer Training Law Passes",
        "Ona Petraitis",
        "Harbour Ledger",
    )
    assert (article.published, article.published_basis) == ("2025-05-02", "text")
    assert article.text == f"{P1}\n\n{P2}"


def test_byline_names_the_outlet(clean_text_page) -> None:
    text = "\n".join(
        ["Volunteer Training Law Passes", "By Ona Petraitis | Baltic Ledger", "", P1, P2]
    )
    article = clean_text_page(text).articles[0]
    assert (article.author, article.outlet) == ("Ona Petraitis", "Baltic Ledger")


def test_a_desk_byline_and_a_listen_line_are_no_body_text(clean_text_page) -> None:
    text = "\n\n".join(["Lithuania Passes Volunteer Training Law", "By Baltic Ledger foreign desk",
                        "Listen to this article · 4 min", P1, P2])  # fmt: skip
    article = clean_text_page(text).articles[0]
    assert article.text == f"{P1}\n\n{P2}"


def test_a_long_headline_and_standfirst_above_a_byline_and_date_are_the_head(
    clean_text_page,
) -> None:
    standfirst = (
        "The law lets the army train volunteers on weekends, adds thousands of reservists within "
        "two years and raises the question of who will pay for the new bases"
    )
    text = "\n\n".join(["Baltic Ledger News Analysis Defence Economy",
                        "Lithuania's volunteer law may reshape the army for a decade",
                        standfirst, "By our Vilnius correspondent", "6 March 2025 · 5 min read",
                        P1, P2])  # fmt: skip
    article = clean_text_page(text).articles[0]
    assert article.title == "Lithuania's volunteer law may reshape the army for a decade"
    assert article.published == "2025-03-06"
    assert article.text.endswith(f"{P1}\n\n{P2}")  # the standfirst may be kept or not
    assert "correspondent" not in article.text and "min read" not in article.text


def test_comments_stamped_with_short_ages_under_a_long_headline(clean_text_page) -> None:
    # a headline long enough to read as prose, then the article's own date line under the
    # byline: that date line is no comment stamp; "lina_k · 3h" is
    text = "\n".join(["LIVE | LATEST: Ferry strike ends  •  Tallinn port traffic up 4%  •  Rain ahead",
                      "Volunteer training: what a new law tells us about the Baltic reserve",
                      "By Ona Petraitis, Vilnius correspondent", "Thursday, 10 April 2025, 08:15 EET",
                      "", P1, P2, "", "Comments (12)", "lina_k · 3h", "About time.",
                      "Reply · Report", "Tomas R. · 45m", "Which bases exactly?", "Reply · Report",
                      "Load more comments"])  # fmt: skip
    article = clean_text_page(text).articles[0]
    assert article.text == f"{P1}\n\n{P2}"
    assert article.title.startswith("Volunteer training")
    assert [(c.author, c.text) for c in article.comments] == [
        ("lina_k", "About time."),
        ("Tomas R.", "Which bases exactly?"),
    ]


def test_a_standfirst_ending_in_a_quotation_still_leaves_the_byline_and_date_in_the_head(
    clean_text_page,
) -> None:
    # a closing quote mark without a full stop before it does not end a sentence
    standfirst = (
        "The minister says the port will reopen within a week and promises an inquiry; the "
        'opposition accuses the government of "covering up a disaster"'
    )
    text = "\n\n".join(["Nation > Politics",
                        "'Not a cover-up': minister defends port closure after the blast",
                        standfirst, "By Ana Reyes and Joel Cruz",
                        "Published March 12, 2025 9:45 a.m. | Updated March 12, 2025 11:10 p.m.",
                        P1, P2])  # fmt: skip
    article = clean_text_page(text).articles[0]
    assert article.title == "'Not a cover-up': minister defends port closure after the blast"
    assert article.published == "2025-03-12"
    assert article.author == "Ana Reyes and Joel Cruz"
    assert article.text == f"{P1}\n\n{P2}"  # the standfirst sums up the story; no body text


def test_a_question_headline_a_filed_from_byline_and_a_comma_headline(clean_text_page) -> None:
    # a headline put as a question stays in the head; "By X in Seoul" is a byline; a section
    # trail above the byline is no headline; a headline with commas is no tag list
    text = "\n\n".join(["ANALYSIS",
                        "Can the coalition survive the night it lost its majority?",
                        "By Min-ji Kwon in Seoul", "Monday 9 December 2024 · 8 min read",
                        P1, P2])  # fmt: skip
    article = clean_text_page(text).articles[0]
    assert article.title == "Can the coalition survive the night it lost its majority?"
    assert (article.author, article.published) == ("Min-ji Kwon", "2024-12-09")
    text = "\n\n".join(["WORLD | AMERICAS", "By Ana Chen and Diego Mazariegos",
                        "October 10, 2023 7:15 PM UTC | Updated 35 minutes ago",
                        "Farmers block roads, demand price floor, threaten strike",
                        P1, P2])  # fmt: skip
    article = clean_text_page(text).articles[0]
    assert article.title == "Farmers block roads, demand price floor, threaten strike"
    assert article.text == f"{P1}\n\n{P2}"


def test_a_standfirst_under_the_headline_is_dropped(clean_text_page) -> None:
    standfirst = (
        "The president says the government acted on a request from its allies and will respect "
        "any ruling of the courts; the vice-president accuses the government of betraying a "
        "citizen to foreign powers"
    )
    lead = (
        "MANILA - The port minister on Tuesday night rejected the vice-president's charge that "
        "the closure of the harbour was a cover-up, telling a news conference that the "
        "government had only acted on the advice of engineers."
    )
    text = "\n\n".join(["ARCHIPELAGO DAILY", "Nation | World | Business", "Nation > Politics",
                        "'Not a cover-up': minister defends port closure after the blast",
                        standfirst, "By Ana Reyes and Joel Cruz",
                        "Published March 12, 2025 9:45 a.m. | Updated March 12, 2025 11:10 p.m.",
                        "6 min read", "[Photo: The minister speaks to reporters. Photo by Noel Cruz]",
                        lead, P1])  # fmt: skip
    article = clean_text_page(text).articles[0]
    assert article.title == "'Not a cover-up': minister defends port closure after the blast"
    assert article.text.startswith("MANILA - The port minister")
