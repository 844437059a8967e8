"""Traditional-script spellings of US ministers' names used in Taiwan and Hong Kong (and
one simplified variant), next to the ones VOA's Chinese services print: the same person
either way. Invented sentences."""

import pytest

from archive.ingest.people import find_people


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        ("美國國務卿凱瑞表示,美日同盟堅如磐石。", "john-f-kerry"),
        ("約翰·凱瑞與日本外相岸田文雄會談。", "john-f-kerry"),
        ("美國國務卿提勒森與日本外相河野太郎會談。", "rex-tillerson"),
        ("美國國務卿龐培歐與日本外相茂木敏充通電話。", "mike-pompeo"),
        ("國務卿龐佩奧抵達東京。", "mike-pompeo"),
        ("美國國務卿盧比歐與日本外相岩屋毅會談。", "marco-rubio"),
        ("美国国务卿卢比奥与日本外相岩屋毅会谈。", "marco-rubio"),
        ("美國國防部長馬提斯與日本防衛大臣稻田朋美會談。", "jim-mattis"),
        ("美國國防部長蓋茲抵達東京。", "robert-gates"),
        # The spellings already known still are.
        ("美國國務卿蓬佩奧與日本外相茂木敏充通電話。", "mike-pompeo"),
        ("美国国务卿鲁比奥与日本外相岩屋毅会谈。", "marco-rubio"),
    ],
)
def test_a_taiwan_or_hong_kong_spelling_is_the_same_minister(ref, body, slug):
    mentions, _ = find_people(body, ref.index)
    assert slug in {m.slug for m in mentions}
