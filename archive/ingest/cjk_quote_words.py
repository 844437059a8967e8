"""The words around a Chinese, Japanese or Korean quote that say whose words it holds
(cjk_quotes.py reads quotes with them): speech verbs after the quote (Japanese, Korean)
and before it (Chinese), Korean quotes chained before one verb, Chinese reported speech,
the printed, pronoun and first-person subjects, an institution as the subject and the
spokesperson who relays its words, connectives that go on with the last speaker, "as
follows" announcing a quote below, and the particles after a quoted name.
"""

from __future__ import annotations

import re

from archive.ingest.cjk import CJK_TITLES, HAN, HANGUL, KANA

# A sentence ends at 。！？ and at the full-width "．" of Japanese government texts (not
# between digits: "１．５").
SENTENCE_END = re.compile(r"[。！？!?]|．(?![0-9０-９])")
# Any CJK title, as an alternation for the patterns below.
ANY_TITLE = "|".join(re.escape(title) for title in CJK_TITLES)

# After the quote: Japanese "と述べた", "と記者団に語った", "旨述べました", "などと
# あいさつした" (the quote as a part of what was said); Korean "라고 말했다", "고 밝혔다".
JA_VERB_AFTER = re.compile(
    r"^\s*(?:(?:など)?と|旨)[^。！？「」]{0,15}?"
    r"(?:述べ|語っ|語り|語る|強調|話し|話す|説明|指摘|表明|発言|言っ|言い|明らかに|訴え|応じ"
    r"|答え|主張|要請|伝え|呼びかけ|呼び掛け|力説|評価|歓迎|表し|示し|明言|断言|批判|強く求め"
    r"|書き込ん|投稿|記し|発表|見せ|訴え|発信|報告|あいさつ|挨拶|明かし|回答|コメント|ツイート"
    # How a reporter says "said" with feeling: "と言及した", "と力を込めた", "と語気を強めた",
    # "と胸を張った", "と期待を寄せた", "と付け加えた", "と誓った", "と述懐した".
    r"|言及|力を込め|語気を強め|胸を張|期待を寄せ|付け加え|誓っ|約束|反論|述懐|振り返っ"
    r"|締めくくっ|吐露|説い|釘を刺|念を押"
    # Proposing, urging and asking say words too: "と提案した", "と求めた", "と促した".
    r"|提案|提言|求め|促し|要求|要望|迫っ"
    # Praise is said too: "「…」とたたえた", "とお互いをたたえた", "と称賛した".
    r"|たたえ|称え|讃え|称賛|賞賛|絶賛)"
    # "「…」といい、…": "said, and …" (the clause goes on; never "という", which makes
    # the quote a noun's content: 「…」という考え).
    r"|^\s*といい[、，,]"
    # "「…」とした": the wire's plain "said", right after the quote.
    r"|^\s*と(?:した|している|しており|しました)"
)
# Verbs after a quotative that name, label or hear of a thing rather than say words.
_NAMING = (
    r"(?:불러|불렀|불렸|불리|부르|부른|칭했|칭한|칭하|명명|이름|적힌|쓰인|새겨진"
    r"|알려졌|전해졌|보도됐)"
)
# A past-tense verb that ends its clause: "부여했다", "치켜세웠습니다", "평가했으며".
_PAST_FINITE = (
    r"[가-힣]*[했였었았혔렸쳤켰웠냈봤줬놨났왔갔졌](?:다|습니다|으며|고|지만|는데)(?![가-힣])"
)
KO_VERB_AFTER = re.compile(
    r"^\s*(?:이?라고|고)\s*[^.。!?\"“”]{0,20}?"
    r"(?:말했|말한|밝혔|밝힌|강조했|강조한|덧붙였|전했|언급했|설명했|지적했|주장했|답했|말하|밝히"
    r"|평가했|당부했|촉구했|약속했|경고했|비판했|환영했|표명했|적었|썼|발표했|다짐했|호소했"
    r"|요구했|제안했|반박했|답변했|시사했|역설했|말씀|언급하"
    # "“…”고 내다봤다", "고 자신했다", "고 기대했다", "고 우려를 나타냈다", "고 꼬집었다".
    r"|내다봤|자신했|기대했|전망했|우려했|꼬집었|물었|되물었|피력했|부연했|토로했|일축했"
    r"|분석했|진단했|반문했|자평했|털어놨|공언했|단언했|요청했|나타냈|표시했|예고했)"
    # "“…”라고 했다", "“…”고 하면서".
    r"|^\s*(?:이?라고|고)\s*(?:했|한다|하면서|하며)"
    # The quote as the content of a stance the subject stated: "“…”는 입장을 밝혔다",
    # "“…”라는 뜻을 전했다", "“…”는 말도 했다".
    r"|^\s*(?:이?라는|는|란)\s*(?:입장|뜻|의지|생각|견해|의견|말|취지|메시지|의사|방침)"
    r"(?:을|를|도|이라고)?\s*[^.。!?\"“”]{0,12}?"
    r"(?:밝혔|전했|강조했|나타냈|표명했|피력했|내비쳤|했|드러냈|보였|내놨|내놓았|냈)"
    # Any verb that ends the quotative's clause in the past: Korean marks reported words
    # with the quotative ("고", "라고") whatever verb says them ("“…”고 의미를 부여했다",
    # "고 치켜세웠습니다"), except the verbs that name or label a thing ("“…”라고 불렀다",
    # "라고 적힌 현수막을 들었다") and the passives that report no one ("고 알려졌다").
    rf"|^\s*(?:이?라고|고)\s*(?![^.。!?\"“”\n]{{0,20}}?{_NAMING})"
    rf"[^.。!?\"“”\n]{{0,20}}?{_PAST_FINITE}"
)
# The quote as what the subject said while doing the rest of the sentence: "“…”라며 …",
# "“…”면서 …" ("saying …"); not for a chain's first quote, whose "며" joins the next.
# A long quote as the object of a speech verb: "“…이행에 대한 미국의 의지”를 강조했습니다"
# (read only for a clause longer than MAX_NAME_UNITS: a short one is a name or slogan).
# Longer than this (in units: cjk.units) a quoted phrase is a clause of someone's words
# even with a particle after it ("“…공동성명의 완전한 이행에 대한 미국의 의지”를 강조했다"),
# not a name: names, slogans and titles of documents are a few words.
MAX_NAME_UNITS = 15
KO_OBJECT_SAID = re.compile(
    r"^\s*[을를]\s*(?:강조했|강조한|재확인했|언급했|밝혔|역설했|표명했|약속했|다짐했|전했)"
)
KO_SAYING = re.compile(r"^\s*(?:이?라|이?라고\s*하)?(?:며|면서)(?![가-힣])")
# Before the quote, Chinese: "说", "表示", "指出", ... then an optional colon or comma.
ZH_VERB_BEFORE = re.compile(
    r"(?:说|說|表示|指出|强调|強調|称|稱|宣布|回应|回應|坦言|直言|写道|寫道|提到|认为|認為|补充|補充"
    r"|警告|呼吁|呼籲|透露|声称|聲稱|重申|宣称|宣稱|谈到|談到|表态|表態|回答|答道|感叹|感嘆"
    r"|(?:告诉|告訴)[^，,。：:“”「」]{0,6})"
    r"(?:道)?\s*(?P<colon>[：:])?\s*[，,]?\s*$"
)
# The subject as printed when no known person is there: a title-ended name before a
# Japanese or Korean topic particle ("朴外交部長官は", "박진 장관은"), or a Japanese
# readout's から or より ("ライス長官より、「…」旨述べた": not the last speaker's words).
PRINTED_SUBJECT = re.compile(
    rf"(?P<who>[{HAN}{KANA}{HANGUL}・·]{{1,12}}[^\S\n]?(?:{ANY_TITLE}))[^\S\n]*"
    r"(?:は|が|も|은|는|이|가|(?:から|より)は?)[、，,]?\s*$"
)
# A sentence that opens with its topic, a title-ended name ("5．ライス長官は、…",
# not "그러자 블링컨 장관은 …": only numbering and blanks before the name).
OPENING_TOPIC = re.compile(
    rf"[\s0-9０-９.．、()（）]*(?P<who>[{HAN}{KANA}{HANGUL}・·]{{1,12}}[^\S\n]?(?:{ANY_TITLE}))"
    r"[^\S\n]*(?:は|은|는)"
)
PRONOUN_SUBJECT = re.compile(
    rf"(?:(?<![{HAN}])同(?:{ANY_TITLE})|彼女?|他|她|그녀?)"
    r"(?:は|が|も|은|는|이|가)?[、，,]?\s*"
    r"(?:(?:说|說|表示|指出|强调|強調)(?:道)?\s*[：:]?\s*[，,]?)?\s*$"
)


