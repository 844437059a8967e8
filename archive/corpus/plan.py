"""The first pass of the synthetic corpus (see `archive.corpus.generator`): what ties the
reports together, drawn for every report with one random generator. Pure Python, no Django,
no database.

`plan_build` fixes each report's meeting, day, outlet and status, and the wire story it
retells with the earlier reports it shares it with; it is cheap (a few microseconds a
report) and held in compact arrays."""

import random
from array import array
from dataclasses import dataclass, field
from datetime import date, timedelta

from archive.corpus.vocabulary import zipf_cum_weights

FIRST_DAY = date(2011, 1, 1)
LAST_DAY = date(2025, 12, 31)

SHARE_WITH_MEETING = 0.85  # the rest are background coverage on any day
SHARE_SECOND_MEETING = 0.07
SHARE_WIRE_COPY = 0.30  # reports of a meeting that retell one of its wire stories
REPORTS_PER_STORY = 40
STORY_PARAGRAPHS = 5
MEETING_EXPONENT = 0.7  # reports per meeting: the biggest gets about 5% at 1,000,000
OUTLET_EXPONENT = 0.9

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

    def append(self, meeting, meeting2, day, status, told) -> None:
        """One report's entry in every array; `told` is what `Planner.story` returns."""
        outlet, wire, story, role, story_from, story_to, original, previous = told
        self.meeting.append(meeting)
        self.meeting2.append(meeting2)
        self.day.append(day)
        self.outlet.append(outlet)
        self.wire.append(wire)
        self.story.append(story)
        self.role.append(role)
        self.story_from.append(story_from)
        self.story_to.append(story_to)
        self.original.append(original)
        self.previous.append(previous)
        self.status.append(status)


class Planner:
    """The plan's one random generator and what it draws from: the meetings and outlets by
    Zipf rank, the wire stories of each meeting and which reports have told them so far.
    Its draws must stay in this order (when, outlet, story, status) for a seed's plan."""

    def __init__(self, *, reports: int, seed: int, entities: Entities):
        self.rng = random.Random(f"plan:{seed}")
        self.meetings = entities.meetings
        self.meeting_weights = zipf_cum_weights(len(entities.meetings), MEETING_EXPONENT)
        self.outlet_weights = zipf_cum_weights(len(entities.outlets), OUTLET_EXPONENT)
        self.meeting_indexes = range(len(entities.meetings))
        self.outlet_indexes = range(len(entities.outlets))
        self.wires = [index for index, outlet in enumerate(entities.outlets) if outlet["is_wire"]]
        self.span_days = (LAST_DAY - FIRST_DAY).days
        self.stories_plan(reports)

    def stories_plan(self, reports: int) -> None:
        """Each meeting has wire stories in proportion to its expected coverage, each told
        first by a wire drawn here."""
        rng, wires = self.rng, self.wires
        total = self.meeting_weights[-1] if self.meetings else 1
        self.story_base, self.story_wire = [], []
        previous_weight = 0.0
        for weight in self.meeting_weights:
            expected = reports * SHARE_WITH_MEETING * (weight - previous_weight) / total
            previous_weight = weight
            self.story_base.append(len(self.story_wire))
            count = max(1, round(expected * SHARE_WIRE_COPY / REPORTS_PER_STORY))
            self.story_wire.extend(rng.choice(wires) if wires else -1 for _ in range(count))
        base = self.story_base
        self.story_count = [
            (base[i + 1] if i + 1 < len(base) else len(self.story_wire)) - base[i]
            for i in range(len(base))
        ]
        self.first_of_story = [-1] * len(self.story_wire)
        self.last_of_story = [-1] * len(self.story_wire)

    def when(self) -> tuple[int, int, date]:
        """The report's meeting (or -1 for background coverage), a second meeting it also
        covers (or -1), and its day: near the meeting's, or any day of the span."""
        rng, meetings = self.rng, self.meetings
        meeting = meeting2 = -1
        if meetings and rng.random() < SHARE_WITH_MEETING:
            meeting = rng.choices(self.meeting_indexes, cum_weights=self.meeting_weights)[0]
            offset = rng.choices(DAY_OFFSETS, weights=DAY_WEIGHTS)[0]
            day = meetings[meeting]["start"] + timedelta(days=offset)
            day = min(max(day, FIRST_DAY), LAST_DAY)
            if len(meetings) > 1 and rng.random() < SHARE_SECOND_MEETING:
                meeting2 = rng.choices(self.meeting_indexes, cum_weights=self.meeting_weights)[0]
                if meeting2 == meeting:
                    meeting2 = -1
        else:
            day = FIRST_DAY + timedelta(days=rng.randrange(self.span_days + 1))
        return meeting, meeting2, day

    def outlet(self) -> int:
        return self.rng.choices(self.outlet_indexes, cum_weights=self.outlet_weights)[0]

    def story(self, index: int, meeting: int, outlet: int) -> tuple:
        """The wire story report `index` retells, if any, as (outlet, wire, story, role,
        story_from, story_to, original, previous): the first to tell a story is the wire's
        own report (its outlet becomes the wire), the later ones copy some of its paragraphs
        and point at the original and at the previous copy."""
        rng = self.rng
        if not (meeting >= 0 and self.wires and rng.random() < SHARE_WIRE_COPY):
            return outlet, -1, -1, ROLE_NONE, 0, 0, -1, -1
        story = self.story_base[meeting] + rng.randrange(self.story_count[meeting])
        original = self.first_of_story[story]
        previous = self.last_of_story[story]
        self.last_of_story[story] = index
        if original < 0:
            self.first_of_story[story] = index
            return self.story_wire[story], -1, story, ROLE_ORIGINAL, 0, STORY_PARAGRAPHS, -1, -1
        story_from = rng.randrange(STORY_PARAGRAPHS - 1)
        story_to = rng.randint(story_from + 2, STORY_PARAGRAPHS)
        previous = previous if previous != original else -1
        wire = self.story_wire[story]
        wire = wire if outlet != wire else -1
        return outlet, wire, story, ROLE_COPY, story_from, story_to, original, previous

    def status(self) -> int:
        draw = self.rng.random()
        if draw < 0.97:
            return STATUS_PUBLISHED
        return STATUS_DRAFT if draw < 0.99 else STATUS_REJECTED


def plan_build(*, reports: int, seed: int, entities: Entities, first_id: int = 1) -> Plan:
    """What ties the reports together, drawn in one pass with one random generator (see
    `Planner`); the reports' text comes later, from `Writer`."""
    planner = Planner(reports=reports, seed=seed, entities=entities)
    plan = Plan(reports=reports, seed=seed, first_id=first_id)
    for index in range(reports):
        meeting, meeting2, day = planner.when()
        told = planner.story(index, meeting, planner.outlet())
        plan.append(meeting, meeting2, day.toordinal(), planner.status(), told)
    return plan
