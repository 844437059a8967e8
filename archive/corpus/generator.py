"""The synthetic reports themselves, as plain rows: pure Python, no Django, no database.

Two passes. `plan_build` walks every report once with one random generator and fixes what
ties reports together (meeting, date, outlet, the wire story a report retells and the
earlier reports it shares it with); it is cheap (a few microseconds a report) and held in
compact arrays. `chunk_rows` then writes the reports of one id range (title, body, people,
quotes, topics, credits, shared passages), each from a generator seeded by the corpus
seed and the report's number, so any chunk can be built in any process, in any order, and
the corpus is the same for a seed."""

import hashlib
import random
from array import array
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from archive.corpus.vocabulary import KEYWORD_NOUNS, Vocabulary, zipf_cum_weights
from archive.ingest.text import content_hash

FIRST_DAY = date(2011, 1, 1)
LAST_DAY = date(2025, 12, 31)

SHARE_WITH_MEETING = 0.85  # the rest are background coverage on any day
SHARE_SECOND_MEETING = 0.07
SHARE_WIRE_COPY = 0.30  # reports of a meeting that retell one of its wire stories
REPORTS_PER_STORY = 40
STORY_PARAGRAPHS = 5
MEETING_EXPONENT = 0.7  # reports per meeting: the biggest gets about 5% at 1,000,000
OUTLET_EXPONENT = 0.9
PERSON_EXPONENT = 1.0
TOPIC_EXPONENT = 0.8

STATUS_PUBLISHED, STATUS_DRAFT, STATUS_REJECTED = 0, 1, 2
STATUS_NAMES = ("published", "draft", "rejected")
ROLE_NONE, ROLE_ORIGINAL, ROLE_COPY = 0, 1, 2

# Days from the meeting's first day: most coverage is on the day and the next, a tail
# follows for a month, a little precedes it.
DAY_OFFSETS = list(range(-7, 31))
DAY_WEIGHTS = [
    1
    if offset < -2
    else 6
    if offset < 0
    else 40
    if offset == 0
    else 30
    if offset == 1
    else max(1.0, 14 / offset)
    for offset in DAY_OFFSETS
]

SECTIONS = ["World", "Asia", "Politics", "Defense", "International", "Japan", "", "", "News"]
VERBS = ["met", "held talks", "agreed", "pledged", "discussed", "vowed", "warned", "called"]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip


@dataclass
class Entities:
    """What the reports point at, as plain data, each list in rank order (the first
    meeting gets the most reports, the first person the most mentions)."""

    meetings: list  # dicts: id, slug, start (date), city, participants (person indexes)
    outlets: list  # dicts: id, slug, name, host, language, is_wire
    people: list  # dicts: id, name, surname
    topics: list  # dicts: id, keywords


@dataclass
class Plan:
    reports: int
    seed: int
    first_id: int
    meeting: array = field(default_factory=lambda: array("i"))
    meeting2: array = field(default_factory=lambda: array("i"))
    day: array = field(default_factory=lambda: array("i"))
    outlet: array = field(default_factory=lambda: array("i"))
    wire: array = field(default_factory=lambda: array("i"))
    story: array = field(default_factory=lambda: array("i"))
    role: array = field(default_factory=lambda: array("b"))
    story_from: array = field(default_factory=lambda: array("b"))
    story_to: array = field(default_factory=lambda: array("b"))
    original: array = field(default_factory=lambda: array("i"))  # report index or -1
    previous: array = field(default_factory=lambda: array("i"))  # previous copy or -1
    status: array = field(default_factory=lambda: array("b"))


