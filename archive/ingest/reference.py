"""What the database knows, as plain frozen data, and the lookup indexes built from it.

The pipeline never imports Django: `archive/services.py` reads the database once and hands
a `Reference` in. Building regexes for hundreds of aliases is the costly part, so it is
done once per `Reference` (see `Reference.index`) and reused for every report of a batch.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from archive.ingest import prefilter
from archive.ingest.boilerplate import compile_patterns
from archive.ingest.cjk import CJK_TITLES
from archive.ingest.cjk_family_names import family_names

POSTS = ("foreign", "defense", "head_of_government", "head_of_state", "other")
NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
# The middle dots between given name and surname of a Western name written in kana or
# hanzi ("アントニー・ブリンケン", "安东尼·布林肯").
_NAME_DOTS = "・·•‧"


# A word of capitals as people._CAPITALS reads one ("ISHIBA", "ABE-ISHIBA").
_CAPITALS = re.compile(r"[A-Z]{3,}(?:-[A-Z]{2,})?")


@dataclass(frozen=True)
class KnownOffice:
    title: str
    post: str
    country: str
    start: date | None = None
    end: date | None = None

    def held_on(self, day: date) -> bool:
        """True if the office was held on `day`; an unknown start or end is taken as open."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class KnownPerson:
    slug: str
    name: str
    country: str = ""
    aliases: tuple[str, ...] = ()
    offices: tuple[KnownOffice, ...] = ()

    def offices_on(self, day: date) -> tuple[KnownOffice, ...]:
        return tuple(office for office in self.offices if office.held_on(day))


@dataclass(frozen=True)
class KnownOutlet:
    slug: str
    name: str
    kind: str = "site"  # "wire", "site", "newspaper", "broadcaster", ...
    language: str = "en"
    aliases: tuple[str, ...] = ()
    boilerplate: tuple[str, ...] = ()


@dataclass(frozen=True)
class KnownMeeting:
    """A meeting as the matcher sees it. `kind` and `format` are the model's choice values
    ("" when unknown: then neither is weighed); `participant_posts` pairs each participant
    with (country, post) held that day; `first_local` is the earlier date the meeting fell
    on in another host's time zone."""

    slug: str
    title: str
    start: date
    end: date
    city: str = ""
    participant_slugs: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    kind: str = ""
    format: str = ""
    series: str = ""
    country: str = ""
    other_countries: tuple[str, ...] = ()
    participant_posts: tuple[tuple[str, str, str], ...] = ()  # (slug, country, post)
    first_local: date | None = None


@dataclass(frozen=True)
class KnownTopic:
    slug: str
    name: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reference:
    people: tuple[KnownPerson, ...] = ()
    outlets: tuple[KnownOutlet, ...] = ()
    meetings: tuple[KnownMeeting, ...] = ()
    topics: tuple[KnownTopic, ...] = ()
    boilerplate: tuple[str, ...] = ()  # global curator patterns, one full line each

    @cached_property
    def index(self) -> ReferenceIndex:
        """The lookup indexes, built on first use and kept with this Reference."""
        return ReferenceIndex(self)


def build_index(reference: Reference) -> ReferenceIndex:
    """The indexes for `reference` (cached: calling it twice builds once)."""
    return reference.index


# Korean and Chinese names are printed family name first ("Park Jin", "Yoon Suk Yeol",
# "Wang Yi"): "Foreign Minister Park" is Park Jin.
FAMILY_NAME_FIRST = frozenset({"South Korea", "North Korea", "China", "Taiwan"})


def _surname(person: KnownPerson) -> str:
    """The family name of a canonical name: its last word (a generational suffix not
    counted, "Lloyd J. Austin III"), or its first in a country that prints it first."""
    words = [w for w in person.name.split() if w.rstrip(".,") not in NAME_SUFFIXES]
    if len(words) >= 2 and person.country in FAMILY_NAME_FIRST:
        return words[0]
    return words[-1] if words else ""


def slugify(value: str) -> str:
    """Django's `slugify`, re-done here so the pipeline needs no Django.

    Same steps: NFKD, drop non-ASCII, lowercase, keep word characters, spaces and
    hyphens, then collapse runs of spaces/hyphens into one hyphen.
    """
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value.lower())
    return re.sub(r"[-\s]+", "-", value).strip("-_")


def _has_cjk(text: str) -> bool:
    return any(
        "\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af"
        for char in text
    )


