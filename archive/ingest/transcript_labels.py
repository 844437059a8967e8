"""The shapes of a transcript turn's label, and the words in one (see transcripts.py, which
reads the turns with them): a label in capitals ("SECRETARY BLINKEN:", TURN), an honorific
and a name in mixed case ("Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs:",
MIXED_TURN), a CJK name ending in a title or a role ("林外務大臣：", CJK_TURN), a label in
brackets ("【林外務大臣】", BRACKET_TURN), an interpreter's note (NOTE), a speech heading
(HEADING, SPEECH_WORDS), the first sentence of a turn (FIRST_SENTENCE), the labels of
nobody in particular (ANONYMOUS), the titles that make a label a speaker's (TITLES), a
CJK or Latin bare title's English words (TITLE_WORDS), and what a CJK label's words must
not be (`cjk_words`: a roster's name, a caption, the report's own narration).
"""

from __future__ import annotations

import re

from archive.ingest.cjk import CJK_TITLES, HAN, HANGUL, KANA

# A word of capitals, accented ones too ("INTÉRPRETE"); a surname's prefix stays in lower
# case, as the State Department printed it ("MR. McCORMACK:", "MR. DiRITA:").
_WORD = r"[A-ZÀ-ÖØ-Þ](?:[a-z]{1,2}(?=[A-Z]))?[A-ZÀ-ÖØ-Þ.'’-]*"
TURN = re.compile(
    # The label may be in brackets: "(UNKNOWN) (THROUGH TRANSLATOR): …" (defense.gov).
    rf"^(?P<bracket>\()?(?P<label>{_WORD}(?:[^\S\n]+{_WORD}){{0,7}})(?(bracket)\))"
    r"(?:\s*\((?:(?:THROUGH|VIA)\s+(?:AN?\s+)?(?:TRANSLATOR|INTERPRETER)|AS\s+(?:INTERPRETED|TRANSLATED))\))?"
    # A space after the colon, or none before Chinese or Japanese ("Q:今回の…").
    # Or a full-width colon, as Japanese records print their questions and answers ("Q：…",
    # "A：…").
    rf"\s*(?::(?:\s+|(?=[{HAN}{KANA}]))|：\s*)(?P<text>\S.*)$",
    re.DOTALL,
)
# "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs:", "Ms. KAMIKAWA Yoko:", "Reporter:".
_NAME = r"[A-Z][\w'’-]+"
MIXED_ANONYMOUS = (
    "Reporter", "Question", "Moderator", "Journalist", "Interpreter", "Staff", "Operator",
    "Participant",
)  # fmt: skip
# A bare title in mixed case, as the Japanese Ministry of Defense prints its minister's
# answers ("Question: …" / "Minister: …"): transcripts.py reads it as a bare title.
MIXED_BARE_TITLE = (
    r"(?:The[^\S\n]+)?(?:(?:Prime|Foreign|Defen[cs]e|Deputy|Vice)[^\S\n]+)?"
    r"(?:Minister|Secretary|President)"
    # A spokesperson by post, as the Foreign Ministry's English records print the Press
    # Secretary's press conferences ("Press Secretary: …", "Deputy Press Secretary: …"),
    # alone or before the name ("Press Secretary Hatsuhisa Takashima: …").
    r"|(?:Deputy[^\S\n]+)?(?:Press[^\S\n]+Secretary|Spokes(?:man|person|woman))"
    r"(?:[^\S\n]+[A-Z][\w'’-]+){0,3}"
)
MIXED_TURN = re.compile(
    rf"^(?P<label>(?:Mr|Mrs|Ms|Dr)\.?[^\S\n]+{_NAME}(?:[^\S\n]+{_NAME}){{0,3}}"
    r"(?:,[^\S\n]+[A-Z][^:\n]{2,80}?)?"
    rf"|{'|'.join(MIXED_ANONYMOUS)}|{MIXED_BARE_TITLE})"
    # A space after the colon, or none before a capital ("…, Minister for Foreign
    # Affairs:I held a telephone meeting…", as MOFA's English pages sometimes print it).
    r"\s*:(?:\s+|(?=[A-Z]))(?P<text>\S.*)$",
    re.DOTALL,
)
# A known surname alone in mixed case, as the Department of Defense printed its
# transcripts in 2001-2002 ("Rumsfeld: Good afternoon.", "Nakatani: (Through interpreter)
# …"): read as a speaker's only for a known surname (transcripts._turn_match).
SURNAME_TURN = re.compile(
    r"^(?P<label>[A-Z][a-z'’-]+)[^\S\n]*(?:\((?:[Vv]ia|[Tt]hrough|[Aa]s)[^)\n]{0,30}\)[^\S\n]*)?"
    r":[^\S\n]+(?P<text>\S.*)$",
    re.DOTALL,
)
# A question with no colon, as the White House prints it ("Q    Thank you, Mr.
# President.") and The American Presidency Project ("Q. Mr. President, …"): nobody's turn.
# The George W. Bush White House printed it with one space ("Q Mr. President, …"): a
# capital or a quotation mark after it, so that "Q and A" opens no turn.
Q_TURN = re.compile(
    r"^(?P<label>Q)(?:[^\S\n]{2,}|\.[^\S\n]+|[^\S\n](?=[A-Z“\"]))(?P<text>\S.*)$", re.DOTALL
)
# A label that ends in a full stop, as The American Presidency Project prints its
# transcripts ("President Biden. Well, Fumio, …", "Prime Minister Kishida. Well, Joe, …"):
# capitalised words, read as a speaker's only with a title and a known surname.
PERIOD_TURN = re.compile(
    r"^(?P<label>(?:[A-Z][\w.'’-]*[^\S\n]+){1,4}[A-Z][\w'’-]+)\.[^\S\n]+(?P<text>[A-Z“\"].*)$",
    re.DOTALL,
)
# "拜登总统：", "林外務大臣：", "바이든 대통령:", "记者：": a name ending in a title, or a role;
# a Korean name is printed in words ("토니 블링컨 장관:", "조 바이든 대통령:").
# The Foreign Ministry's spokesman ("（報道官）", "【外務報道官】") is a role too: the
# reference holds no spokespeople, so the turn is nobody's, as "MR. BOUCHER:" is.
CJK_ROLES = (
    "主持人", "记者", "記者", "司会", "内閣広報官", "外務報道官", "報道官", "問", "问", "質問",
    "사회자", "기자", "질문", "문", "Ｑ",
)  # fmt: skip
# The answers' labels of a question-and-answer record ("問：… / 答：…", "문: … / 답: …",
# "Ｑ：… / Ａ：…", "（問）… （答）…"): the one person it names, else its host
# (turn_speakers.ANSWERERS).
CJK_ANSWERS = ("答", "답", "Ａ", "回答", "답변")
_ROLES_AND_ANSWERS = "|".join((*CJK_ROLES, *CJK_ANSWERS))
# A reporter named by outlet or name before the role word, as the Foreign Ministry printed
# its press conferences from 2009 ("【共同通信　西野記者】", "【NHK 記者】", "KBS 기자:"):
# nobody in particular, as "記者" alone.
REPORTER_WORDS = ("記者", "记者", "기자")
# A spokesperson by name and post, as the Foreign Ministry printed its spokesman's press
# conferences ("高島報道官：…", "千葉副報道官：…"); the speaker is whoever the name is.
# (Not Korean "[밀러 대변인]" before a quote: VOA's way of saying whose words follow.)
SPOKESPERSON = rf"[{HAN}{KANA}]{{1,12}}[^\S\n]?(?:副)?報道官"
REPORTER = (
    rf"(?:[{HAN}{KANA}{HANGUL}A-Za-zＡ-Ｚａ-ｚ·・]{{1,12}}[^\S\n]?){{1,3}}"
    rf"(?:{'|'.join(REPORTER_WORDS)})"
)
_CJK_LABEL = (
    rf"(?:[{HAN}{KANA}{HANGUL}·・]{{1,12}}[^\S\n]){{0,2}}"
    rf"[{HAN}{KANA}{HANGUL}·・]{{0,12}}[^\S\n]?(?:{'|'.join(CJK_TITLES)})|{_ROLES_AND_ANSWERS}"
    rf"|{REPORTER}|{SPOKESPERSON}"
)
CJK_TURN = re.compile(
    rf"^(?P<label>{_CJK_LABEL})[^\S\n]*[:：]\s*(?P<text>\S.*)$",
    re.DOTALL,
)
# A label in brackets before the words, as Japanese ministries print their press
# conferences ("【林外務大臣】本日…", "【記者】…", "（岸田総理）…", "(Prime Minister Kishida)
# Thank you."); a bracketed line alone is a heading (_heading_turns), not a turn.
BRACKET_TURN = re.compile(
    r"^[【（(\[](?P<label>[^】）)\]\n]{1,40})[】）)\]][^\S\n]*\n?[^\S\n]*(?P<text>\S.*)$",
    re.DOTALL,
)
# A turn opened by a mark, its label after it with no colon, as the Diet's records and
# some ministries print them ("○岸田内閣総理大臣　お答えいたします。", "○記者　…"): a
# name ending in a title (the shortest: "○林大臣　中国大使と…" is 林大臣's), or a role.
# A question or an answer by its Japanese or Chinese label alone, before a blank rather
# than a colon ("問　…", "答　…"; not Korean "문", a surname: "문 대통령은 …").
MARKED_TURN = re.compile(
    rf"^[○◯〇][^\S\n]*(?P<label>[{HAN}{KANA}{HANGUL}·・]{{0,12}}?(?:{'|'.join(CJK_TITLES)})"
    rf"|{_ROLES_AND_ANSWERS})(?:[^\S\n]*[:：][^\S\n]*|[^\S\n]+)(?P<text>\S.*)$",
    re.DOTALL,
)
SPACED_QA_TURN = re.compile(r"^(?P<label>問|答|问|Ｑ|Ａ)[^\S\n]+(?P<text>\S.*)$", re.DOTALL)
_CJK_LABEL_ONLY = re.compile(_CJK_LABEL)
# The most characters _CJK_LABEL can hold: two words and their spaces, a third word, a
# space and the longest title (a longer line is no such label; none is tried on it).
CJK_LABEL_LONGEST = 3 * (12 + 1) + max(map(len, (*CJK_TITLES, *CJK_ROLES)))
# An English speaker in brackets: capitalised words ("of" and "the" between), no more.
_ENGLISH_LABEL = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|the)){0,6}")
# An interpreter's note opening a turn, as the English, Spanish, Italian, Indonesian and
# CJK transcripts print it: "(Via interpreter)", "(As interpreted.)", "(Vía intérprete)",
# "(tramite interprete)", "(melalui penerjemah)", "（通訳）".
NOTE = re.compile(
    r"^[(（]\s*(?:(?:speaking\s+)?(?:via|through|by)\s+(?:an?\s+)?"
    r"(?:interpreter|translator|interpretation|translation)"
    # "(As translated.)": the George W. Bush White House's note.
    r"|as\s+(?:interpreted|translated)|interpreted|translated|(?:speaking\s+)?in\s+japanese"
    r"|v[íi]a\s+(?:un[ao]?\s+)?int[ée]rprete|a\s+trav[ée]s\s+de\s+(?:un[ao]?\s+)?int[ée]rprete"
    r"|seg[úu]n\s+(?:la\s+)?interpretaci[óo]n|interpretaci[óo]n|en\s+japon[ée]s"
    r"|(?:tramite|attraverso)\s+(?:(?:un|l['’])\s*)?interprete|tradotto|traduzione|in\s+giapponese"
    r"|melalui\s+(?:penerjemah|juru\s+bahasa|penerjemahan)|diterjemahkan"
    r"|通訳|通譯|翻译|翻譯|통역"
    # An editor's cut before the words: "(前略)", "(전략)", "(中略)".
    r"|前略|中略|전략|중략)\.?\s*[)）]\s*",
    re.I,
)
# What the transcriber heard instead of words, opening a turn: "(Inaudible.)",
# "(Laughter.)", "(Applause.)", "(Crosstalk.)", "(Risas.)", "(Aplausos.)", "(笑)", "(拍手)".
# Not the speaker's words either: a turn of such notes alone gives none.
TRANSCRIBER_NOTE = re.compile(
    r"^[(（]\s*(?:inaudible|laughter|applause|crosstalk|off[- ]mic|risas|aplausos|risate"
    r"|applausi|tawa|tepuk\s+tangan|笑|拍手|웃음|박수)\.?\s*[)）]\s*",
    re.I,
)
# A first sentence ends at a full stop before a capital or Hangul, not at an abbreviation
# ("Japan-U.S. Foreign", "Mr.").
_NOT_ABBREVIATION = r"(?<!\bU\.S)(?<!\bU\.K)(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\b[A-Z])"
_SENTENCE_END = rf"{_NOT_ABBREVIATION}[.!?…][”\"’)]*(?=\s+[A-Z“\"‘({HANGUL}])|[。！？][」”』]*"
# Runs without a sentence mark are taken whole, and only a mark is tried as the end (a
# lazy ".+?" tried the end at every character: 0.03 CPU s on a 5 MB transcript). Where
# no mark ends it, the sentence runs to the end (a final newline included: callers strip).
_MARK = "[.!?…。！？]"
_NO_MARK = "[^.!?…。！？]"
FIRST_SENTENCE = re.compile(
    rf".{_NO_MARK}*(?:(?!{_SENTENCE_END}){_MARK}{_NO_MARK}*)*(?:{_SENTENCE_END}|$)",
    re.DOTALL,
)
# Labels of people who are nobody in particular.
# Labels of people who are nobody in particular, in English and as the State Department's
# Spanish, Italian and Indonesian translations print them ("PREGUNTA:", "DOMANDA:").
ANONYMOUS = frozenset(
    """QUESTION Q MODERATOR STAFF OPERATOR PARTICIPANT PARTICIPANTS AUDIENCE REPORTER
    JOURNALIST INTERPRETER TRANSLATOR OFFICIAL UNKNOWN UNIDENTIFIED
    PREGUNTA PERIODISTA MODERADOR MODERADORA INTÉRPRETE PARTICIPANTE FUNCIONARIO
    DOMANDA GIORNALISTA MODERATORE MODERATRICE INTERPRETE FUNZIONARIO
    PERTANYAAN WARTAWAN PENANYA PENERJEMAH PEJABAT""".split()
)


