"""The words a report uses for the meeting it covers, in the languages the archive reads:
what it calls the meeting (its kind), how it was held (its format), and the other
countries it names. Curated data for `meetings`; every pattern is written in lower case
and read on the folded body (`prefilter.fold`), so it matches in any case. CJK forms
match anywhere, Latin ones mostly as whole words.
"""

import re

from archive.ingest.meeting_gatherings import (
    GATHERING_NAMES,
    NOT_MEMBERS_AFTER,
    SETTING_AFTER,
    SETTING_BEFORE,
)

# The posts and counterpart words, split out: re-exported for callers and tests.
from archive.ingest.meeting_post_words import (  # noqa: F401
    _ALLIES_MET,
    _JP_COUNTERPART_CJK,
    _JP_DEFENSE,
    _JP_FOREIGN,
    _LEADERS_MET,
    _MET_AFTER,
    _MET_COUNTERPART,
    _US_DEFENSE,
    _US_FOREIGN,
    COUNTERPART_JAPAN,
    COUNTERPART_US,
    US_SECRETARIES_OF_DEFENSE,
    US_SECRETARIES_OF_STATE,
)

# Words for military exercises right after a word for three countries: "trilateral
# exercises", "three-way naval drills", "三边军事演习", "한미일 3국 연합훈련", "日米韓の共同訓練"
# name no meeting.
NOT_EXERCISE = (
    r"(?![\s-]*(?:(?:military|naval|maritime|air|joint|defen[cs]e|missile)\s+)*"
    r"(?:exercises?|drills?|training|maneuvers|manoeuvres|latihan|ejercicios|maniobras)\b"
    r"|[\s의の]*(?:[三3] ?(?:국|か国|ヶ国)[\s의の]*)?"
    r"(?:联合|聯合|军事|軍事|海上|共同|合同|연합\s*|군사\s*)*(?:演习|演習|训练|訓練|훈련|연습))"
    # Nor does their cooperation or their relationship: "trilateral cooperation", "our
    # historic trilateral relationship with South Korea", "a multi-year trilateral
    # framework", "미한일 3각 협력", "한미일 관계", "日米韓協力", "美日韩三边合作", "kerja sama
    # trilateral" are said of the partnership, not of a meeting.
    r"(?![\s-]*(?:trilateral |three-way )?(?:security |defen[cs]e |economic )?"
    r"(?:cooperation|partnership|relationship|relations|ties|framework)\b"
    r"|[\s의の]*(?:[三3] ?(?:각|국|か国|ヶ国)|三边|三邊)?[\s의の]*(?:안보\s*)?"
    r"(?:협력|공조|관계|協力|合作|連携|関係|关系|關係))"
)

