"""Transcript labels beyond the capitals of US government transcripts: the Japanese
foreign ministry's press conferences ("Mr. HAYASHI Yoshimasa, Minister for Foreign
Affairs: …", "Reporter: …") and Chinese, Japanese and Korean labels ("拜登总统：…",
"林外務大臣：…", "記者：…"), as the pages print them. The pages are invented."""

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes
from archive.ingest.transcripts import find_turns


def turns(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(h.speaker_slug, h.speaker_name, h.text) for h in find_turns(body, ref.index, mentions)]


def test_a_ministry_press_conference_with_one_named_turn(ref):
    body = (
        "Extraordinary Press Conference by Foreign Minister HAYASHI Yoshimasa\n\n"
        "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs: I just held my first Japan-U.S."
        " Foreign Ministers’ Telephone Talk with Secretary of State Blinken. We agreed to"
        " work closely."
    )
    assert turns(body, ref) == [
        (
            "yoshimasa-hayashi",
            "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs",
            "I just held my first Japan-U.S. Foreign Ministers’ Telephone Talk with Secretary"
            " of State Blinken.",
        )
    ]


def test_a_reporters_question_is_nobodys(ref):
    body = (
        "Reporter: Thank you for your time. What were the results of the meeting?\n\n"
        "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs: I just had a meeting with"
        " Secretary Blinken. It lasted 40 minutes."
    )
    assert turns(body, ref) == [
        (None, "Reporter", "Thank you for your time."),
        (
            "yoshimasa-hayashi",
            "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs",
            "I just had a meeting with Secretary Blinken.",
        ),
    ]


def test_a_chinese_translation_of_remarks(ref):
    body = (
        "白宫\n\n2024年4月10日\n\n拜登总统:请各位就坐。\n\n"
        "今天能够与日本首相岸田文雄站在一起,我感到非常荣幸。"
    )
    biden = [("joe-biden", "拜登总统", "请各位就坐。")]
    assert turns(body, ref) == biden
    # The full-width colon of a page that was not normalised reads the same.
    assert turns(body.replace("总统:", "总统："), ref) == biden


def test_japanese_and_korean_labels_and_their_roles(ref):
    japanese = "林外務大臣：本日、ブリンケン長官と会談しました。\n\n記者：会談の成果は。"
    assert turns(japanese, ref) == [
        ("yoshimasa-hayashi", "林外務大臣", "本日、ブリンケン長官と会談しました。"),
        (None, "記者", "会談の成果は。"),
    ]
    korean = "바이든 대통령: 감사합니다. 기시다 총리를 환영합니다.\n\n기자: 질문 있습니다."
    assert turns(korean, ref)[0] == ("joe-biden", "바이든 대통령", "감사합니다.")


def test_labels_that_name_no_known_person_alone_are_no_transcript(ref):
    # One label, nobody known: a heading, not a turn.
    assert turns("某部长:我们会继续合作。", ref) == []
    assert turns("Mr. Smith, Director of the Institute: We expect progress.", ref) == []
    # A reporting sentence is no label: no title before the colon.
    assert turns("美国国务院表示:双方将继续合作。", ref) == []
    assert turns("Mr. Hayashi said: we will work together.", ref) == []


def test_the_turn_is_a_quote_of_its_speaker_in_the_report(ref):
    body = "拜登总统:请各位就坐。\n\n今天能够与日本首相岸田文雄站在一起,我感到非常荣幸。"
    mentions, _ = find_people(body, ref.index)
    hits = find_quotes(body, mentions, index=ref.index)
    assert [(h.form, h.speaker_slug, h.text) for h in hits] == [
        ("transcript-turn", "joe-biden", "请各位就坐。")
    ]


def test_a_first_sentence_does_not_end_at_an_abbreviation(ref):
    body = (
        "SECRETARY BLINKEN: The U.S. commitment is ironclad. Next question.\n\n"
        "QUESTION: Mr. Secretary, thank you. Did you discuss Taiwan?"
    )
    assert [text for _, _, text in turns(body, ref)] == [
        "The U.S. commitment is ironclad.",
        "Mr. Secretary, thank you.",
    ]


def test_bracketed_labels_of_japanese_press_conferences(ref):
    mofa = "【林外務大臣】本日、ブリンケン国務長官と電話会談を行いました。\n\n【記者】成果は。"
    assert turns(mofa, ref) == [
        ("yoshimasa-hayashi", "林外務大臣", "本日、ブリンケン国務長官と電話会談を行いました。"),
        (None, "記者", "成果は。"),
    ]
    kantei = "（岸田総理）ありがとうございます。本日は。\n\n（記者）総理に伺います。"
    assert turns(kantei, ref) == [
        ("fumio-kishida", "岸田総理", "ありがとうございます。"),
        (None, "記者", "総理に伺います。"),
    ]
    english = "(Prime Minister Kishida) Thank you, Joe. We met today."
    assert turns(english, ref) == [("fumio-kishida", "Prime Minister Kishida", "Thank you, Joe.")]


def test_bracketed_notes_credits_and_headings_are_no_labels(ref):
    for body in (
        "(FILE) Presiden Joe Biden bertemu dengan Perdana Menteri Jepang.",
        "(AP Photo/Andrew Harnik) Prime Minister Kishida speaks.",
        "[Provisional translation]\n\nThe two leaders met.",
        "【速報】林外務大臣がブリンケン国務長官と会談。",
    ):
        assert turns(body, ref) == [], body


def test_a_defense_ministry_press_conference_announcement_and_questions(ref):
    body = (
        "備考\n\n日米防衛相電話会談実施後の木原防衛大臣臨時会見\n\n1 発表事項\n\n"
        "先ほどですね、オースティン米国防長官と電話会談を実施いたしました。日米で一致しました。"
        "\n\n2 質疑応答\n\nQ:今回の会談で、具体的にどのような点を議論されたのでしょうか。"
    )
    assert turns(body, ref) == [
        (None, "Q", "今回の会談で、具体的にどのような点を議論されたのでしょうか。"),
        (
            "minoru-kihara",
            "木原防衛大臣",
            "先ほどですね、オースティン米国防長官と電話会談を実施いたしました。",
        ),
    ]
    # Announcements with nobody named before them, or two people, have no speaker.
    assert turns(body.replace("木原防衛大臣臨時会見", "臨時会見"), ref) == []


def test_a_bracketed_speaker_on_its_own_line_speaks_the_paragraph_below(ref):
    body = (
        "1 発表事項\n\n(ポンペオ米国務長官)\n\n皆さんおはようございます。河野大臣に感謝します。"
        "\n\n(河野外務大臣)\n\nありがとうございます。本日は有意義でした。"
    )
    assert turns(body, ref) == [
        ("mike-pompeo", "ポンペオ米国務長官", "皆さんおはようございます。"),
        ("taro-kono", "河野外務大臣", "ありがとうございます。"),
    ]
