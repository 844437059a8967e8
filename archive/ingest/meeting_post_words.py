"""The words for one ally's minister meeting the other's, split from `meeting_words`: the
other side's minister as a "counterpart", each side's posts (by title or by the holder's
surname), and the verbs of meeting that follow the second post, in the languages the archive
reads. Lower case, read on the folded body, as every pattern of `meeting_words`.
"""

# The other side's minister as a counterpart, in CJK: "…与日本同行举行会谈", "일본 측
# 카운터파트와 회담", "米側のカウンターパートと会談" (the Latin forms are in
# _MET_COUNTERPART's third branch).
_JP_COUNTERPART_CJK = (
    r"日本同行|日方同行|일본\s?(?:측\s?)?(?:카운터파트|상대)|日本側のカウンターパート"
)
_US_COUNTERPART_CJK = (
    r"美国同行|美國同行|美方同行|미국\s?(?:측\s?)?(?:카운터파트|상대)"
    r"|(?:米国|米|アメリカ)側?のカウンターパート"
)
# The other ally's minister of the same post as a "counterpart", in the Latin-script
# languages: one vocabulary for the meeting words here and the people roles.py reads ("his
# Japanese counterpart", "su homólogo estadounidense", "il suo omologo giapponese",
# "mitranya dari Jepang"). Lower case, spaces as \s+: for the folded text and for
# roles.COUNTERPART (read in any case).
COUNTERPART_JAPAN = (
    r"japanese\s+counterparts?|counterparts?\s+from\s+japan"
    r"|(?:hom[oó]log[oa]s?|contrapartes?)\s+(?:japon[eé]s(?:a|es)?|de\s+jap[oó]n)"
    r"|omolog(?:o|a|hi)\s+giappones[ei]"
    r"|(?:mitra|sejawat|rekan)(?:nya)?\s+(?:dari\s+)?jepang"
)
COUNTERPART_US = (
    r"(?:u\.s\.|us|american)\s+counterparts?|counterparts?\s+from\s+the\s+(?:united\s+states|u\.s\.)"
    r"|(?:hom[oó]log[oa]s?|contrapartes?)\s+(?:estadounidenses?|norteamericanos?"
    r"|de\s+(?:los\s+)?estados\s+unidos)"
    r"|omolog(?:o|a|hi)\s+(?:statunitens[ei]|american[oi])"
    r"|(?:mitra|sejawat|rekan)(?:nya)?\s+(?:dari\s+)?(?:as\b|amerika(?:\s+serikat)?)"
)
# One counterpart, not several: "met their Japanese counterparts" is the 2+2.
_ONE = (
    r"(?<!counterparts)(?<!japoneses)(?<!japonesas)(?<!giapponesi)(?<!estadounidenses)"
    r"(?<!norteamericanos)(?<!statunitensi)(?<!americani)"
)
_MET_VERB = (
    r"\b(?:met|meets|meeting with|hosted|hosts|welcomed|welcomes"
    r"|spoke with|talked with|se reuni[óo] con|se re[úu]ne con|recibi[óo] a|convers[óo] con"
    r"|bertemu|menerima|ha incontrato|incontra|ha ricevuto|joint press (?:conference|availability)"
    r" with|(?:rueda|conferencia) de prensa conjunta con|conferensi pers bersama)\b"
)
# One side's minister (`us`) met the other's (`jp`), named by their posts in one sentence,
# either first: "Secretary Austin welcomed Defense Minister Kihara", "国務長官は…外務大臣と
# 会談", "국방장관이 … 방위상과 만나". A verb of meeting follows the second post.
_MET_COUNTERPART = (
    r"|(?:{us})[^.。\n]{{0,60}}?(?:{jp})(?:{after})"
    r"|(?:{jp})[^.。\n]{{0,60}}?(?:{us})(?:{after})"
    # Either side first, the other by its post or as a counterpart: "Secretary Austin met
    # his Japanese counterpart", "Hayashi se reunió con su homólogo estadounidense".
    r"|(?:{us})[^.。\n]{{0,40}}?"
    + _MET_VERB
    + r"[^.。\n]{{0,40}}?(?:{jp}|(?:"
    + COUNTERPART_JAPAN
    + r")\b"
    + _ONE
    + r")"
    r"|(?:{jp})[^.。\n]{{0,40}}?"
    + _MET_VERB
    + r"[^.。\n]{{0,40}}?(?:{us}|(?:"
    + COUNTERPART_US
    + r")\b"
    + _ONE
    + r")"
    r"|(?:{us})[^.。\n]{{0,60}}?(?:" + _JP_COUNTERPART_CJK + r")(?:{after})"
    r"|(?:{jp})[^.。\n]{{0,60}}?(?:" + _US_COUNTERPART_CJK + r")(?:{after})"
)
# The posts, each side's, in the languages the archive reads.
# "Secretary Rubio", "Secretary Austin": the post by its holder's surname, for every holder
# of it the reference data lists since 2006 (tests/ingest/test_acc8_meeting_words.py checks
# the lists against officeholders.csv and ministers.csv).
US_SECRETARIES_OF_STATE = ("rice", "clinton", "kerry", "tillerson", "pompeo", "blinken", "rubio")
US_SECRETARIES_OF_DEFENSE = (
    "rumsfeld", "gates", "panetta", "hagel", "carter", "mattis", "esper", "austin", "hegseth",
)  # fmt: skip
_US_FOREIGN = (
    rf"secretary (?:{'|'.join(US_SECRETARIES_OF_STATE)})\b"
    r"|secretary of state|国務長官|국무장관|国务卿|國務卿|secretario de estado"
    r"|menteri luar negeri (?:as|amerika serikat)|segretario di stato"
    # "The top U.S. diplomat", "el máximo diplomático de Estados Unidos".
    r"|top (?:u\.s\.|us|american) diplomat|america's top diplomat"
    r"|máximo diplomático (?:de estados unidos|estadounidense)|diplomat (?:top|tertinggi) as"
)
_JP_FOREIGN = (
    # Not "外长防长“2+2”": the foreign and defense ministers together, the 2+2.
    r"foreign minister|外相|外務大臣|외무상|외상|외교장관|외무장관|外务大臣|外长(?![和与、]?防长)"
    r"|外長(?![和與、]?防長)"
    r"|ministro de (?:asuntos )?exteriores|canciller|menteri luar negeri jepang"
    r"|ministro degli (?:affari )?esteri"
)
_US_DEFENSE = (
    rf"secretary (?:{'|'.join(US_SECRETARIES_OF_DEFENSE)})\b"
    r"|secretary of defen[cs]e|defen[cs]e secretary|国防長官|국방장관|国防部长|國防部長"
    r"|secretario de defensa|menteri pertahanan (?:as|amerika serikat)|segretario alla difesa"
    r"|美国防[长長]|美國防[长長]|美防[长長]"
)
_JP_DEFENSE = (
    r"defen[cs]e minister|防衛相|防衛大臣|방위상|방위대신|防卫大臣|ministro de defensa"
    r"|menteri pertahanan jepang|ministro della difesa"
    # Chinese for Japan's: "日本防卫相滨田靖一", "日本防长", "日本防衛大臣" (in zh texts).
    r"|防卫相|日本防[长長]|日防[长長]"
    # Before 2007 the Defense Agency's head, a minister of state: "防衛庁長官", "방위청
    # 장관", "防卫厅长官", "Director General of the Japan Defense Agency".
    r"|防衛庁長官|방위청 ?장관|防卫厅长官|防衛廳長官|defen[cs]e agency director[- ]general"
    r"|director[- ]general of (?:the )?(?:japan(?:ese)? )?defen[cs]e agency"
    r"|minister of state for defen[cs]e"
)
# After the second post: "…と(ロンドンで)会談", "…과 만나", "…举行会谈".
_MET_AFTER = (
    r"[^.。\n]{0,4}?(?:と|과|와)[^.。\n]{0,20}?(?:会談|会見|面会|회담|만나|만났|회동)"
    # Not a 2+2 the sentence goes on to name ("…举行外长防长“2+2”会谈").
    r"|(?:(?!2\+2|２\+２|２＋２|外长防长|外長防長)[^.。\n]){0,20}?(?:会谈|會談|会晤|會晤)"
)

# The two allies' ministers of one post (`post`), then a verb of meeting, in Chinese.
_ALLIES_MET = (
    r"|(?:美日|日美|美国和日本|美國和日本|日本和美国|日本和美國|两国|兩國|双方|雙方)"
    r"[^。\n，,]{{0,4}}?(?:{post})[^。\n，,]{{0,10}}?(?:会晤|會晤|会面|會面|会谈|會談)"
)
# The two leaders by their posts, then a verb of meeting, in one sentence: "日本首相安倍
# 晋三…与川普总统进行短暂会晤", "岸田総理はバイデン大統領と会談", "대통령은 … 총리와 만나".
_CJK_MEETING_VERB = r"(?:会晤|會晤|会面|會面|会谈|會談|会談|회담|만나|만났|회동)"
_LEADERS_MET = (
    r"|(?:总统|總統|大統領|대통령)[^.。\n]{0,30}?(?:首相|総理|총리)[^.。\n]{0,20}?"
    + _CJK_MEETING_VERB
    + r"|(?:首相|総理|총리)[^.。\n]{0,30}?(?:总统|總統|大統領|대통령)[^.。\n]{0,20}?"
    + _CJK_MEETING_VERB
)