# Words that make a capitalised label a speaker's (not "READ MORE:", "BACA JUGA:" or "LEA
# TAMBIÉN:"), in the same languages ("SECRETARIO BLINKEN:", "PERDANA MENTERI KISHIDA:"),
# and as the Department of Defense abbreviated them ("SEC. RUMSFELD:", "MIN. ONO:",
# "Sec. Rumsfeld:", "AMB. SCHIEFFER:", "GEN. PACE:", "ADM. FARGO:").
TITLES = frozenset(
    """SECRETARY MINISTER PRESIDENT PRIME VICE DEPUTY UNDER ASSISTANT AMBASSADOR GENERAL
    ADMIRAL SPOKESPERSON SPOKESMAN SPOKESWOMAN MR MRS MS DR SENATOR GOVERNOR CHAIRMAN
    CHAIR DIRECTOR ADVISOR ADVISER COMMANDER
    SEC SECY MIN AMB GEN ADM PRES
    SECRETARIO SECRETARIA MINISTRO MINISTRA PRESIDENTE PRESIDENTA PRIMER PRIMERA
    CANCILLER EMBAJADOR EMBAJADORA PORTAVOZ SR SRA
    SEGRETARIO SEGRETARIA PRIMO AMBASCIATORE PORTAVOCE SIG
    MENTERI PRESIDEN PERDANA WAKIL DUTA BESAR JURU BICARA""".split()
)