# A Chinese sentence opening with "he" or "she", a few words (when, where), then the
# speech verb and a colon: "他星期二一早在推特上说:“…”".
PRONOUN_OPENING = re.compile(
    r"\s*(?:他|她)(?![们們])[^，,。：:“”\"「」\n]{0,15}?"
    r"(?:说|說|表示|指出|强调|強調|写道|寫道)(?:道)?\s*[：:，,]?\s*$"
)

# A subject between a quote and its verb: "“…”라고 국무부 대변인은 말했다", "」と同省は".
SUBJECT_PARTICLE = re.compile(r"[은는이가]\s|[はが]")

# Between two Korean quotes of one sentence that share its speech verb: "“…”며 “…”고
# 말했다", "“…”라면서 “…”라고 강조했다", "“…”고 밝히고 “…”라고 덧붙였다".
KO_CHAIN = re.compile(
    r"[^\S\n]*(?:(?:이?라)?(?:며|면서)|(?:이?라)?고[^\S\n]*(?:말하|밝히|강조하|설명하|덧붙이)(?:며|면서|고))"
    r"[^\S\n]*[,，]?[^\S\n]*"
)

# A Chinese speech verb inside a sentence ("表示,…"; 称 "calls", not in 名称 "name",
# 简称 "short name", 对称, 堪称, nor 称为 "is called"), or a colon right after a name
# ("奧斯汀:…", a headline's way of saying who speaks).
ZH_REPORTING = re.compile(
    r"(?:说|說|表示|指出|强调|強調|坦言|直言|(?<![名简簡通俗号號堪对對])(?:称|稱)(?![为為作]))"
    r"(?:道)?[\s：:，,]*|[：:]"
)
# Whom the speaker calls something: "称安倍是一个“…”", "称日本为“最亲密的盟友”".
ZH_CALLED = re.compile(r"(?:是|为|為)[^，,。！？“”\"]{0,6}$")

