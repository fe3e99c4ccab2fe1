"""The message tables: every language has the same keys and placeholders, and the
language reaches the detectors from the settings, the environment and the library."""

from __future__ import annotations

import pytest

from fillcheck import audit_text
from fillcheck.messages import (
    LANGUAGES,
    check_language,
    hanzi_number,
    language,
    language_from_environment,
    merge,
    placeholders,
    set_language,
    t,
    table,
    use_language,
)


def test_tables_have_the_same_keys():
    english = table("en")
    for lang in LANGUAGES:
        assert set(table(lang)) == set(english), lang


@pytest.mark.parametrize("key", sorted(table("en")))
def test_templates_have_the_same_placeholders(key):
    expected = placeholders(table("en")[key])
    for lang in LANGUAGES:
        assert placeholders(table(lang)[key]) == expected, (lang, key)


def test_merge_rejects_a_key_defined_twice():
    with pytest.raises(ValueError, match="'a' defined twice"):
        merge({"a": "x"}, {"a": "y"})


@pytest.mark.parametrize(
    ("value", "words"), [(0, "零"), (1, "一"), (2, "两"), (3, "三"), (10, "十"), (12, "十二"),
                         (20, "二十"), (35, "三十五"), (100, "100")],
)  # fmt: skip
def test_hanzi_number(value, words):
    assert hanzi_number(value) == words


def test_hanzi_conversion_only_in_chinese():
    params = {"phrase": "三个清单", "announced": 3, "count": 2, "listed": "责任清单、问题清单"}
    assert t("list-fewer", **params) == (
        "三个清单 announces 3 items but the list has 2: 责任清单、问题清单"
    )
    with use_language("zh"):
        assert t("list-fewer", **params) == "“三个清单”后只列出两项（应为三项）：责任清单、问题清单"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, None),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "en_US.UTF-8"}, None),
        ({"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, None),  # LC_ALL wins over LANG
        ({"LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
        ({"FILLCHECK_LANG": "en", "LC_ALL": "zh_CN.UTF-8"}, "en"),
        ({"FILLCHECK_LANG": "zh", "LANG": "C"}, "zh"),
    ],
)
def test_language_from_environment(environ, expected):
    assert language_from_environment(environ) == expected


def test_unknown_language_names_the_choices():
    assert check_language("zh-CN") == "zh"
    with pytest.raises(ValueError, match="unknown language 'fr' \\(expected one of: en, zh\\)"):
        check_language("fr")


def test_set_language_is_the_process_default():
    assert language() == "en"
    set_language("zh")
    try:
        assert [f.message for f in audit_text("发展对象XX名。")] == ["`XX名`：人数未填写"]
    finally:
        set_language("en")
    assert [f.message for f in audit_text("发展对象XX名。")] == [
        "`XX名`: the number of people was never filled in"
    ]


def test_cached_messages_follow_the_language():
    text = "今年发展对象XX名，召开会议**次。"
    english = [(f.rule, f.message, f.suggestion) for f in audit_text(text)]
    chinese = [(f.rule, f.message, f.suggestion) for f in audit_text(text, lang="zh")]
    assert english == [
        ("FC102", "`XX名`: the number of people was never filled in",
         "replace `XX` with the real value"),
        ("FC101", "`**次`: the number was never filled in", "replace `**` with the real value"),
    ]  # fmt: skip
    assert chinese == [
        ("FC102", "`XX名`：人数未填写", "将`XX`替换为实际内容"),
        ("FC101", "`**次`：数量未填写", "将`**`替换为实际内容"),
    ]
    assert [(f.rule, f.message, f.suggestion) for f in audit_text(text)] == english


def test_run_check_carries_the_language_as_a_plain_value(tmp_path):
    import io
    import pickle

    from fillcheck.formatters import get_formatter
    from fillcheck.registry import select_rules
    from fillcheck.runner import CheckOptions, run_check

    (tmp_path / "a.txt").write_text("发展对象XX名。\n", encoding="utf-8")
    options = CheckOptions(rules=select_rules(["FC102"]), lang="zh")
    assert pickle.loads(pickle.dumps(options.lang)) == "zh"
    out, err = io.StringIO(), io.StringIO()
    paths = [str(tmp_path / "a.txt"), str(tmp_path / "missing.txt")]
    run_check(paths, options, get_formatter("text", out), err)
    assert out.getvalue() == f"{tmp_path / 'a.txt'}:1:5: error FC102 `XX名`：人数未填写 [`XX`]\n"
    assert err.getvalue() == f"fillcheck：错误：{tmp_path / 'missing.txt'}：文件不存在\n"
    assert language() == "en"  # only the run was in Chinese


def test_no_template_escapes_braces():
    # t() returns a template without placeholders as it is, so `{{` would show doubled.
    for lang in LANGUAGES:
        assert not [key for key, text in table(lang).items() if "{{" in text or "}}" in text]