# A line in brackets that names a speech: "[Opening Statement by …]", "【…发言】".
HEADING = re.compile(r"^\s*[\[【〔〈《(（](?P<inside>[^\n\]】〕〉》)）]{2,80})[\]】〕〉》)）]\s*$")
SPEECH_WORDS = re.compile(
    r"(?i:statement|remarks|address|speech|toast|declaración|discurso|palabras|sambutan"
    r"|pernyataan|pidato|dichiarazione|discorso|intervento)"
    r"|发言|發言|発言|致辞|致詞|讲话|講話|挨拶|あいさつ|スピーチ|冒頭|발언|연설|인사말"
)


# A CJK title as the reference's office titles word it (in English).
TITLE_WORDS = {
    "大臣": ("minister",),
    "外相": ("foreign affairs",),
    "外务大臣": ("foreign affairs",),
    "外長": ("foreign affairs",),
    "外长": ("foreign affairs",),
    "防衛相": ("defense",),
    "総理": ("prime minister",),
    "首相": ("prime minister",),
    "总理": ("prime minister",),
    "總理": ("prime minister",),
    "총리": ("prime minister",),
    "長官": ("secretary",),
    "国务卿": ("secretary of state",),
    "國務卿": ("secretary of state",),
    "장관": ("minister", "secretary"),
    "部长": ("minister", "secretary"),
    "部長": ("minister", "secretary"),
    "大統領": ("president",),
    "总统": ("president",),
    "總統": ("president",),
    "대통령": ("president",),
    # "EL SECRETARIO:", "IL PRESIDENTE:", "SANG MENTERI:" (bare_title lower-cases them).
    "secretario": ("secretary",),
    "segretario": ("secretary",),
    "canciller": ("foreign affairs",),
    "ministro": ("minister",),
    "menteri": ("minister",),
    "presidente": ("president",),
    "presiden": ("president",),
    "primer ministro": ("prime minister",),
    "primo ministro": ("prime minister",),
    "perdana menteri": ("prime minister",),
}


