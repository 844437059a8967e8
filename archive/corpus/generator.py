"""The synthetic reports themselves, as plain rows: pure Python, no Django, no database.

Two passes. `plan_build` (`archive.corpus.plan`) walks every report once with one random
generator and fixes what ties reports together (meeting, date, outlet, the wire story a
report retells and the earlier reports it shares it with); it is cheap (a few microseconds
a report) and held in compact arrays. `chunk_rows` then writes the reports of one id range
(title, body, people, quotes, topics, credits, shared passages), each from a generator
seeded by the corpus seed and the report's number, so any chunk can be built in any
process, in any order, and the corpus is the same for a seed."""

import hashlib
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from archive.corpus.keys import WordStems
from archive.corpus.plan import ROLE_COPY, STATUS_NAMES, STORY_PARAGRAPHS, Entities, Plan
from archive.corpus.vocabulary import KEYWORD_NOUNS, Vocabulary, zipf_cum_weights
from archive.ingest.minhash import SCHEME
from archive.ingest.text import content_hash

PERSON_EXPONENT = 1.0
TOPIC_EXPONENT = 0.8

SECTIONS = ["World", "Asia", "Politics", "Defense", "International", "Japan", "", "", "News"]
VERBS = ["met", "held talks", "agreed", "pledged", "discussed", "vowed", "warned", "called"]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip


@dataclass
class Report:
    """One report while `Writer` writes it: what the plan fixed, then what its own random
    generator drew, in order."""

    index: int
    rng: random.Random
    article_id: int
    day: date
    outlet: dict
    meeting: dict | None
    people: list = field(default_factory=list)  # person indexes, in the order drawn
    topics: list = field(default_factory=list)  # topic indexes
    mentions: dict = field(default_factory=dict)  # person index: times named
    body: str = ""
    sentence_stems: list = field(default_factory=list)  # of the body, `WordStems` numbers
    quotes: list = field(default_factory=list)  # (person, said, start of its paragraph)
    title: str = ""
    credits: list = field(default_factory=list)  # reporters' names


def sentence(words: list[str]) -> str:
    text = " ".join(words)
    return text[:1].upper() + text[1:] + "."