# The Group of Seven (of Eight, with Russia, until 2014) by its name: "G7", "G-8", "Ｇ７",
# "Group of Seven", "Gruppo dei Sette", "kelompok tujuh", "主要7か国", "先進7カ国", "주요 7개국",
# "七国集团". Its meetings are meetings of three or more ("multi"); "G20" and "G77" are not it.
# A G7 meeting named as the setting of another ("on the sidelines of the G7 summit", "al
# margen del G7", "G7サミット出席のため訪問中の総理は…", "G7 정상회의 계기", "七国集团峰会间隙")
# or as the time before which it was held ("ahead of the G7 summit", "G7外相会合前の5月3日")
# is not what the report calls the meeting it covers: a bilateral held there is not a G7
# session.
G7_SETTING_BEFORE = (
    r"(?<!sidelines of the )(?<!sidelines of )(?<!margins of the )(?<!margins of )"
    r"(?<!margin of the )(?<!eve of the )(?<!occasion of the )(?<!margen del )"
    r"(?<!margen de la cumbre del )(?<!margine del )(?<!margine del vertice )"
    r"(?<!sela-sela ktt )(?<!sela ktt )(?<!sela-sela )(?<!ahead of the )(?<!before the )"
    # A G7 meeting still to come, or the one a minister travels to: "looking forward to the
    # G7 Leaders Summit", "in Tokyo to attend the G7 meeting", "para asistir a la cumbre
    # del G7", "untuk menghadiri KTT G7".
    r"(?<!forward to the )(?<!to attend the )(?<!attending the )(?<!asistir a la cumbre del )"
    r"(?<!untuk menghadiri ktt )(?<!untuk menghadiri )"
)
G7_SETTING_AFTER = (
    r"(?![^\n。.]{0,12}?(?:出席のため|参加のため|に出席する|に参加する|の機会|の際|に際し|の合間"
    r"|참석차|계기|사이드라인|间隙|間隙|场边|場邊|前の|前に|に先立"
    # The place where it was held, named as the setting: "G7 외교장관 회담이 열린
    # 가루이자와에서", "G7外相会合が開かれた軽井沢で".
    r"|[이가] 열린 |[이가] 열리고 있는 |が開かれ(?:た|ている)|が開催(?:され(?:た|ている)|中の)))"
    # The group itself, not a meeting of it: "G7や日米の連携", "G7として", "G7各国",
    # "Japan's G7 Presidency", "the G7 and the alliance", "주요 7개국(G7)과 동맹".
    r"(?!や|として|各国|諸国|の(?:連携|結束|一員))"
    r"(?!(?:\s*\([^)\n]{0,8})?\)?\s*(?:presidency|members?\b|countries|nations|partners|and\b"
    r"|의장국|회원국|[과와] ))"
)
G7_WORDS = (
    G7_SETTING_BEFORE + r"(?:(?<![a-z0-9ａ-ｚ０-９])[gｇ][- ]?[78７８](?![0-9０-９])"
    r"|group of (?:seven|eight)\b|gruppo dei (?:sette|otto)\b|grupo de los (?:siete|ocho)\b"
    r"|kelompok (?:tujuh|delapan)\b|(?:主要|先進)[7７8８][かカヶケ]国|主要国首脳会議"
    r"|주요 ?[78] ?개 ?국|[七八](?:国|國)集(?:团|團))" + G7_SETTING_AFTER
)


# Countries other than the two allies that hold a "2+2" with one of them: the ministers'
# dialogue of Japan or the US with India, Australia, the UK, France, Germany, Indonesia… is
# not the allies' Security Consultative Committee ("Japan-Indonesia 2+2", "the U.S.-India
# 2+2", "Dialog 2+2 AS India", "日英2+2", "日仏「2+2」", "美澳2+2会谈", "미국-호주 2+2").
_THIRD_LATIN = (
    r"india|australia|philippines|indonesia|u\.k\.|uk|united kingdom|britain|british|france"
    r"|french|germany|german|italy|italian|canada|new zealand|south korea|korea|rok|vietnam"
    r"|singapore|malaysia|thailand|mongolia|brazil|inggris|prancis|jerman|italia|kanada"
    r"|filipina|korea selatan|selandia baru|reino unido|francia|alemania|filipinas"
    r"|corea del sur|corea|regno unito|germania|filippine|corea del sud|canadá"
)
_THIRD_CJK = (
    r"인도|호주|필리핀|영국|프랑스|독일|이탈리아|캐나다|인도네시아|한국|インド|豪州|英国|フランス"
    r"|ドイツ|インドネシア|フィリピン|印度|澳大利亚|澳洲|菲律宾|法国|德国|印尼|韩国"
    r"|[豪比印英仏独韓澳菲法德韩]"
)
_THIRD = _THIRD_LATIN + "|" + _THIRD_CJK
# Before the "2+2": the third country joined to an ally or alone ("japan-indonesia ",
# "u.s.-india ", "australia ", "日英", "美澳", "日仏「"). Each look-behind is tried only
# where a "2+2" begins (the look-ahead first).
_JOINERS = (" ", "-", "–", "/", "「", "“", '"', "-u.s. ", "-us ", "-japan ", " dan ")
_NOT_THIRD_BEFORE = (
    r"(?=2\s?\+\s?2|two[- ]plus[- ]two)"
    + "".join(
        f"(?<!{re.escape(country)}{re.escape(joiner)})"
        for country in re.sub(r"\\(.)", r"\1", _THIRD_LATIN).split("|")
        for joiner in _JOINERS
    )
    + "".join(f"(?<!{country})(?<!{country}「)(?<!{country}“)" for country in _THIRD_CJK.split("|"))
)
_NOT_THIRD_AFTER = (
    r"(?![」”\"]?\s*(?:dialogue|dialog|talks|meeting|ministerial)?\s*(?:with|dengan|con|avec)?"
    r"\s*(?:the\s+)?(?:as|u\.s\.|us|amerika|japan|jepang|日|美|米|미|일)?"
    r"[- –]*(?:" + _THIRD + r"))"
)
# The allies' partner and Japan named together as whose leaders or ministers met ("the
# leaders of South Korea and Japan", "los líderes de Corea del Sur y Japón", "para menteri
# luar negeri Jepang dan Australia"): with the US one, a meeting of three.
_PARTNERS_LATIN = (
    r"south korea|korea selatan|corea del sur|corea del sud|australia|india|philippines"
    r"|filipina|filipinas|filippine"
)
_JAPAN_LATIN = r"japan|jap[oó]n|jepang|giappone"
_AND = r",? (?:and|y|e|dan) (?:the |la |los |el )?"
# Read from the country on (the people's words are common: "ministers" is in most lines),
# each way of naming them a look-behind of its own.
_THEIR_PEOPLE = (
    "leaders", "ministers", "counterparts", "líderes", "lideres", "mandatarios",
    "cancilleres", "ministros", "homólogos", "homologos", "pemimpin", "menteri",
    "menteri luar negeri", "menteri pertahanan", "ministri",
)  # fmt: skip
_OF = (" of ", " of the ", " from ", " de ", " dari ", " di ", " ")
_PEOPLE_BEFORE = "|".join(
    f"(?<={re.escape(people + of)})" for people in _THEIR_PEOPLE for of in _OF
)
# The two countries first (most places a country is read name no pair), then the people.
THREE_BY_NAME = (
    rf"(?=(?:{_PARTNERS_LATIN}){_AND}(?:{_JAPAN_LATIN})\b"
    rf"|(?:{_JAPAN_LATIN}){_AND}(?:{_PARTNERS_LATIN})\b)(?:{_PEOPLE_BEFORE})"
    rf"(?:{_PARTNERS_LATIN}|{_JAPAN_LATIN})"
)
# "Cooperation" before the word for three: "kerja sama trilateral", "cooperación trilateral".
_NOT_COOPERATION_BEFORE = r"(?<!kerja sama )(?<!kerjasama )(?<!cooperación )(?<!cooperazione )"