# The speaker saying it in the first person, right after the quote: "“…”,当我说完这句话后",
# "“…”我说", "「…」と私は述べ", "“…”라고 제가 말했".
FIRST_PERSON_AFTER = re.compile(
    r"^[\s，,、]*(?:と|이?라고|고)?[\s，,、]*(?:当|當)?(?:我|私|僕|저는|제가|나는|내가)(?:は|が)?"
    r"[^。！？!?\n]{0,6}?(?:说|說|讲|講|述べ|申し上げ|言っ|말했|말씀|밝혔)"
)

# The verb after the quote has an institution for subject ("…”고 국무부가 밝혔습니다",
# "」と国務省が発表した"): the words are the institution's, not the person named before.
INSTITUTION_SAID = re.compile(
    r"^\s*(?:이?라고|고|と)\s*(?:미\s?|米)?"
    r"(?:국무부|국방부|백악관|외교부|외무성|방위성|国務省|国防総省|ホワイトハウス|外務省|防衛省)"
    r"\s*(?:가|이|는|은|は|が)"
)
# Its spokesperson relaying those words in the next sentence: "베단트 파텔 국무부
# 수석부대변인은 … 이같이 전했습니다", "プライス報道官は…このように述べた".
RELAYED_BY = re.compile(
    rf"[\s。.]*(?P<who>[{HAN}{KANA}{HANGUL}·・ ]{{2,30}}?(?:대변인|報道官|发言人|發言人))"
    r"(?:은|는|이|가|は|が)[^.。\n]{0,120}?(?:이같이|이와\s같이|このように|如此)"
)

