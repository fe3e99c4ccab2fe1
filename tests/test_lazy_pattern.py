"""Patterns compiled on first use behave as the compiled pattern, before and after."""

from __future__ import annotations

import pickle
import re

import pytest

from fillcheck.patterns import lazy_compile

TEXT = "共有XX名党员，其中**人为女性。"


@pytest.mark.parametrize("method", ["match", "fullmatch", "search", "finditer"])
def test_first_and_later_calls_answer_as_the_compiled_pattern(method):
    lazy = lazy_compile(r"[X*]{2}[名人]")
    plain = re.compile(r"[X*]{2}[名人]")

    def spans(result):
        if result is None or isinstance(result, re.Match):
            return result and result.span()
        return [match.span() for match in result]

    for start in (0, 2, 8):  # the first call compiles, the later ones use its methods
        assert spans(getattr(lazy, method)(TEXT, start)) == spans(
            getattr(plain, method)(TEXT, start)
        )


def test_nothing_is_compiled_before_first_use():
    lazy = lazy_compile(r"(unbalanced")  # an error shows only when the pattern is used
    with pytest.raises(re.error):
        lazy.search("text")


def test_a_pattern_survives_pickling_before_and_after_first_use():
    lazy = lazy_compile(r"某(?:单位|部门)")
    before = pickle.loads(pickle.dumps(lazy))
    assert before.search("在某单位工作").span() == (1, 4)
    assert lazy.search("某部门").span() == (0, 3)
    after = pickle.loads(pickle.dumps(lazy))
    assert after.search("在某单位工作").span() == (1, 4)
    assert after.compiled.pattern == lazy.pattern