# Japan's foreign or defense minister, or the US secretaries' "counterparts", for a
# sentence that names both US secretaries (the SCC by its members' posts).
_JP_MINISTER = (
    r"foreign minister|defen[cs]e minister|counterparts\b|hom[óo]logos|omologhi"
    r"|(?:mitra|sejawat|rekan)(?:nya)? (?:dari )?jepang|ministro de (?:asuntos )?exteriores"
    r"|ministro de defensa|canciller|menteri (?:luar negeri|pertahanan) jepang"
    r"|ministr[oa] (?:degli (?:affari )?esteri|della difesa)"
    r"|外務大臣|防衛大臣|外相|防衛相|외교장관|외무상|방위상|外务大臣|外长|防卫相|防卫大臣"
)
# Within the sentence: a full stop ends it, not one of an initial or "u.s." ("Antony J.
# Blinken, Secretary of Defense Lloyd J. Austin III, …").
SENTENCE_CHARACTER = r"(?:[^.。\n]|(?<=[\s.][a-z])\.)"
SENTENCE_REACH = 200
SENTENCE_BREAK = r"[。\n]|(?<![\s.][a-z])\."  # any character but a SENTENCE_CHARACTER
_IN_SENTENCE = rf"(?={SENTENCE_CHARACTER}{{{{0,{SENTENCE_REACH}}}}}?(?:{{}}))"
# Each post that may come first, and the posts the rest of its sentence must name: the
# branches of _BOTH_US_POSTS, in order (meeting_signs.py reads them without the regex's
# look-aheads, which try every post at every character of the sentence).
BOTH_US_POSTS_ORDERS = (
    (_US_FOREIGN, (_US_DEFENSE, _JP_MINISTER)),
    (_US_DEFENSE, (_US_FOREIGN, _JP_MINISTER)),
    (_JP_MINISTER, (_US_FOREIGN, _US_DEFENSE)),
)
_BOTH_US_POSTS = "".join(
    rf"|(?:{first})" + "".join(_IN_SENTENCE.format(post) for post in rest)
    for first, rest in BOTH_US_POSTS_ORDERS
)
# The same in CJK, where the US secretaries are often named by surname alone ("奧斯汀和
# 國務卿布林肯…與其日本同行會晤", "블링컨과 오스틴은 … 일본 측 카운터파트와 회담"): the
# surnames of every holder since 2006 (as US_SECRETARIES_OF_STATE / _OF_DEFENSE), not
# those that are common words (ライス, 라이스: rice), 克里 not in 克里米亚 (Crimea), 卡特
# not in 卡特尔 (cartel); Japan's side by a post or as the "counterpart".
_US_STATE_CJK = (
    r"国务卿|國務卿|国務長官|국무장관|赖斯|賴斯|希拉里|ヒラリー|힐러리|克里(?!米)|ケリー|케리"
    r"|蒂勒森|提勒森|ティラーソン|틸러슨|蓬佩奥|蓬佩奧|ポンペオ|폼페이오|布林肯|ブリンケン|블링컨"
    r"|鲁比奥|魯比奧|ルビオ|루비오"
)
_US_DEFENSE_CJK = (
    r"国防部长|國防部長|国防長官|국방장관|美国防[长長]|美國防[长長]|拉姆斯菲尔德|ラムズフェルド"
    r"|럼즈펠드|盖茨|蓋茨|ゲーツ|게이츠|帕内塔|帕內塔|パネッタ|파네타|哈格尔|哈格爾|ヘーゲル|헤이글"
    r"|卡特(?![尔爾])|カーター|카터|马蒂斯|馬蒂斯|マティス|매티스|埃斯珀|艾斯培|エスパー|에스퍼"
    r"|奥斯汀|奧斯汀|オースティン|오스틴|赫格塞斯|ヘグセス|헤그세스"
)
_JP_MINISTER_CJK = (
    r"外務大臣|防衛大臣|外相|防衛相|외교장관|외무상|방위상|外务大臣|外长|外長|防卫相|防卫大臣"
    r"|日本防[长長]|" + _JP_COUNTERPART_CJK + r"|日本(?:的)?同僚|일본\s?(?:측\s?)?상대방"
)
CJK_SENTENCE_CHARACTER = r"[^.。\n]"
CJK_SENTENCE_REACH = 120
CJK_SENTENCE_BREAK = r"[.。\n]"
_CJK_SENTENCE = rf"(?={CJK_SENTENCE_CHARACTER}{{{{0,{CJK_SENTENCE_REACH}}}}}?(?:{{}}))"
BOTH_US_POSTS_CJK_ORDERS = (
    (_US_STATE_CJK, (_US_DEFENSE_CJK, _JP_MINISTER_CJK)),
    (_US_DEFENSE_CJK, (_US_STATE_CJK, _JP_MINISTER_CJK)),
)
_BOTH_US_POSTS_CJK = "".join(
    rf"|(?:{first})" + "".join(_CJK_SENTENCE.format(post) for post in rest)
    for first, rest in BOTH_US_POSTS_CJK_ORDERS
)

