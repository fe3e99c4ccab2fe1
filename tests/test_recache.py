"""The cache of compiled regular expressions kept between runs (fillcheck.recache)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from fillcheck import recache

ROOT = Path(__file__).resolve().parents[1]
PATTERNS = [
    ("(?P<count>[0-9０-９]+)(?P<unit>名|人)", 0),
    ("某(?:单位|公司)", re.IGNORECASE),
    ("^[\u4e00-\u9fff]{2,}$", re.MULTILINE),
    ("x+y", re.VERBOSE),
]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A process whose ``re`` cache and recache state are empty, caching into tmp_path."""
    monkeypatch.setenv("FILLCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("FILLCHECK_NO_CACHE", raising=False)
    monkeypatch.setattr(recache, "_loaded", None)
    re.purge()
    yield tmp_path
    re.purge()


def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    compiler = getattr(re, "_compiler", None) or __import__("sre_compile")
    return compiler.compile(pattern, flags)


def test_saved_patterns_come_back_equal_and_are_served_from_the_cache(fresh, monkeypatch):
    assert recache.warm() == 0  # no file yet
    for pattern, flags in PATTERNS:
        re.compile(pattern, flags)
    assert recache.save() >= len(PATTERNS)
    assert recache.cache_file().parent == fresh
    assert recache.save() == 0  # nothing new: the file is not written again

    monkeypatch.setattr(recache, "_loaded", None)
    re.purge()
    assert recache.warm() >= len(PATTERNS)
    for pattern, flags in PATTERNS:
        cached = re._cache[(str, pattern, int(flags))]
        assert re.compile(pattern, flags) is cached
        assert cached == _compiled(pattern, flags)
        assert cached.groupindex == _compiled(pattern, flags).groupindex
    match = re.compile(PATTERNS[0][0]).search("共有12名同志")
    assert (match.group("count"), match.group("unit"), match.span()) == ("12", "名", (2, 5))


def test_a_corrupt_file_is_ignored(fresh):
    path = recache.cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00not marshal at all")
    assert recache.warm() == 0
    assert re.compile("某单位").search("由某单位负责").span() == (1, 4)


def test_a_file_of_another_layout_is_ignored(fresh):
    import marshal

    path = recache.cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(marshal.dumps([("某单位", 0, 0, b"\x01\x02", 0)]))
    assert recache.warm() == 0
    assert re.compile("某单位").search("由某单位负责").span() == (1, 4)


def test_no_cache_when_turned_off(fresh, monkeypatch):
    monkeypatch.setenv("FILLCHECK_NO_CACHE", "1")
    assert recache.cache_file() is None
    assert recache.warm() == 0
    re.compile("某(单位)")
    assert recache.save() == 0
    assert list(fresh.iterdir()) == []


def _check(env: dict[str, str]) -> list[dict]:
    fillcheck = str(Path(sys.executable).with_name("fillcheck"))
    done = subprocess.run(
        [fillcheck, "check", "--quiet", "--exit-zero", "--format", "jsonl", "samples"],
        capture_output=True, text=True, cwd=ROOT, env=env, check=True,
    )  # fmt: skip
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_check_finds_the_same_with_and_without_the_cache(tmp_path):
    import os

    base = {key: value for key, value in os.environ.items() if not key.startswith("FILLCHECK_")}
    plain = _check({**base, "FILLCHECK_NO_CACHE": "1"})
    cached_env = {**base, "FILLCHECK_CACHE_DIR": str(tmp_path)}
    first = _check({**cached_env, "PYTHONHASHSEED": "3"})  # writes the files
    names = {path.name for path in tmp_path.iterdir()}
    run = recache.cache_file().name
    assert run in names
    assert run.replace("-run.", "-placeholders.") in names  # a family's own file
    written = {path.name: path.stat().st_mtime_ns for path in tmp_path.iterdir()}
    # reads them, and has nothing to add: not even under another hash seed (a pattern
    # joined from a set in its iteration order would be a new pattern in every process)
    second = _check({**cached_env, "PYTHONHASHSEED": "7"})
    assert {path.name: path.stat().st_mtime_ns for path in tmp_path.iterdir()} == written
    assert len(plain) > 100
    assert first == plain
    assert second == plain


def test_the_file_keeps_the_newest_patterns(fresh, monkeypatch):
    monkeypatch.setattr(recache, "_MAX_ENTRIES", 3)
    recache.warm()
    re.compile("某甲")
    re.compile("某乙")
    recache.save()
    re.compile("某丙")
    re.compile("某丁")
    recache.save()
    monkeypatch.setattr(recache, "_loaded", None)
    re.purge()
    recache.warm()
    assert {key[1] for key in re._cache} == {"某乙", "某丙", "某丁"}


def test_each_installed_copy_has_its_own_file(fresh, monkeypatch):
    first = recache.cache_file()
    monkeypatch.setattr(recache, "__file__", "/elsewhere/fillcheck/recache.py")
    assert recache.cache_file() != first
    assert recache.cache_file().parent == first.parent


def test_patterns_compiled_inside_a_group_go_to_its_file(fresh):
    recache.warm()
    with recache.grouped("alpha"):
        re.compile("某甲(?:单位)")
    re.compile("某乙(?:单位)")
    assert recache.save() >= 2
    assert recache.cache_file("alpha").exists()

    def keys(group: str) -> set[str]:
        return {entry[0] for entry in recache._read(recache.cache_file(group))}

    assert "某甲(?:单位)" in keys("alpha")
    assert "某甲(?:单位)" not in keys(recache.RUN)
    assert "某乙(?:单位)" in keys(recache.RUN)


def test_a_group_is_read_only_when_it_is_warmed(fresh, monkeypatch):
    recache.warm()
    with recache.grouped("alpha"):
        re.compile("某甲(?:部门)")
    with recache.grouped("beta"):
        re.compile("某乙(?:部门)")
    recache.save()
    monkeypatch.setattr(recache, "_loaded", None)
    re.purge()
    recache.warm()
    assert recache.warm("alpha") == 1
    assert recache.warm("alpha") == 0  # once per process
    cached = {key[1] for key in re._cache}
    assert "某甲(?:部门)" in cached
    assert "某乙(?:部门)" not in cached


def test_the_run_group_keeps_few_patterns_and_reads_no_more(fresh, monkeypatch):
    recache.warm()
    for name in ("某甲", "某乙", "某丙"):
        re.compile(name)
    with recache.grouped("alpha"):
        for name in ("某丁", "某戊", "某己"):
            re.compile(name)
    recache.save()
    monkeypatch.setattr(recache, "_MAX_RUN", 1)
    monkeypatch.setattr(recache, "_loaded", None)
    re.purge()
    assert recache.warm() == 1  # a file written under a larger limit: its newest only
    assert recache.warm("alpha") == 3  # a family's file keeps its own
    assert {key[1] for key in re._cache} == {"某丙", "某丁", "某戊", "某己"}


def test_more_patterns_than_re_keeps_are_all_served(fresh, monkeypatch):
    names = [f"某{index}(?:单位|部门)" for index in range(re._MAXCACHE + 100)]
    half = len(names) // 2
    recache.warm()
    for group, part in (("alpha", names[:half]), ("beta", names[half:])):
        with recache.grouped(group):
            for name in part:
                re.compile(name)  # re drops the oldest as it goes
    assert recache.save() >= len(names)  # those dropped too
    assert {entry[0] for entry in recache._read(recache.cache_file("alpha"))} >= set(names[:half])

    monkeypatch.setattr(recache, "_loaded", None)
    re.purge()
    recache.warm()
    assert recache.warm("alpha") + recache.warm("beta") == len(names)
    compiler = getattr(re, "_compiler", None) or __import__("sre_compile")
    compiled = []
    monkeypatch.setattr(compiler, "compile", lambda *args: compiled.append(args))
    assert all(re.compile(name).pattern == name for name in names)
    assert compiled == []  # every one came from the file


def test_clean_removes_the_cache_files_of_every_copy_and_nothing_else(fresh):
    recache.warm()
    for pattern, flags in PATTERNS:
        re.compile(pattern, flags)
    assert recache.save() >= len(PATTERNS)
    stored = recache.cache_file()
    assert stored.exists()
    other_copy = fresh / "re-3117-20220615-3-0badf00d-run.marshal"  # another install's file
    database = fresh / "hs-12-0123abcd.db"
    leftovers = [fresh / "hs-12-0123abcd.db.4242", fresh / f"{stored.name}.77.tmp"]
    for path in [other_copy, database, *leftovers]:
        path.write_bytes(b"x" * 10)
    kept = [fresh / "notes.txt", fresh / "re-notes.txt", fresh / "hs-1-zz.db"]
    for path in kept:
        path.write_text("the user's own")
    (fresh / "hs-2-0123abcd.db").mkdir()  # not a file: left

    stored_size = stored.stat().st_size
    folder, count, size = recache.clean()
    assert (folder, count, size) == (fresh, 5, stored_size + 40)
    assert sorted(p.name for p in fresh.iterdir()) == sorted(
        ["notes.txt", "re-notes.txt", "hs-1-zz.db", "hs-2-0123abcd.db"]
    )
    assert recache.clean()[1:] == (0, 0)


def test_clean_without_a_folder_removes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("FILLCHECK_CACHE_DIR", str(tmp_path / "absent"))
    assert recache.clean() == (tmp_path / "absent", 0, 0)


def test_the_clean_command_reports_what_it_removed(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "FILLCHECK_CACHE_DIR": str(tmp_path), "FILLCHECK_LANG": "en"}
    sample = ROOT / "samples" / sorted(p.name for p in (ROOT / "samples").glob("*.txt"))[0]
    run = [sys.executable, "-m", "fillcheck"]
    subprocess.run([*run, "check", str(sample)], env=env, capture_output=True, check=False)
    written = sorted(tmp_path.iterdir())
    assert written  # the check stored its compiled patterns
    done = subprocess.run([*run, "clean"], env=env, capture_output=True, text=True, check=True)
    where = re.escape(str(tmp_path))
    expected = rf"fillcheck: removed {len(written)} cache files \([0-9.]+ [kM]B\) from {where}\n"
    assert re.fullmatch(expected, done.stdout)
    assert list(tmp_path.iterdir()) == []
    again = subprocess.run([*run, "clean", "--lang", "zh"], env=env, capture_output=True, text=True)
    assert (again.returncode, again.stdout) == (0, f"fillcheck：{tmp_path} 中没有缓存文件\n")


def test_a_pattern_another_family_compiles_first_goes_to_its_file_too(fresh, monkeypatch):
    import marshal

    pattern = "(?:委托方|受托方)[:：]"
    with recache.grouped("furniture"):  # an earlier run: furniture's import compiled it
        re.compile(pattern)
    assert recache.save() == 1
    # A later run imports the module from scrape's import first, before furniture's file
    # is read: the pattern is compiled there, and scrape's file must get it, or every run
    # compiles it again (it is in a file, just not in the one read when it is needed).
    monkeypatch.setattr(recache, "_loaded", None)
    re.purge()
    with recache.grouped("scrape"):
        re.compile(pattern)
    with recache.grouped("furniture"):
        pass
    assert recache.save() == 1
    scrape = marshal.loads(recache.cache_file("scrape").read_bytes())
    assert [entry[0] for entry in scrape] == [pattern]

    monkeypatch.setattr(recache, "_loaded", None)
    re.purge()
    with recache.grouped("scrape"):
        assert (str, pattern, 0) in re._cache  # served: nothing to compile
        re.compile(pattern)
    with recache.grouped("furniture"):
        pass
    assert recache.save() == 0