# A sentence with no subject that goes on with the last speaker's words: a connective
# alone before its first quote ("이어 “…”며 “…”고 덧붙였습니다", "さらに「…」と述べた").
GOES_ON = re.compile(
    r"\s*(?:이어서?|또한?|그러면서|아울러|さらに|また|その上で|そのうえで)[\s,，、]*"
)
# How a subordinate clause with the main clause's subject (left out) ends right before a
# quote, with no comma: a Japanese te-form ("…の発足を受けて「…」と述べた", "踏まえて")
# or a phrase that sets the topic ("…について「…」", "…をめぐり", "…에 대해 “…”").
CLAUSE_LINK = re.compile(
    r"(?:[てで]|について|に関して?|をめぐ(?:り|って)|に向けて?|に対して?|として"
    r"|에\s?(?:대해|관해)(?:서는?)?|(?:와|과)\s?관련해)\s*$"
)

MAX_SPEECH_GAP = 40  # a subject, then "gave a … speech," and the speech verb
SPEECH_NOUN = re.compile(r"发表|發表|演说|演說|讲话|講話|演讲|演講|致辞|致詞|声明|聲明")

# "as follows" with a speech verb, at the end of a paragraph.
ANNOUNCES = re.compile(
    r"(?:(?:次|以下)の?(?:よう|とおり|通り)に?[^。！？]{0,8}?(?:述べ|語|話|発言|挨拶|表明)"
    r"|如下|以下[^。！？]{0,4}(?:讲话|講話|发言|發言|表示)"
    r"|다음과\s*같이)[^。！？]{0,12}[。：:．.]?\s*$"
)
BARE_TITLE = re.compile(rf"(?:^|[、，,\s])(?P<title>{ANY_TITLE})(?:は|が|も|은|는|이|가)")