def alternation(
    forms: list[str] | set[str], *, word_bounded: bool = True, flags: int = 0
) -> re.Pattern | None:
    """One regex matching any of `forms`, longest first so "Fumio Kishida" beats "Kishi".

    Latin forms are bounded by non-word characters; CJK forms are not, since Japanese
    text has no spaces between words.
    """
    if not forms:
        return None
    ordered = sorted(set(forms), key=lambda form: (-len(form), form))
    bounded = [re.escape(form) for form in ordered if not _has_cjk(form)]
    unbounded = [re.escape(form) for form in ordered if _has_cjk(form)]
    parts = []
    if bounded:
        body = "|".join(bounded)
        parts.append(rf"(?<![\w-])(?:{body})(?![\w-])" if word_bounded else f"(?:{body})")
    if unbounded:
        parts.append("(?:" + "|".join(unbounded) + ")")
    return re.compile("|".join(parts), flags)


_HANGUL_WORD = re.compile("[\uac00-\ud7a3]{1,5}")


class ReferenceIndex:
    """Lookups over one Reference, built once. Everything here is read-only after __init__."""

    def __init__(self, reference: Reference):
        self.reference = reference
        self.problems: list[str] = []  # curator data the pipeline had to ignore
        self.people = {person.slug: person for person in reference.people}
        self.outlets = {outlet.slug: outlet for outlet in reference.outlets}
        self.meetings = {meeting.slug: meeting for meeting in reference.meetings}
        self._index_people(reference.people)
        self._index_outlets(reference.outlets)
        # Each regex's words too, so that prefilter.finditer tries it only where one is,
        # all of them found in one pass over the folded body (prefilter.Needles).
        topic_forms = {topic.slug: (topic.name, *topic.keywords) for topic in reference.topics}
        meeting_forms = {
            meeting.slug: (*meeting.keywords, *([meeting.city] if meeting.city else []))
            for meeting in reference.meetings
        }
        words = [*topic_forms.values(), *meeting_forms.values()]
        self.keyword_needles = prefilter.Needles(
            prefilter.fold(form) for forms in words for form in forms if prefilter.foldable(form)
        )
        self.topic_forms = {
            slug: prefilter.Forms(forms, self.keyword_needles)
            for slug, forms in topic_forms.items()
        }
        self.topic_patterns = {
            slug: alternation(list(forms), flags=re.IGNORECASE)
            for slug, forms in self.topic_forms.items()
        }
        self.meeting_keyword_forms = {
            slug: prefilter.Forms(forms, self.keyword_needles)
            for slug, forms in meeting_forms.items()
        }
        self.meeting_keywords = {
            slug: alternation(list(forms), flags=re.IGNORECASE)
            for slug, forms in self.meeting_keyword_forms.items()
        }
        # How many meetings share each keyword: a keyword true of one meeting says more.
        self.meetings_with_keyword: dict[str, int] = {}
        for meeting in reference.meetings:
            words = {word.casefold() for word in (*meeting.keywords, meeting.city) if word}
            for word in words:
                self.meetings_with_keyword[word] = self.meetings_with_keyword.get(word, 0) + 1
        self.global_boilerplate = tuple(
            compile_patterns(reference.boilerplate, "curator pattern", self.problems)
        )
        # roles.holders' answers, by (country, post, day): the index is read-only, so an
        # answer stays true for every report parsed with it.
        self.holders_memo: dict[tuple[str, str, date], tuple[str, ...]] = {}

    def _index_people(self, people: tuple[KnownPerson, ...]) -> None:
        # form as printed -> slug; a form claimed by two people is ambiguous and left out.
        self.person_by_form: dict[str, str] = {}
        claimed: dict[str, set[str]] = {}
        for person in people:
            for form in (person.name, *person.aliases):
                claimed.setdefault(form.strip(), set()).add(person.slug)
        for form, slugs in claimed.items():
            if form and len(slugs) == 1:
                self.person_by_form[form] = next(iter(slugs))
        self._index_cjk_surnames(people)
        # The surname (`_surname`): the last word of a given-name-first name.
        self.people_by_surname: dict[str, list[str]] = {}
        for person in people:
            surname = _surname(person)
            if len(surname) > 2:
                self.people_by_surname.setdefault(surname, []).append(person.slug)
        # The surnames as printed in capitals ("Prime Minister ISHIBA": a word of capitals
        # whose title case is a surname is its upper case), for people.py.
        self.capital_surnames = tuple(
            sorted({s.upper() for s in self.people_by_surname if _CAPITALS.fullmatch(s.upper())})
        )
        # For prefilter.finditer_exact: the names and the surnames (in capitals too), all
        # of them found in one pass over the body.
        names = prefilter.Needles(
            [*self.person_by_form, *self.people_by_surname, *self.capital_surnames]
        )
        self.person_forms = prefilter.Forms(self.person_by_form, names)
        self.person_pattern = alternation(list(self.person_forms))
        self.surname_forms = prefilter.Forms(self.people_by_surname, names)
        self.surname_pattern = alternation(list(self.surname_forms))
        # Multi-word Latin forms for the one-letter-off misspelling check, bucketed by
        # word count and initials so each candidate is compared with a handful, not all.
        self.fuzzy_buckets: dict[tuple[int, tuple[str, ...]], list[tuple[str, str]]] = {}
        for form, slug in self.person_by_form.items():
            words = form.split()
            if len(words) >= 2 and not _has_cjk(form):
                key = (len(words), tuple(word[0] for word in words))
                self.fuzzy_buckets.setdefault(key, []).append((form, slug))
        # The word count and the first and last initials of every bucket: a screen read
        # with string indexing, before a run's initials are put together (40,000 runs in
        # 5 MB of English, few of which share them with a known name).
        self.fuzzy_ends = frozenset(
            (count, initials[0], initials[-1]) for count, initials in self.fuzzy_buckets
        )

    def _index_cjk_surnames(self, people: tuple[KnownPerson, ...]) -> None:
        """Take CJK surname-only aliases out of the plain forms; add capitalised surnames.

        A CJK alias that is part of a longer CJK alias of the same person is a surname:
        - at its beginning ("林" of "林芳正", "岸田" of "岸田文雄", "하야시" of "하야시
          요시마사"), or one character long, it is an East Asian family name: short and
          often a common word ("林" is a forest), so it counts only followed by a title
          (cjk.CJK_TITLES): "林外務大臣", "岸田総理", "하야시 외무상";
        - at its end ("ブリンケン" of "アントニー・ブリンケン", "블링컨" of "토니 블링컨"),
          it is a Western surname, which counts next to a title on either side
          ("ブリンケン国務長官", "美国国务卿布林肯") or once the full name has appeared.
        An alias that is part of no longer one ("布林肯" where that is all the reference
        holds in Chinese), or a given name before a middle dot ("希拉里" of "希拉里·克林顿"),
        matches on its own like any other form. Matching is in
        people.find_people.

        Japanese sources in English print the surname first in capitals ("HAYASHI
        Yoshimasa"): that form of every two-part name is added (case-sensitive).
        """
        self.cjk_family_names: dict[str, str] = {}
        self.cjk_western_surnames: dict[str, str] = {}
        for person in people:
            forms = [form.strip() for form in (person.name, *person.aliases) if _has_cjk(form)]
            for form in forms:
                if self.person_by_form.get(form) != person.slug:
                    continue  # ambiguous (two people claim it), already left out
                longer = [other for other in forms if len(other) > len(form) and form in other]
                if len(form) == 1 or any(
                    other.startswith(form) and other[len(form)] not in _NAME_DOTS
                    for other in longer
                ):
                    self.cjk_family_names[form] = person.slug
                elif any(other.endswith(form) for other in longer):
                    self.cjk_western_surnames[form] = person.slug
                else:
                    continue
                del self.person_by_form[form]
            words = [w for w in person.name.split() if w.rstrip(".,") not in NAME_SUFFIXES]
            if len(words) >= 2 and not _has_cjk(person.name) and words[-1].isalpha():
                capitalised = f"{words[-1].upper()} {words[0]}"
                self.person_by_form.setdefault(capitalised, person.slug)
            if person.country == "Japan":
                self._add_given_name_first(person, forms)
        titles = "|".join(re.escape(title) for title in CJK_TITLES)
        # A country may come between: "シャナハン米国防長官代行", "블링컨 미 국무장관",
        # "박진 한국 외교부 장관", "ハワード豪首相", "ラブロフ露外相" (Japan's press writes other
        # states too by one character), and a ministry or agency before the title: "블링컨 미
        # 국무부 장관", "大野防衛庁長官".
        self.cjk_title_after = re.compile(
            rf"[^\S\n]?(?:(?:米|美|日|米国|美国|美國|日本|미|미국|일본|한국|韓国|韩国|韓國|豪|豪州|澳|澳大利亚"
            rf"|호주|中国|中國|중국|露|ロシア|러시아|俄|俄罗斯|英|英国|영국|印|インド|인도|比|フィリピン"
            rf"|필리핀|菲律宾)[^\S\n]?)?"
            rf"(?:(?:국무부|국방부|외무성|방위성|외교부|防衛庁)[^\S\n]?)?(?:{titles})"
        )
        self.cjk_title_before = re.compile(rf"(?:{titles})[^\S\n]?$")
        self._index_titled_names(people)
        self.cjk_surname_pattern = alternation(
            [*self.cjk_family_names, *self.cjk_western_surnames, *self.cjk_titled_names]
        )

    def _add_given_name_first(self, person: KnownPerson, forms: list[str]) -> None:
        """A Japanese name in hangul, family name first ("기시다 후미오"), also in the
        Western order some Korean reports print it ("후미오 기시다"), where no one else's
        name is so written."""
        for form in forms:
            words = form.split()
            if len(words) == 2 and all(_HANGUL_WORD.fullmatch(word) for word in words):
                self.person_by_form.setdefault(f"{words[1]} {words[0]}", person.slug)

    def _index_titled_names(self, people: tuple[KnownPerson, ...]) -> None:
        """The family names read only before a title that narrows their bearers to one
        (cjk_family_names.py): form -> (bearers, the owner of the listed family name it
        was, whether it is a full name). A listed family
        name another person bears too ("林": Yoshimasa Hayashi, Lin Jian; "小泉": Shinjiro
        and Junichiro Koizumi) or one two people list ("菅") moves here; a form someone
        holds as a full name does not."""
        bearers: dict[str, set[str]] = {}
        full_names: set[str] = set()
        for person in people:
            forms = [form.strip() for form in (person.name, *person.aliases) if _has_cjk(form)]
            listed = {
                form
                for form in forms
                if any(
                    other.startswith(form) and other[len(form)] not in _NAME_DOTS
                    for other in forms
                    if len(other) > len(form)
                )
            }  # the family names it lists ("菅" of "菅直人")
            families, full = family_names(person.country, forms)
            for form in (listed or families) | full:
                bearers.setdefault(form, set()).add(person.slug)
            full_names |= full
        self.cjk_titled_names: dict[str, tuple[tuple[str, ...], str | None, bool]] = {}
        for form, slugs in bearers.items():
            owner = self.cjk_family_names.get(form)
            if form in self.person_by_form or form in self.cjk_western_surnames:
                continue  # a full name (of one person) or a Western surname: read as such
            if owner is not None and slugs == {owner}:
                continue  # a listed family name no one else bears: read as before
            self.cjk_titled_names[form] = (tuple(sorted(slugs)), owner, form in full_names)
            self.cjk_family_names.pop(form, None)

    def _index_outlets(self, outlets: tuple[KnownOutlet, ...]) -> None:
        self.outlet_by_alias: dict[str, str] = {}
        self.outlet_by_domain: dict[str, str] = {}
        for outlet in outlets:
            for alias in (outlet.name, outlet.slug, *outlet.aliases):
                alias = alias.strip()
                if not alias:
                    continue
                if re.fullmatch(r"[\w-]+(\.[\w-]+)+", alias) and not alias.isupper():
                    self.outlet_by_domain[alias.casefold().removeprefix("www.")] = outlet.slug
                self.outlet_by_alias.setdefault(alias.casefold(), outlet.slug)
        # Read for every report (a capitalised run holding one is no person's name; a
        # closing sign-off names a wire): kept here, not rebuilt from thousands of outlets.
        self.outlet_words = frozenset(
            word for alias in self.outlet_by_alias for word in alias.split()
        )
        self.wire_signoffs = tuple(
            (outlet.slug, alias, re.compile(rf"[.!?”\"]\s+{re.escape(alias)}\s*$"))
            for outlet in self.outlets.values()
            if outlet.kind == "wire"
            for alias in (outlet.name, *outlet.aliases)
        )
        self.wire_alias_most = max(
            (sum(1 for char in alias if not char.isspace()) for _, alias, _ in self.wire_signoffs),
            default=0,
        )
        # (reason, compiled pattern) per outlet that has any: an archive of thousands of
        # outlets with a few patterns among them must not walk every outlet for each line
        # of each report. Broken curator regexes go to `problems`.
        self.outlet_boilerplate = {
            outlet.slug: patterns
            for outlet in outlets
            if (
                patterns := tuple(
                    compile_patterns(outlet.boilerplate, f"{outlet.name} pattern", self.problems)
                )
            )
        }

    def outlet_for(self, name: str) -> str | None:
        """The slug of the outlet called `name` (a name, alias, domain or URL), or None."""
        key = name.strip().casefold()
        if not key:
            return None
        if key in self.outlet_by_alias:
            return self.outlet_by_alias[key]
        host = re.sub(r"^[a-z]+://", "", key).split("/")[0].split(":")[0].removeprefix("www.")
        # Match the host or any parent domain: "news.example.com" -> "example.com".
        parts = host.split(".")
        for i in range(len(parts) - 1):
            domain = ".".join(parts[i:])
            if domain in self.outlet_by_domain:
                return self.outlet_by_domain[domain]
        return None