def plan_build(*, reports: int, seed: int, entities: Entities, first_id: int = 1) -> Plan:
    rng = random.Random(f"plan:{seed}")
    plan = Plan(reports=reports, seed=seed, first_id=first_id)
    meetings, outlets = entities.meetings, entities.outlets
    meeting_weights = zipf_cum_weights(len(meetings), MEETING_EXPONENT)
    outlet_weights = zipf_cum_weights(len(outlets), OUTLET_EXPONENT)
    meeting_indexes = range(len(meetings))
    outlet_indexes = range(len(outlets))
    wires = [index for index, outlet in enumerate(outlets) if outlet["is_wire"]]

    # Each meeting has wire stories in proportion to its expected coverage.
    total = meeting_weights[-1] if meetings else 1
    story_base, story_wire = [], []
    previous_weight = 0.0
    for weight in meeting_weights:
        expected = reports * SHARE_WITH_MEETING * (weight - previous_weight) / total
        previous_weight = weight
        story_base.append(len(story_wire))
        count = max(1, round(expected * SHARE_WIRE_COPY / REPORTS_PER_STORY))
        story_wire.extend(rng.choice(wires) if wires else -1 for _ in range(count))
    story_count = [
        (story_base[i + 1] if i + 1 < len(story_base) else len(story_wire)) - story_base[i]
        for i in range(len(story_base))
    ]
    first_of_story = [-1] * len(story_wire)
    last_of_story = [-1] * len(story_wire)
    span_days = (LAST_DAY - FIRST_DAY).days

    for index in range(reports):
        meeting = meeting2 = story = original = previous = wire = -1
        role, story_from, story_to = ROLE_NONE, 0, 0
        if meetings and rng.random() < SHARE_WITH_MEETING:
            meeting = rng.choices(meeting_indexes, cum_weights=meeting_weights)[0]
            offset = rng.choices(DAY_OFFSETS, weights=DAY_WEIGHTS)[0]
            day = meetings[meeting]["start"] + timedelta(days=offset)
            day = min(max(day, FIRST_DAY), LAST_DAY)
            if len(meetings) > 1 and rng.random() < SHARE_SECOND_MEETING:
                meeting2 = rng.choices(meeting_indexes, cum_weights=meeting_weights)[0]
                if meeting2 == meeting:
                    meeting2 = -1
        else:
            day = FIRST_DAY + timedelta(days=rng.randrange(span_days + 1))
        outlet = rng.choices(outlet_indexes, cum_weights=outlet_weights)[0]
        if meeting >= 0 and wires and rng.random() < SHARE_WIRE_COPY:
            story = story_base[meeting] + rng.randrange(story_count[meeting])
            if first_of_story[story] < 0:
                role, story_from, story_to = ROLE_ORIGINAL, 0, STORY_PARAGRAPHS
                first_of_story[story] = index
                outlet = story_wire[story]
            else:
                role = ROLE_COPY
                story_from = rng.randrange(STORY_PARAGRAPHS - 1)
                story_to = rng.randint(story_from + 2, STORY_PARAGRAPHS)
                original = first_of_story[story]
                if last_of_story[story] != original:
                    previous = last_of_story[story]
                wire = story_wire[story]
                if outlet == wire:
                    wire = -1
            last_of_story[story] = index
        draw = rng.random()
        status = (
            STATUS_PUBLISHED if draw < 0.97 else STATUS_DRAFT if draw < 0.99 else STATUS_REJECTED
        )
        plan.meeting.append(meeting)
        plan.meeting2.append(meeting2)
        plan.day.append(day.toordinal())
        plan.outlet.append(outlet)
        plan.wire.append(wire)
        plan.story.append(story)
        plan.role.append(role)
        plan.story_from.append(story_from)
        plan.story_to.append(story_to)
        plan.original.append(original)
        plan.previous.append(previous)
        plan.status.append(status)
    return plan


def sentence(words: list[str]) -> str:
    text = " ".join(words)
    return text[:1].upper() + text[1:] + "."