# Particles that join a name to the rest of the sentence ("と" quotes, so it is not one).
# (Korean "이라고"/"이라며" after a quote is the quotative, "said that", not a particle:
# "“…”이라고 말했습니다" are someone's words.)
NAME_PARTICLE = re.compile(
    r"(?:の|に|を|が|は|で|へ|という|など|的|을|를|은|는|이(?!라고|라며|라면서)|가|의|에)"
)
OWN_PUNCTUATION = re.compile(r"[、，,。．！？!?：:；;]")
# A genitive right after a quote: the quote qualifies a noun ("「2+2」の作業", "“一个中国”的
# 原则", "‘…’의 정신"), as a name does; someone's words are followed by a quotative.
GENITIVE = re.compile(r"\s*(?:の|的|의)")
# Names listed together: "「…ファクトシート」及び「…」(PDF)の文書", "「…」や「…」", "“…”和“…”";
# the next name's end, and a short note in brackets after it ("(PDF)", "（仮称）").
NEXT_LISTED = re.compile(
    r"\s*(?:及び|並びに|および|や|、|，|与|與|和|및|와|과|、)\s*"
    r"[「『“\"‘][^」』”\"’\n]{1,60}[」』”\"’]\s*(?:[(（][^)）\n]{1,12}[)）])?"
)
# A spokesperson's title (CJK_TITLES leaves it out: no surname takes it as a post), acting
# perhaps: "젠 사키 백악관 대변인은", "… 국방부 대변인 대행은", "国務省報道官は".
SPOKESPERSON_TITLE = (
    r"(?:수석[^\S\n]?)?부?대변인(?:[^\S\n]?(?:직무)?대행)?|副?報道官|(?:副|首席)?(?:发言人|發言人)"
)
# A deputy's or an assistant's title, which CJK_TITLES leaves out too ("차관보", "부장관", "次官補",
# "副長官", "助理国务卿"), and the region or matter in their charge before it
# ("동아시아태평양 담당 차관보", "東アジア・太平洋担当国務次官補").
DEPUTY_TITLE = (
    r"(?:국무|국방)?(?:부?차관보?|부장관)|(?:国務|国防)?次官補?|副長官|副国务卿|副國務卿"
    r"|助理(?:国务卿|國務卿)"
)
_IN_CHARGE = rf"(?:[{HAN}{KANA}{HANGUL}・·]{{1,10}}[^\S\n]?(?:담당|担当)[^\S\n]?)?"
# After a known name, its country or office (any, in a word or two: "줄리 비숍 호주
# 외무장관은", "ビショップ豪州外相は", "젠 사키 백악관 대변인은") and title, then a topic
# particle: the name is the sentence's topic, whatever country or office cjk_subjects'
# lists lack.
_TOPIC_TITLE = rf"{ANY_TITLE}|{SPOKESPERSON_TITLE}|{DEPUTY_TITLE}"
# The name may carry its gloss in brackets, the other script's spelling ("다카이치 사나에
# (高市早苗) 일본 총리는", "토니 블링컨(Antony Blinken) 미국 국무장관은").
_GLOSS = r"(?:[(（][^()（）\n]{1,30}[)）])?"
TITLED_TOPIC_AFTER_NAME = re.compile(
    rf"{_GLOSS}[^\S\n]?(?:[{HAN}{KANA}{HANGUL}]{{1,5}}[^\S\n]?){{1,2}}{_IN_CHARGE}"
    rf"(?P<title>{_TOPIC_TITLE})[^\S\n]*"
    rf"(?:は|も|은|는|도)(?![{HANGUL}])"
)
# A title, then a possessive ("존 도 장관의 대변인은", "山田首相の次官は"): the title after
# it is someone else's, who works for the one named, so the name is not the topic. (The
# possessive is written onto the title: "장관 의회" is "the minister, parliament".)
TITLE_POSSESSED = re.compile(rf"(?:{_TOPIC_TITLE})(?:의|の)")
# A Korean name printed by surname and title, the subject of its clause ("밀러 대변인은",
# "파텔 수석부대변인은", "오스틴 장관이"): the surname a word of its own before the title.
SURNAME_TITLE = re.compile(
    rf"(?<![{HANGUL}])(?P<who>[{HANGUL}]{{2,5}}[^\S\n]+(?:수석)?부?(?:대변인|{ANY_TITLE}))"
    rf"(?:은|는|이|가|도)(?![{HANGUL}])"
)
# After a quote in a question, an honorific verb of saying: the words the one asked said
# ("「…」という趣旨の発言をされていますが", "「…」と言われましたけれども", "“…”라고
# 말씀하셨는데"). Without "発言を", "…されている"/"…言われる" is the impersonal passive
# ("「…」と言われていますが", "とされる": it is said), no one's words.
_HONORIFIC_SAID = r"(?:され|言われ|述べられ|話され|発言され|指摘され|表明され|語られ)"
ADDRESSEE_SAID = re.compile(
    r"^\s*(?:という|との|と)(?:趣旨の|旨の)?"
    rf"(?:ご?発言を(?:{_HONORIFIC_SAID}|おっしゃ)|おっしゃ|{_HONORIFIC_SAID}(?!て[いお]|る))"
    r"|^\s*(?:이?라고|고)\s*(?:말씀하셨|말씀하신|하셨|밝히셨|언급하셨|강조하셨)"
)
# The words before a quote that only say where or when it was said, a connective perhaps
# first: "記者会見では", "その上で、会談後の会見で", "이날 기자회견에서", "이어 회담 후 회견에서".
CIRCUMSTANCE = re.compile(
    r"\s*(?:(?:이어서?|또한?|그러면서|아울러|さらに|また|その上で|そのうえで)[\s,，、]*)?"
    r"[^。！？!?「」『』“”\"\n]{0,24}?(?P<place>では|で|には|において|에서는|에서|에선)[\s、，,]*"
)
# A topic or subject marked before that place: "首相は…で", "장관이 …에서" (a Japanese
# particle after any word, a Korean one ending a word).
TOPIC_OR_SUBJECT = re.compile(r"(?<![でにと])[はが]|[은는이가](?=\s)")


# A clause that names a source ("米国務省の発表によると、", "국무부에 따르면,", "据美方称，")
# or opens a contrast ("一方、", "しかし、", "반면,") brings in another voice: what follows
# is not the last speaker's going on.
ANOTHER_VOICE = re.compile(
    r"によると|によれば|の発表|発表で|側は|에 따르면|에따르면|에 의하면|据|根据|據|根據"
    r"|^\s*(?:一方|しかし|これに対し|これに対して|他方|반면|그러나|하지만|한편|但是|然而|另一方面)"
)