# The SCC by its own words, the branches of KIND_WORDS["scc"] before and after those that
# name it by its members' posts (a reader of the posts apart, meeting_signs.py, tries
# each part in this order, as the regex does).
SCC_WORDS_BEFORE_POSTS = (
    # "2+2" of the two allies, not Japan's or America's with a third country ("the
    # U.S.-India 2+2", "Dialog 2+2 AS India", "日豪2+2", "미국-호주 2+2").
    _NOT_THIRD_BEFORE
    + r"(?:2\s?\+\s?2|two[- ]plus[- ]two)"
    + _NOT_THIRD_AFTER
    + r"|security consultative committee"
    r"|(?:foreign|diplomatic) and defen[cs]e (?:ministers|chiefs|secretaries)"
    r"|defen[cs]e and foreign (?:ministers|chiefs)|2プラス2|安全保障協議委員会"
    # "외교·국방장관", also written with "ㆍ" or a comma ("외교,국방장관들").
    r"|외교[·ㆍ,] ?국방"
    r"|외교국방장관|安保协商委员会|安保協商委員會"
)
SCC_WORDS_AFTER_POSTS = (
    r"comité consultivo de seguridad|comitato consultivo (?:per la|sulla) sicurezza"
    r"|komite konsultatif keamanan"
    # Both ministers of each side at one table, named together in Indonesian, Spanish,
    # Italian: "para menteri luar negeri dan menteri pertahanan", "ministros de
    # Exteriores y de Defensa", "ministri degli Esteri e della Difesa".
    r"|menteri luar negeri dan (?:para )?menteri pertahanan"
    r"|ministros de (?:asuntos )?exteriores y (?:de )?defensa"
    r"|ministri degli (?:affari )?esteri e della difesa"
)