def paragraph_text(sentences: list[list[str]]) -> str:
    return " ".join(sentence(words) for words in sentences)


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
        self.story_stems = {}  # story: its paragraphs' sentence stems (`WordStems`)
        self.word_stems = WordStems()

    # -- text ---------------------------------------------------------------------------

    def words(self, rng: random.Random, low: int, high: int) -> list[str]:
        return self.vocabulary.draw(rng, rng.randint(low, high))

    def paragraph(self, rng: random.Random) -> list[list[str]]:
        return [self.words(rng, 8, 24) for _ in range(rng.randint(2, 5))]

    def story_paragraphs(self, story: int) -> list[str]:
        if story not in self.stories:
            rng = random.Random(f"story:{self.plan.seed}:{story}")
            paragraphs = [self.paragraph(rng) for _ in range(STORY_PARAGRAPHS)]
            self.stories[story] = [paragraph_text(para) for para in paragraphs]
            self.story_stems[story] = [
                self.word_stems.paragraph(para, lambda para=para: paragraph_text(para))
                for para in paragraphs
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
        article_meeting, mention, quote, credit, article_topic, shared_passage,
        passage_signature."""
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
                "passage_signature",
            )
        }
        for index in range(start, end):
            self.report_rows(index, rows)
        return rows

    def report_rows(self, index: int, rows: dict) -> None:
        """The rows of report `index`, from its own random generator; its draws must stay in
        this order (cast, paragraphs, body, title and credits, article, links)."""
        report = self.report_start(index)
        self.cast(report)
        self.body_write(report, self.own_paragraphs(report))
        self.title_write(report)
        rows["article"].append(self.article_row(report))
        # The MinHash band keys the services look shared passages up by (no draw): those
        # of `minhash.passage_keys(report.body)`, from the words drawn.
        keys = self.word_stems.keys(report.sentence_stems)
        rows["passage_signature"].append(
            {"article_id": report.article_id, "keys": keys, "scheme": SCHEME}
        )
        self.link_rows(report, rows)
        if self.plan.role[index] == ROLE_COPY:
            self.shared_rows(index, len(report.body), rows)

    def report_start(self, index: int) -> Report:
        plan, entities = self.plan, self.entities
        meeting = plan.meeting[index]
        return Report(
            index=index,
            rng=random.Random(plan.seed * 1_000_003 + index),
            article_id=plan.first_id + index,
            day=date.fromordinal(plan.day[index]),
            outlet=entities.outlets[plan.outlet[index]],
            meeting=entities.meetings[meeting] if meeting >= 0 else None,
        )

    def cast(self, report: Report) -> None:
        """Who is named: the meeting's participants often, anyone else by Zipf rank; and
        the topics."""
        rng, entities, people, topics = report.rng, self.entities, report.people, report.topics
        if report.meeting:
            people.extend(p for p in report.meeting["participants"] if rng.random() < 0.7)
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4))):
            person = rng.choices(range(len(entities.people)), cum_weights=self.person_weights)[0]
            if person not in people:
                people.append(person)
        for _ in range(rng.choice((0, 1, 1, 1, 2, 2, 3))):
            topic = rng.choices(range(len(entities.topics)), cum_weights=self.topic_weights)[0]
            if topic not in topics:
                topics.append(topic)

    def own_paragraphs(self, report: Report) -> list[list[list[str]]]:
        """The report's own paragraphs as lists of sentences (lists of words), with the
        names of its people (counted in `report.mentions`), its topics' keywords and, for a
        meeting, a lead sentence."""
        rng, entities, people = report.rng, self.entities, report.people
        own = [self.paragraph(rng) for _ in range(rng.randint(3, 9))]
        for person in people:
            name = entities.people[person]["name"]
            times = rng.choice((1, 1, 1, 2, 2, 3, 4))
            for number in range(times):
                words = rng.choice(rng.choice(own))
                # The full name first, the surname after, as reports write it.
                label = name if number == 0 else entities.people[person]["surname"]
                words.insert(rng.randrange(len(words) + 1), label)
            report.mentions[person] = times
        for topic in report.topics:
            keyword = rng.choice(entities.topics[topic]["keywords"])
            words = rng.choice(rng.choice(own))
            noun = KEYWORD_NOUNS[min(int(rng.paretovariate(1.2)) - 1, len(KEYWORD_NOUNS) - 1)]
            words.insert(rng.randrange(len(words) + 1), f"{keyword} {noun}")
        if report.meeting and people:
            names = [entities.people[p]["name"] for p in people[:2]]
            lead = [" and ".join(names), rng.choice(VERBS), "in", report.meeting["city"]]
            own[0].insert(0, lead + self.words(rng, 4, 12))
        return own

    def body_write(self, report: Report, own: list) -> None:
        """The body: the wire story's paragraphs first, verbatim, then the report's own,
        with quotes in paragraphs of their own (`report.quotes` holds where they start)."""
        plan, rng, index = self.plan, report.rng, report.index
        word_stems = self.word_stems
        paragraphs, stems = [], []  # the paragraphs' texts and their sentences' stems
        story = plan.story[index]
        if story >= 0:
            story_text = self.story_paragraphs(story)
            told = slice(plan.story_from[index], plan.story_to[index])
            paragraphs.extend(story_text[told])
            stems.extend(self.story_stems[story][told])
        story_length = len(paragraphs)
        for para in own:
            paragraphs.append(paragraph_text(para))
            stems.append(word_stems.paragraph(para, lambda text=paragraphs[-1]: text))

        # Quotes: a paragraph of its own, attributed to someone the report names.
        quoted = []
        for person in report.people[: rng.choice((0, 1, 1, 2, 3))]:
            words = self.words(rng, 10, 28)
            said = sentence(words)[:-1]
            surname = self.entities.people[person]["surname"]
            # After the wire's paragraphs, so the shared passages keep their offsets.
            position = rng.randint(max(1, story_length), len(paragraphs))
            paragraphs.insert(position, f'"{said}," {surname} said.')
            said_stems = word_stems.sentence(words + [surname, "said"], cuts=False)
            if said_stems is None:
                said_stems = word_stems.text(paragraphs[position])
            stems.insert(position, said_stems)
            report.mentions[person] += 1
            quoted.append((person, said, paragraphs[position]))
        report.body = "\n\n".join(paragraphs)
        report.sentence_stems = [found for paragraph in stems for found in paragraph]
        starts, offset = {}, 0
        for text in paragraphs:
            starts[id(text)] = offset
            offset += len(text) + 2
        report.quotes = [(person, said, starts[id(text)]) for person, said, text in quoted]

    def title_write(self, report: Report) -> None:
        """The headline (led by the first person's surname) and the reporters credited."""
        rng, people = report.rng, report.people
        title_words = self.words(rng, 5, 11)
        if people:
            title_words.insert(0, self.entities.people[people[0]]["surname"])
        report.title = sentence(title_words)[:-1]
        report.credits = [
            f"{rng.choice(GIVEN_NAMES)} {rng.choice(FAMILY_NAMES)}"
            for _ in range(rng.choice((0, 1, 1, 1, 2)))
        ]

    def article_row(self, report: Report) -> dict:
        plan, rng, index = self.plan, report.rng, report.index
        article_id, day, outlet = report.article_id, report.day, report.outlet
        meeting, title, body = report.meeting, report.title, report.body
        precision = rng.choices(("day", "month", "inferred"), weights=(95, 2, 3))[0]
        stamp = datetime.combine(day, time(6), tzinfo=UTC) + timedelta(seconds=index % 86_000)
        raw = body.encode("utf-8")
        wire = plan.wire[index]
        return {
            "id": article_id,
            "outlet_id": outlet["id"],
            "original_wire_id": self.entities.outlets[wire]["id"] if wire >= 0 else None,
            "title": title[:500],
            "section": rng.choice(SECTIONS),
            "url": f"https://{outlet['host']}/{day:%Y/%m/%d}/{article_id}-"
            + "-".join(title.lower().split()[:6])[:120],
            "published_on": day,
            "date_precision": precision,
            "dateline": (
                f"{meeting['city'].upper()}, {MONTHS[day.month - 1]} {day.day}" if meeting else ""
            ),
            "byline": ("By " + " and ".join(report.credits)) if report.credits else "",
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

    def link_rows(self, report: Report, rows: dict) -> None:
        """The report's meetings (scored), mentions, quotes, credits and topics."""
        plan, entities, rng = self.plan, self.entities, report.rng
        article_id = report.article_id
        for meeting in (plan.meeting[report.index], plan.meeting2[report.index]):
            if meeting >= 0:
                rows["article_meeting"].append(
                    {
                        "article_id": article_id,
                        "meeting_id": entities.meetings[meeting]["id"],
                        "score": round(rng.uniform(0.4, 1.0), 3),
                        "linked_by": "automatic",
                        "published_on": report.day,  # the triggers are off during the load
                    }
                )
        for person, times in report.mentions.items():
            rows["mention"].append(
                {
                    "article_id": article_id,
                    "person_id": entities.people[person]["id"],
                    "count": times,
                }
            )
        for person, said, paragraph_start in report.quotes:
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
        for position, name in enumerate(report.credits):
            rows["credit"].append(
                {"article_id": article_id, "name": name, "role": "reporter", "position": position}
            )
        for topic in report.topics:
            rows["article_topic"].append(
                {"article_id": article_id, "topic_id": entities.topics[topic]["id"]}
            )

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