_TITLE_PARTS = TITLES | {"OF", "STATE", "DEFENSE", "DEFENCE", "FOREIGN", "AFFAIRS", "FOR"}
_ARTICLES = frozenset({"THE", "EL", "LA", "IL", "SANG"})


# What a CJK label's words must not be: a name ("米国防長官：ウォルター・ダンモア", a
# roster's post and its holder: no sentence end, no kana of a Japanese sentence, a few
# words) or a caption ending in its credit ("写真は15日、防衛省で（共同）"). Words cut off
# by the excerpt's end ("我々は常にこの問題を心にとどめ") are still a turn.
_CJK_SENTENCE_END = re.compile(r"[。！？!?．]")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_CREDIT_LAST = re.compile(r"[（(][^（）()\n]{1,12}[）)]\s*$")
MAX_NAME_CHARS = 20  # a roster's name: this many characters at most, in three words


def cjk_words(match: re.Match) -> bool:
    """Whether a CJK label's text reads as its speaker's words: not a name, not a caption,
    and not the report's own narration: a dated lead ("…は15日、") or the label's holder
    again as the topic ("山田太郎防衛相：" / "山田防衛相は…会談した。")."""
    text, label = match.group("text").strip(), match.group("label").strip()
    if not _CJK_SENTENCE_END.search(text):
        named = len(text) <= MAX_NAME_CHARS and len(text.split()) <= 3
        if (named and not _HIRAGANA.search(text)) or _CREDIT_LAST.search(text):
            return False
    if _DATED_LEAD.match(text):
        return False  # "日米防衛相会談は15日、…", "15日午後、防衛省で撮影": narration, a caption
    # The label's holder again as the topic, in full or by surname ("山田防衛相は…")
    surname = label[:2]
    return not (
        len(surname) == 2
        and re.match(rf"{re.escape(surname)}[^。、，,「」]{{0,10}}?[はがも]", text)
    )


# A report's lead: a topic, then the day of the month and a comma ("…は15日、", "15日午後、").
_DATED_LEAD = re.compile(r"[^「」。！？\n]{0,30}?\d{1,2}日(?:午前|午後|朝|夜)?[、,，]")