# What a report calls the meeting it covers. Case-insensitive; CJK forms unbounded.
KIND_WORDS = {
    "scc": (
        SCC_WORDS_BEFORE_POSTS
        # Both US secretaries and a Japanese minister (or their "counterparts") in one
        # sentence or headline, in any order: "Secretary of State Kerry and Secretary of
        # Defense Carter met their Japanese counterparts", "Foreign Minister Hayashi and
        # Defense Minister Hamada welcomed Secretary Blinken and Secretary Austin".
        + _BOTH_US_POSTS
        + _BOTH_US_POSTS_CJK
        + "|"
        + SCC_WORDS_AFTER_POSTS
    ),
    "summit": (
        r"\bsummit|leaders'? (?:meeting|talks)|state visit|official visit|working visit"
        # Not "日米防衛首脳会談", the defense ministers' meeting by its older name.
        r"|(?<!防衛)首脳会談|首脳会議|首脳電話会談|정상회담|정상 회담|정상회의"
        r"|首脑会谈|首腦會談|峰会|峰會|领导人|領導人|cumbre|\bktt\b|pertemuan puncak"
        r"|visita de estado|visita oficial|kunjungan kenegaraan|kunjungan resmi|\bvertice"
        r"|visita di stato|visita ufficiale" + _LEADERS_MET
    ),
    "foreign": (
        r"foreign ministers'? (?:meeting|talks|call)|foreign ministerial"
        r"|(?:top )?diplomats (?:met|meet|held)|外相会談|外相電話会談|外相会合"
        r"|외교장관 ?회(?:담|의)|외무장관 ?회담|외무회담|外长会谈|外長會談"
        + _ALLIES_MET.format(post="外长(?![和与、]?防长)|外長(?![和與、]?防長)")
        + r"|reuni[oó]n de cancilleres|(?:reuni[oó]n|encuentro) de (?:los )?(?:cancilleres"
        r"|ministros de (?:asuntos )?exteriores)(?! y (?:de )?defensa)"
        r"|(?:pertemuan|pembicaraan)(?: (?:dua|tiga) hari| bilateral| tahunan)?"
        r" (?:para )?(?:menteri luar negeri|menlu)(?! dan (?:para )?menteri pertahanan)"
        r"|(?:incontro|riunione|colloquio) (?:tra i |dei )?ministri degli esteri"
        r"(?! e della difesa)"
        # One side's foreign minister met the other's, by their posts, in one sentence.
        + _MET_COUNTERPART.format(
            after=_MET_AFTER,
            us=_US_FOREIGN,
            jp=_JP_FOREIGN,
        )
    ),
    "defense": (
        r"defen[cs]e (?:ministers'?|chiefs'?|secretaries'?) (?:meeting|talks|call|met|meet)"
        # "美國和日本防長在上週會面": the two allies' defense chiefs met (not "中國防長
        # 拒絕與他會晤", another country's minister).
        + _ALLIES_MET.format(post="(?<!外长)(?<!外长[和与、])防长|(?<!外長)(?<!外長[和與、])防長")
        + r"|defen[cs]e ministerial|defen[cs]e chiefs|防衛相会談|防衛相電話会談|国防長官.{0,4}会談"
        r"|防衛首脳会談"
        r"|국방장관 ?회담|防长会谈|防長會談"
        r"|(?:reuni[oó]n|encuentro) de (?:los )?ministros de defensa|(?:pertemuan|pembicaraan)"
        r" (?:para )?menteri pertahanan|(?:incontro|riunione|colloquio) (?:tra i |dei )?ministri"
        r" della difesa"
        # "Defense talks", "pembicaraan pertahanan bilateral": talks named by defense alone.
        r"|defen[cs]e talks|(?:pertemuan|pembicaraan) pertahanan"
        + _MET_COUNTERPART.format(
            after=_MET_AFTER,
            us=_US_DEFENSE,
            jp=_JP_DEFENSE,
        )
    ),
    "multi": (
        _NOT_COOPERATION_BEFORE
        + r"(?:trilateral|three-way|three[- ]nation(?! (?:tour|trip|swing|visit))"
        r"|(?<!trip to )(?<!tour of )(?<!visit to )(?<!visits to )three countries"
        r"|quadrilateral|\bquad\b"
        # A trip through three countries is no meeting of three ("perjalanan ke tiga
        # negara Asia Timur", "gira por tres países", "3개국 순방", "三か国訪問").
        r"|(?<!gira por )(?<!viaje a )(?<!visita a )tres pa[ií]ses"
        r"|(?<!perjalanan ke )(?<!kunjungan ke )(?<!lawatan ke )(?<!muhibah ke )tiga negara"
        r"|(?<!viaggio in )(?<!visita in )(?<!tour in )tre paesi"
        r"|japan[-–, ]+u\.?s\.?[-–, ]+(?:south korea|rok|australia|philippines|india)"
        r"|u\.?s\.?[-–, ]+japan[-–, ]+(?:south korea|rok|australia|philippines|india)"
        # A third country first, in a hyphenated chain: "Australia-Japan-Philippines-U.S.".
        r"|(?:south korea|rok|australia|philippines|india)[-–](?:japan|u\.s\.)[-–]"
        r"(?:japan|u\.s\.|south korea|rok|australia|philippines|india)"
        r"|" + THREE_BY_NAME + r"|日米韓|日米豪|日米比|日米印|日米豪印|한미일|미일한|미한일|한일미"
        r"|3국(?!을? ?순방)|세 나라|3자 ?회담"
        r"|美日韩|美日韓|美日澳|美日菲|美日印"
        # Three countries or parties, not a third one (第三国, 第三者).
        # ... but trilateral exercises or drills are no meeting ("三边军事演习").
        r"|(?<!第)(?:[三3] ?[かカヶケ]国(?!訪問|歴訪)|[三3]者|三国(?!之行|访问|訪問|歴訪)"
        r"|三國(?!之行|訪問)|三方|三边|三邊))" + NOT_EXERCISE
    ),
    # The G7 (or G8) by its name: its own meetings, not a trilateral's.
    "g7": G7_WORDS,
    # APEC, the G20, the East Asia Summit, the Nuclear Security Summit by their names
    # (meeting_gatherings.py), not as the setting of another meeting.
    **{
        kind: SETTING_BEFORE + f"(?:{names})" + NOT_MEMBERS_AFTER + SETTING_AFTER
        for kind, names in GATHERING_NAMES.items()
    },
    # A meeting of the two allies alone, named as such.
    "bilateral": (
        r"\bbilateral|one-on-one|二国間|양자"
        r"|日米(?:外相|首脳|防衛相|防衛首脳)"
        r"|(?:japan|u\.?s\.?)[-–](?:u\.?s\.?|japan) (?:summit|foreign"
        r" ministers|defen[cs]e ministerial)|(?<!한)미일 ?(?:정상|외교장관|국방장관)"
        # "The two leaders", "両首脳", "두 장관", "kedua pemimpin", "ambos líderes": a
        # meeting of two, not of three.
        r"|\bthe two (?:men|leaders|ministers|secretaries|defen[cs]e chiefs|top diplomats)\b"
        r"|両(?:首脳|外相|防衛相|大臣)|[두양] (?:정상|장관)|kedua (?:pemimpin|menteri)"
        r"|ambos (?:líderes|mandatarios|ministros)|los dos (?:líderes|mandatarios)"
        r"|(?:i due|entrambi i) (?:leader|ministri)|两国领导人|兩國領導人"
    ),
    # One side's minister meeting the other's, by their posts (in CJK the US secretary
    # by surname too: "블링컨 장관은 … 모테기 외무상과 만나"): a meeting of two, which
    # tells a bilateral from the trilateral or G7 session of the same ministers.
    "pair": (
        _MET_COUNTERPART[1:].format(
            after=_MET_AFTER,
            us=f"{_US_FOREIGN}|{_US_DEFENSE}|{_US_STATE_CJK}|{_US_DEFENSE_CJK}",
            jp=f"{_JP_FOREIGN}|{_JP_DEFENSE}",
        )
    ),
}
FORMAT_WORDS = {
    # "phone" as a word ("smartphone" is not a call): phone call, by phone, telephone talks.
    "phone": (
        # "通电话" and "전화 회담" too, in simplified Chinese and Korean.
        r"\b(?:tele)?phone\b|\btelecon\b|\bcall (?:with|between)\b|電話|电话|통화|전화|通话|通話"
        r"|telefónica|telepon|telefonat|telefonic"
    ),
    "video": (
        # "virtually" as "almost" ("across virtually every issue") is no video meeting;
        # nor is the recording of a briefing or remarks ("we will post a transcript and
        # video of this briefing", "the video of the President's remarks").
        r"(?<!transcript and )\bvideo(?! of (?:this|the|today's|his|her|their)"
        r" (?:briefing|call|event|remarks|press|statement|president's|secretary's))"
        r"|\bvirtual\b|\bvirtually\b(?!\s+(?:every|all|any|no|none|nothing|identical"
        r"|unchanged|impossible|certain|unknown|unanimous|always|never|the same))"
        r"|\bonline\b|\bteleconference|テレビ会議|テレビ会談|ビデオ会議|ビデオ会談|ウェブ会議"
        r"|オンライン|화상"
        r"|视频|視訊|视讯|線上會|线上会|videoconferencia"
        # Indonesian "online" ("secara daring", "pertemuan daring"), not English "daring".
        r"|secara daring|(?:pertemuan|konferensi|rapat|pembicaraan|dialog) (?:secara )?daring"
    ),
    # Words only said to someone in the room: a greeting ("so good to see you", "welcome
    # back to the White House", "お会いできて", "만나서 반갑습니다", "很高兴见到你"). Not
    # "in person" or "face to face" (a call's readout looks forward to meeting so), nor a
    # handshake (the caption of a file photo of an earlier meeting).
    "in_person": (
        r"\b(?:good|great|nice|wonderful|pleased|happy|glad) to (?:see|meet) you\b"
        r"|\bwelcome (?:back )?to (?:the )?(?:white house|oval office|pentagon|state department"
        r"|tokyo|washington|japan|kantei)\b|\bthank you for coming\b|\bhonou?r to meet you\b"
        r"|お会いでき|만나서 반갑|见到你|見到你|senang bertemu"
    ),
}
COUNTRY_WORDS = {
    "South Korea": (
        r"south korea|republic of korea|\brok\b|korean|seoul|韓国|한국|korea selatan"
        r"|corea del sur|corea del sud|\bseul\b|韩国|韓國"
    ),
    "Australia": r"australia|canberra|豪州|オーストラリア|호주|澳大利亚|澳大利亞|澳洲",
    "India": r"\bindia|new delhi|インド|인도|印度",
    "Philippines": (
        r"philippine|manila|フィリピン|필리핀|filipina|filipinas|filippine|菲律宾|菲律賓"
    ),
}

# The report calls the meeting the participants' first ("this is Hamada's first meeting
# with Austin", "初めての日米外相会談", "첫 회담", "第一個外國領導人到訪").
FIRST_WORDS = (
    r"\bfirst (?:meeting|face-to-face|in-person|talks|visit|summit|foreign leader)"
    r"|\bfirst (?:bilateral|official|overseas) |初めての|初の(?:対面|会談|訪問)|初会談"
    r"|첫 (?:회담|만남|대면|정상회담|해외)"
    r"|pertemuan pertama|primera (?:reunión|visita|cumbre)|primo (?:incontro|vertice|colloquio)"
    r"|prima visita|首次|第一次|第一個|第一个"
)

# The two allies, for a report that names one side's people and the other by its country
# ("Austin met his Japanese counterpart"), as in 日米, 美日, 미일 too.
ALLY_WORDS = {
    "Japan": r"japan|jap[oó]n|jepang|giappone|nippon|日本|日米|日美|美日|日方|일본|미일|한일",
    "United States": (
        r"united states|\bu\.\s?s\.|\busa\b|americ|amerika|estados unidos|ee\.?\s?uu"
        r"|stati uniti|米国|米側|日米|美国|美國|美方|美日|日美|미국|미일|한미"
    ),
}
