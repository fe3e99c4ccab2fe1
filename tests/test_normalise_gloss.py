"""Pinyin glosses left by script converters are removed from the matching view."""

from __future__ import annotations

import random

import pytest

from fillcheck.normalise import PINYIN_GLOSS, _gloss_positions, normalise


@pytest.mark.parametrize(
    ("text", "view", "removed"),
    [
        ("召開(kāi)会议", "召开会议", [2, 3, 4, 5, 6]),
        ("口(kǒu)(kou)令", "口令", list(range(1, 11))),  # a plain gloss after a toned one
        ("列表(a)(b)", None, None),  # plain letters in a list: not glosses
        ("(kāi)在开头", None, None),  # nothing before it to gloss
        ("x(kāi)拉丁后", None, None),  # after a Latin letter
    ],
)
def test_glosses_in_the_view(text, view, removed):
    found = normalise(text)
    if view is None:
        assert found is None
    else:
        assert (found.text, found.removed) == (view, removed)


def test_many_plain_glosses_count():
    text = "".join(f"字({word})" for word in ("zi", "ci", "ju", "pian", "zhang"))
    # 字(zi) 字(ci) 字(ju) 字(pian) 字(zhang): each gloss from its "(" to its ")"
    assert sorted(_gloss_positions(text)) == [
        *range(1, 5),
        *range(6, 10),
        *range(11, 15),
        *range(16, 22),
        *range(23, 30),
    ]


def test_positions_agree_with_the_look_behind_pattern():
    rng = random.Random(7)
    alphabet = "中文()kāiouabc)(x"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        spans = [match.span() for match in PINYIN_GLOSS.finditer(text)]
        toned = any(not text[a + 1 : b - 1].isascii() for a, b in spans)
        expected = (
            {offset for a, b in spans for offset in range(a, b)}
            if spans and (toned or len(spans) >= 5)
            else set()
        )
        assert _gloss_positions(text) == expected, text
