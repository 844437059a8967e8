"""The larger gatherings the allies' leaders both attend, by their names: APEC's leaders'
meeting, the G20 summit, the East Asia Summit, the Nuclear Security Summit (and, in
`meeting_words`, the G7's and G8's meetings). A report about one of them calls it by the
gathering's name in its own language ("the APEC summit", "アジア太平洋経済協力会議",
"에이펙", "亚太经合组织", "KTT APEC", "cumbre del G20", "东亚峰会", "핵안보정상회의"), not by
words for three countries; each reference row of a gathering carries a series
(`GATHERING_SERIES`) that says which name it answers to. Curated data for
`meeting_words.KIND_WORDS`, written in lower case and read on the folded body
(`prefilter.fold`), CJK forms unbounded, Latin ones as whole words.

A gathering named as the setting of another meeting ("on the sidelines of the APEC
summit", "al margen de la cumbre del G20", "di sela-sela KTT G20", "G20サミット出席のため",
"APEC 정상회의 계기", "二十国集团峰会间隙") is not what the report calls the meeting it
covers: the words before the name (`SETTING_BEFORE`) and after it (`SETTING_AFTER`)
keep such mentions out, as `meeting_words.G7_WORDS` does for the G7.
"""

import re

# Lead-ins that make the gathering named next the setting or the time of another
# meeting, or a meeting still to come: each a fixed-width look-behind of its own.
_SETTING_LEADS = (
    "sidelines of the ", "sidelines of ", "margins of the ", "margins of ", "margin of the ",
    "eve of the ", "occasion of the ", "ahead of the ", "ahead of ", "before the ",
    "forward to the ", "to attend the ", "to attend ", "attending the ", "attending ",
    "en route to the ", "way to the ",
    "margen de la cumbre del ", "margen de la cumbre de ", "margen de la ", "margen del ",
    "margen de ", "marco de la cumbre del ", "marco de la cumbre de ", "marco de la ",
    "asistir a la cumbre del ", "asistir a la cumbre de ", "asistir a la ", "asistir al ",
    "sela-sela ktt ", "sela ktt ", "sela-sela ", "sela ", "menghadiri ktt ", "menghadiri ",
    "menjelang ktt ", "jelang ktt ",
    "margine del vertice ", "margine del ", "margini del vertice ", "margini del ",
)  # fmt: skip
# And the short name in brackets after the long one ("Asia-Pacific Economic Cooperation
# (APEC)", "東アジア首脳会議（EAS）", "(KTT APEC)"): the same mention, counted once, and
# left out with it when the long one names the setting.
_BRACKETED = ("(", "（", "(ktt ", "（ktt ")
SETTING_BEFORE = "".join(f"(?<!{re.escape(lead)})" for lead in _SETTING_LEADS + _BRACKETED)

# After the name, within a few words ("APEC首脳会議出席のため", "주요 20개국 정상회의 참석
# 차", "G20 정상회의에 앞서", "二十国集团峰会期间", "核安全保障サミットの会場で", "…の
# ワーキングディナーの席上"): the gathering as the setting, the venue or the time of
# another meeting, or the place where it was held ("APEC 정상회의가 열린 리마에서"). As
# meeting_words.G7_SETTING_AFTER, reaching further (the names are often followed by a
# second one: "주요 20개국 G20 정상회의에 앞서"), with Korean and Chinese words of time.
SETTING_REACH = 20
SETTING_AFTER = (
    rf"(?![^\n。.]{{0,{SETTING_REACH}}}?(?:出席のため|参加のため|に出席する|に参加する|の機会"
    r"|の際|に際し|の合間|に合わせ|にあわせ|参加中|出席中|참석 ?차|참석하고 있는|참석을 위해"
    r"|계기|사이드라인|앞서|앞두고|기간 ?중|기간에|기간 동안|间隙|間隙|场边|場邊|期间|期間|前夕"
    r"|前の|前に|に先立|の会場|の席上|の場で|[이가] 열린 |[이가] 열리(?:고 있|)는 "
    r"|が開かれ(?:た|ている)|が開催(?:され(?:た|ている)|中の)))"
)
# The gathering itself, not a meeting of it: "APEC economies", "G20 members", "東アジア
# 首脳会議（EAS）や拡大ASEAN国防相会議等の地域機構", "G20として", "G20における協力".
NOT_MEMBERS_AFTER = (
    r"(?!\s*(?:[(（][^)）\n]{0,12}[)）]\s*)?(?:economies|economy|members?\b|countries\b"
    r"|や|として|各国|諸国|など|等|における|の(?:連携|結束|一員|枠組)|회원국|各成员|成员))"
)

APEC_NAMES = (
    r"(?<![a-z0-9])apec\b|ａｐｅｃ|asia[- ]?pacific economic cooperation"
    r"|cooperaci[oó]n econ[oó]mica (?:de )?asia[- ]?pac[ií]fico"
    r"|kerja ?sama ekonomi asia[- ]?pasifik"
    r"|cooperazione economica (?:dell'|dell’)?asia[- ]?pacifico"
    r"|アジア太平洋経済協力|에이펙|아태경제협력체|아시아[·ㆍ ]?태평양 ?경제 ?협력체"
    r"|亚太经合|亞太經合|亚太经济合作|亞太經濟合作"
)
G20_NAMES = (
    r"(?<![a-z0-9ａ-ｚ０-９])[gｇ][- ]?(?:20|２０)(?![0-9０-９])"
    r"|group of (?:twenty|20)\b|grupo de los (?:veinte|20)\b|kelompok (?:dua puluh|20)\b"
    r"|gruppo dei (?:venti|20)\b|金融・世界経済に関する首脳会合"
    r"|主要(?:20|２０)[かカヶケ]国|(?<![0-9０-９])(?:20|２０)[かカヶケ]国・?地域"
    r"|주요 ?20 ?개 ?국|(?:二十|20)(?:国|國)集(?:团|團)"
)
EAS_NAMES = (
    r"east asia(?:n)? summit|東アジア首脳会議|東アジアサミット|동아시아 ?정상 ?회의"
    r"|东亚峰会|東亞峰會|ktt asia timur|cumbre de(?:l)? (?:este de )?asia (?:oriental|del este)"
    r"|cumbre del este de asia|vertice dell'asia orientale|vertice dell’asia orientale"
)
NSS_NAMES = (
    r"nuclear security summit|核セキュリティー?[・･]?サミット|核安全保障サミット"
    r"|核保安サミット|핵안보 ?정상 ?회의|核安全峰会|核安全峰會"
    r"|cumbre (?:de|sobre) (?:la )?seguridad nuclear"
    r"|ktt keamanan nuklir|vertice sulla sicurezza nucleare"
)
# Each gathering's kind of words (a key of `meeting_words.KIND_WORDS`) and its names.
GATHERING_NAMES = {"apec": APEC_NAMES, "g20": G20_NAMES, "eas": EAS_NAMES, "nss": NSS_NAMES}

# The reference's series of each gathering's own meetings, and the kind of words each
# answers to: "g7" (G7_WORDS) names the G7's and G8's, the names above the others. Not
# "…-sidelines", the allies' bilateral held at one.
GATHERING_SERIES = {
    "g7-summit": "g7",
    "g7-foreign-ministers": "g7",
    "g8-summit": "g7",
    "g8-foreign-ministers": "g7",
    "apec-leaders": "apec",
    "g20-summit": "g20",
    "east-asia-summit": "eas",
    "nuclear-security-summit": "nss",
}
GATHERING_WORDS = frozenset(GATHERING_SERIES.values())
