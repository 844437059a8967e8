"""The labels of a record's head (split from header.py): a transcript's section headings
("冒頭発言", "Questions and Answers") and a form's field labels ("日時", "場所", "Venue:"),
alone on a line or with their value."""

from __future__ import annotations

import re

BULLET = re.compile(r"^[-–—•·*]\s*")  # a list item's mark, read past


# The sections of a press conference's record, each language's usual heading: opening
# remarks, announcements, questions and answers.
TRANSCRIPT_SECTION = re.compile(
    r"(?:冒頭(?:発言|挨拶|あいさつ)|発表事項|質疑応答|开场(?:发言|白)|開場(?:發言|白)"
    r"|答记者问|答記者問|问答|問答|모두\s*발언|질의\s*응답"
    r"|(?i:opening (?:remarks|statements?)|questions?[- ]and[- ]answers?(?: session)?|q\s*&\s*a"
    r"|preguntas y respuestas|tanya jawab|domande e risposte))"
)

# A document's own section word under its headline ("Japan-U.S. Foreign Ministerial
# Meeting" / "Summary"): part of the record, never a site's label to drop.
DOCUMENT_SECTION = re.compile(
    r"(?:概要|要旨|개요|요약|摘要|"
    r"(?i:summary|overview|outline|resumen|ringkasan|sintesi))"
)


# A form's field label alone on a line, its value on the next: the record of a press
# conference opens "日時 / 令和5年9月28日(木) / 場所 / 防衛省 / 備考 / …". Label and value are
# the record's own head, kept: never a caption, a site's label or the headline.
_FIELD_NAMES = (
    r"(?:日時|日付|時間|場所|会場|備考|出席者|参加者|件名|일시|일자|시간|장소|비고|참석자"
    r"|时间|日期|地点|地點|备注|備註|(?i:date|time|place|location|venue|participants"
    r"|attendees|notes?|time\s*&\s*date|date\s*&\s*time|fecha|hora|lugar|nota|tanggal|waktu"
    r"|tempat|catatan|luogo))"
)
FIELD_LABEL = re.compile(rf"{_FIELD_NAMES}\s*[:：]?")
# The field and its value on one line: "Place: Conference Room, Ministry of Defense".
_FIELD_LINE = re.compile(rf"{_FIELD_NAMES}\s*[:：]\s*\S.{{0,80}}")


def is_field_label(line: str) -> bool:
    """A form's field label alone on a line ("日時", "場所", "일시", "Venue:")."""
    return FIELD_LABEL.fullmatch(BULLET.sub("", line.strip())) is not None


# Who gave a briefing, as a transcript's record names them under (or over) its headline:
# "Presenter: Secretary of Defense …", "Presenters: … and …", "Briefer: …", the date
# sometimes run on at the end. Names and posts, however many.
_PRESENTER_LINE = re.compile(r"(?i:presenters?|briefers?)\s*[:：]\s*[A-Z].{2,300}")


def is_presenter_line(line: str) -> bool:
    """A transcript's "Presenter: …" line (its speakers, perhaps the date): the record's
    own head, never its headline."""
    return _PRESENTER_LINE.fullmatch(BULLET.sub("", line.strip())) is not None


def is_field_line(line: str) -> bool:
    """A form's field with its value on one line ("Place: Conference Room, Ministry of
    Defense", "場所：防衛省", "Time & Date: 9:32-9:37 A.M., August 24, 2012"), or a
    transcript's presenter line ("Presenter: Secretary of Defense …")."""
    stripped = BULLET.sub("", line.strip())
    return _FIELD_LINE.fullmatch(stripped) is not None or is_presenter_line(stripped)


def is_document_section(line: str) -> bool:
    """A document's section word alone on its line ("Summary", "概要")."""
    return DOCUMENT_SECTION.fullmatch(line.strip()) is not None
