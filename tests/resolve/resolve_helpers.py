"""Texts and builders for resolve tests: hand-made articles in our own words."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from newsgraph.model import Article, Claim, CleanedPage, Entity, Event, RawPage, content_hash
from newsgraph.resolve import Resolver
from newsgraph.store.sqlite import Store

SUMMIT_A = (
    "North Korean leader Kim Jong Un met Russian President Vladimir Putin on Wednesday at the "
    "Vostochny cosmodrome in the Amur region, a launch site deep in the Russian far east. The two "
    "men toured the assembly hall for rockets before sitting down for talks that lasted several "
    "hours, with defence ministers and senior generals from both sides at the table. Kim told his "
    "host that his country would support Moscow in what he called a sacred fight to defend its "
    "security, and offered a toast to the friendship of the two nations. Putin said the meeting "
    "would cover military cooperation, the situation on the Korean peninsula and help for the "
    "satellite programme of Pyongyang, which has failed twice this year. Washington has warned "
    "that any arms deal between the two governments would breach United Nations resolutions and "
    "that it would respond with new sanctions. Kim arrived by armoured train after a long journey "
    "across the border and is expected to visit factories in Komsomolsk and the port of "
    "Vladivostok before he returns home at the end of the week."
)

# The same report as syndicated by another site: a few words edited, other chrome around it.
SUMMIT_A_COPY = (
    "Subscribe to our newsletter for the latest world headlines\n"
    "North Korean leader Kim Jong-un met Russian President Vladimir Putin on Wednesday at the "
    "Vostochny space centre in the Amur region, a launch site deep in the Russian far east. The two "
    "men toured the assembly hall for rockets before sitting down for talks that lasted several "
    "hours, with defence ministers and top generals from both sides at the table. Kim told his "
    "host that his country would support Moscow in what he called a sacred fight to defend its "
    "security, and offered a toast to the friendship of the two nations. Putin said the talks "
    "would cover military cooperation, the situation on the Korean peninsula and help for the "
    "satellite programme of Pyongyang, which has failed twice this year. Washington has warned "
    "that any arms deal between the two governments would breach United Nations resolutions and "
    "that it would respond with fresh sanctions. Kim arrived by armoured train after a long trip "
    "across the border and is expected to visit factories in Komsomolsk and the port of "
    "Vladivostok before he returns home at the end of the week.\n"
    "Share this article. Read more: our coverage of Asia. Copyright the Courier."
)

SUMMIT_B = (
    "Vladimir Putin hosted Kim Jong-un at a spaceport in eastern Russia, where the Russian "
    "president hinted that Moscow could help North Korea build satellites. The summit at the "
    "Vostochny launch site came as American officials accused Pyongyang of preparing to sell "
    "artillery ammunition to the Russian army for its war in Ukraine. Speaking to state "
    "television afterwards, Putin said there were prospects for military cooperation but that "
    "Russia respected its international obligations. South Korean officials said they were "
    "watching the visit closely and feared a transfer of missile technology to the North. "
    "Kim invited Putin to visit Pyongyang, and the Kremlin said the invitation had been accepted."
)

FLOOD_A = (
    "Heavy rain flooded villages along the Danube in Bavaria on Saturday, forcing hundreds of "
    "residents to leave their homes as river levels rose above the marks set during the last "
    "great flood. Firefighters used boats to reach farms cut off by the water near Passau, and "
    "the regional government sent soldiers to fill sandbags along the dykes. Rail traffic "
    "between Munich and Regensburg was suspended after a landslide covered the tracks, and "
    "the weather service warned that more rain was expected in the Alps on Sunday evening."
)

FLOOD_B = (
    "The Danube kept rising in Bavaria on Sunday as rescue crews in Passau evacuated more "
    "residents from flooded streets. Soldiers and volunteers stacked sandbags along the river "
    "while the weather service warned of further heavy rain. Regional officials said the flood "
    "had already damaged hundreds of homes and farms, and rail services between Munich and "
    "Regensburg remained suspended because of a landslide."
)


def entity(name: str, etype: str, text: str, aliases: Iterable[str] = ()) -> Entity:
    """An entity with its mention offsets found in the text (name and aliases)."""
    mentions = []
    for surface in {name, *aliases}:
        start = text.find(surface)
        while start >= 0:
            mentions.append((start, start + len(surface)))
            start = text.find(surface, start + 1)
    return Entity(name=name, type=etype, aliases=list(aliases), mentions=sorted(mentions))


def event(
    etype: str,
    actors: list[str],
    targets: list[str],
    text: str,
    trigger: str,
    *,
    date: str | None = None,
    precision: str | None = "day",
    modality: str = "asserted",
) -> Event:
    return Event(
        type=etype,
        mode=None,
        actors=actors,
        targets=targets,
        evidence=text[:80],
        span=(0, 80),
        date=date,
        date_precision=precision if date else None,
        modality=modality,
        trigger=trigger,
    )


def claim(
    subject: str, value: float, unit: str, *, upper: float | None = None, approximate: bool = False
) -> Claim:
    return Claim(
        subject=subject,
        value=value,
        unit=unit,
        evidence=subject,
        span=(0, 10),
        upper=upper,
        approximate=approximate,
    )


class KB:
    """A Store in a temporary directory with a helper to add one-article pages."""

    def __init__(self, path: Path) -> None:
        self.store = Store(path / "kb.sqlite")
        self.resolver = Resolver(self.store)

    def add(
        self,
        source: str,
        text: str,
        *,
        outlet: str | None = None,
        published: str | None = "2023-09-13",
        title: str | None = None,
        site: str | None = None,
        entities: Iterable[Entity] = (),
        events: Iterable[Event] = (),
        claims: Iterable[Claim] = (),
    ) -> str:
        art = Article(
            source=source,
            index=0,
            text=text,
            title=title,
            outlet=outlet,
            published=published,
            entities=list(entities),
            events=list(events),
            claims=list(claims),
        )
        page = RawPage(
            source=source, text=text, kind="text", content_hash=content_hash(source + text)
        )
        ids = self.store.add_page(page, CleanedPage(source=source, articles=[art]), site)
        return ids[0]

    def row(self, sql: str, params: tuple = ()):
        return self.store.conn.execute(sql, params).fetchone()

    def rows(self, sql: str, params: tuple = ()) -> list:
        return self.store.conn.execute(sql, params).fetchall()