class Writer:
    """Builds the rows of one chunk of reports. Holds the vocabulary and a cache of wire
    stories; one per process."""

    def __init__(self, plan: Plan, entities: Entities):
        self.plan = plan
        self.entities = entities
        self.vocabulary = Vocabulary(plan.seed)
        self.person_weights = zipf_cum_weights(len(entities.people), PERSON_EXPONENT)
        self.topic_weights = zipf_cum_weights(len(entities.topics), TOPIC_EXPONENT)
        self.stories = {}

    # -- text ---------------------------------------------------------------------------

    def words(self, rng: random.Random, low: int, high: int) -> list[str]:
        return self.vocabulary.draw(rng, rng.randint(low, high))

    def paragraph(self, rng: random.Random) -> list[list[str]]:
        return [self.words(rng, 8, 24) for _ in range(rng.randint(2, 5))]

    def story_paragraphs(self, story: int) -> list[str]:
        if story not in self.stories:
            rng = random.Random(f"story:{self.plan.seed}:{story}")
            self.stories[story] = [
                " ".join(sentence(words) for words in self.paragraph(rng))
                for _ in range(STORY_PARAGRAPHS)
            ]
        return self.stories[story]

    def story_offset(self, story: int, start: int, paragraph: int) -> int:
        """Where paragraph `paragraph` of a story starts in a report whose body opens with
        the story's paragraphs from `start`."""
        paragraphs = self.story_paragraphs(story)
        return sum(len(text) + 2 for text in paragraphs[start:paragraph])

    # -- rows ---------------------------------------------------------------------------

    def chunk_rows(self, start: int, end: int) -> dict[str, list[dict]]:
        """Rows of reports start..end-1 (indexes into the plan), by table: article,
        article_meeting, mention, quote, credit, article_topic, shared_passage."""
        rows = {
            name: []
            for name in (
                "article",
                "article_meeting",
                "mention",
                "quote",
                "credit",
                "article_topic",
                "shared_passage",
            )
        }
        for index in range(start, end):
            self.report_rows(index, rows)
        return rows

    def report_rows(self, index: int, rows: dict) -> None:
        plan, entities = self.plan, self.entities
        rng = random.Random(plan.seed * 1_000_003 + index)
        article_id = plan.first_id + index
        day = date.fromordinal(plan.day[index])
        outlet = entities.outlets[plan.outlet[index]]
        meeting_index = plan.meeting[index]
        meeting = entities.meetings[meeting_index] if meeting_index >= 0 else None

        # Who is named: the meeting's participants often, anyone else by Zipf rank.
        people = []
        if meeting:
            people.extend(p for p in meeting["participants"] if rng.random() < 0.7)
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4))):
            person = rng.choices(range(len(entities.people)), cum_weights=self.person_weights)[0]
            if person not in people:
                people.append(person)
        topics = []
        for _ in range(rng.choice((0, 1, 1, 1, 2, 2, 3))):
            topic = rng.choices(range(len(entities.topics)), cum_weights=self.topic_weights)[0]
            if topic not in topics:
                topics.append(topic)

        # Own paragraphs as lists of sentences (lists of words) until names are placed.
        own = [self.paragraph(rng) for _ in range(rng.randint(3, 9))]
        mentions = {}
        for person in people:
            name = entities.people[person]["name"]
            times = rng.choice((1, 1, 1, 2, 2, 3, 4))
            for number in range(times):
                words = rng.choice(rng.choice(own))
                # The full name first, the surname after, as reports write it.
                label = name if number == 0 else entities.people[person]["surname"]
                words.insert(rng.randrange(len(words) + 1), label)
            mentions[person] = times
        for topic in topics:
            keyword = rng.choice(entities.topics[topic]["keywords"])
            words = rng.choice(rng.choice(own))
            noun = KEYWORD_NOUNS[min(int(rng.paretovariate(1.2)) - 1, len(KEYWORD_NOUNS) - 1)]
            words.insert(rng.randrange(len(words) + 1), f"{keyword} {noun}")
        if meeting and people:
            names = [entities.people[p]["name"] for p in people[:2]]
            lead = [" and ".join(names), rng.choice(VERBS), "in", meeting["city"]]
            own[0].insert(0, lead + self.words(rng, 4, 12))

        paragraphs = []  # the wire story's paragraphs first, verbatim, then the report's own
        story = plan.story[index]
        if story >= 0:
            story_text = self.story_paragraphs(story)
            paragraphs.extend(story_text[plan.story_from[index] : plan.story_to[index]])
        story_length = len(paragraphs)
        paragraphs.extend(" ".join(sentence(words) for words in para) for para in own)

        # Quotes: a paragraph of its own, attributed to someone the report names.
        quoted = []
        for person in people[: rng.choice((0, 1, 1, 2, 3))]:
            said = sentence(self.words(rng, 10, 28))[:-1]
            surname = entities.people[person]["surname"]
            # After the wire's paragraphs, so the shared passages keep their offsets.
            position = rng.randint(max(1, story_length), len(paragraphs))
            paragraphs.insert(position, f'"{said}," {surname} said.')
            mentions[person] += 1
            quoted.append((person, said, paragraphs[position]))
        body = "\n\n".join(paragraphs)
        starts, offset = {}, 0
        for text in paragraphs:
            starts[id(text)] = offset
            offset += len(text) + 2
        quotes = [(person, said, starts[id(text)]) for person, said, text in quoted]
        raw = body.encode("utf-8")
        headline_person = entities.people[people[0]]["surname"] if people else ""
        title_words = self.words(rng, 5, 11)
        if people:
            title_words.insert(0, headline_person)
        title = sentence(title_words)[:-1]
        credit_names = [
            f"{rng.choice(GIVEN_NAMES)} {rng.choice(FAMILY_NAMES)}"
            for _ in range(rng.choice((0, 1, 1, 1, 2)))
        ]
        precision = rng.choices(("day", "month", "inferred"), weights=(95, 2, 3))[0]
        stamp = datetime.combine(day, time(6), tzinfo=UTC) + timedelta(seconds=index % 86_000)
        rows["article"].append(
            {
                "id": article_id,
                "outlet_id": outlet["id"],
                "original_wire_id": (
                    entities.outlets[plan.wire[index]]["id"] if plan.wire[index] >= 0 else None
                ),
                "title": title[:500],
                "section": rng.choice(SECTIONS),
                "url": f"https://{outlet['host']}/{day:%Y/%m/%d}/{article_id}-"
                + "-".join(title.lower().split()[:6])[:120],
                "published_on": day,
                "date_precision": precision,
                "dateline": (
                    f"{meeting['city'].upper()}, {MONTHS[day.month - 1]} {day.day}"
                    if meeting
                    else ""
                ),
                "byline": ("By " + " and ".join(credit_names)) if credit_names else "",
                "language": outlet["language"],
                "body": body,
                "raw": raw,
                "raw_sha256": hashlib.sha256(raw).hexdigest(),
                "raw_encoding": "utf-8",
                "source_name": f"{outlet['slug']}-{article_id}.txt",
                "content_hash": content_hash(body),
                "status": STATUS_NAMES[plan.status[index]],
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
        for meeting_slot in (meeting_index, plan.meeting2[index]):
            if meeting_slot >= 0:
                rows["article_meeting"].append(
                    {
                        "article_id": article_id,
                        "meeting_id": entities.meetings[meeting_slot]["id"],
                        "score": round(rng.uniform(0.4, 1.0), 3),
                        "linked_by": "automatic",
                    }
                )
        for person, times in mentions.items():
            rows["mention"].append(
                {
                    "article_id": article_id,
                    "person_id": entities.people[person]["id"],
                    "count": times,
                }
            )
        for person, said, paragraph_start in quotes:
            start = paragraph_start + 1
            rows["quote"].append(
                {
                    "article_id": article_id,
                    "speaker_id": entities.people[person]["id"],
                    "text": said,
                    "start": start,
                    "end": start + len(said),
                    "form": "said",
                }
            )
        for position, name in enumerate(credit_names):
            rows["credit"].append(
                {"article_id": article_id, "name": name, "role": "reporter", "position": position}
            )
        for topic in topics:
            rows["article_topic"].append(
                {"article_id": article_id, "topic_id": entities.topics[topic]["id"]}
            )
        if plan.role[index] == ROLE_COPY:
            self.shared_rows(index, len(body), rows)

    def shared_rows(self, index: int, length: int, rows: dict) -> None:
        """The pairs a wire copy makes: with the wire's own report and with the previous
        copy of the same story, each with the paragraphs they share (verbatim)."""
        plan = self.plan
        story = plan.story[index]
        paragraphs = self.story_paragraphs(story)
        own_from, own_to = plan.story_from[index], plan.story_to[index]
        for partner in (plan.original[index], plan.previous[index]):
            if partner < 0:
                continue
            start = max(own_from, plan.story_from[partner])
            stop = min(own_to, plan.story_to[partner])
            if stop <= start:
                continue
            text = "\n\n".join(paragraphs[start:stop])
            partner_start = self.story_offset(story, plan.story_from[partner], start)
            own_start = self.story_offset(story, own_from, start)
            rows["shared_passage"].append(
                {
                    "first_id": plan.first_id + partner,
                    "second_id": plan.first_id + index,
                    # Share of this report; the loader recomputes it against the shorter.
                    "score": round(min(1.0, len(text) / length), 3),
                    "passages": [
                        {
                            "a_start": partner_start,
                            "a_end": partner_start + len(text),
                            "a_text": text,
                            "b_start": own_start,
                            "b_end": own_start + len(text),
                            "b_text": text,
                            "similarity": 1.0,
                        }
                    ],
                }
            )


GIVEN_NAMES = (
    "James Mary Hiroshi Yuki Kenji Akiko David Sarah Takashi Emi Michael Laura Daisuke Naoko "
    "Carlos Ana Wei Min-jun Ji-woo Olivia Pierre Claire Hans Anna Ivan Olga Ahmed Fatima Raj "
    "Priya Nguyen Linh Somchai Mei Tomasz Ewa Lucas Sofia Ali Leila"
).split()
FAMILY_NAMES = (
    "Smith Johnson Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Brown "
    "Garcia Martinez Lee Kim Park Choi Wang Li Zhang Chen Dubois Martin Muller Schmidt Rossi "
    "Ivanov Petrova Haddad Khan Sharma Patel Tran Pham Wongsakul Kowalski Nowak Silva Santos "
    "Yilmaz Hoang Sato Kato Yoshida Yamada Sasaki Matsumoto Inoue Kimura Hayashi Shimizu"
).split()
