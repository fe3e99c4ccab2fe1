"""FC0xx: problems with fillcheck's own suppression directives.

These rules judge `<!-- fillcheck-... -->` directives rather than the prose,
and they need the other rules' findings to do it, so their findings are made
by the engine (see ``fillcheck.suppress``) after the other rules have run; the
functions registered here only carry each rule's identity and documentation.
Select or ignore them like any rule: ``--ignore FC001`` is the opt-out.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..finding import Category, Hit, Severity
from ..registry import register


@register("FC001", "unused-suppression", Category.FORMAT, Severity.WARNING)
def unused_suppression(doc: Document) -> Iterator[Hit]:
    r"""A `<!-- fillcheck-... -->` directive suppresses nothing.

    ## What it does
    Reports a `disable-next-line`, `disable-line`, `disable` or
    `disable-file` directive that suppressed no finding, naming the codes
    that went unused, and an `enable` that re-enables nothing. A code is
    judged only when its rule ran: a directive for FC101 in a run with
    `--select FC2` is not reported. A directive without codes is judged
    against every rule that ran.

    ## Why is this bad?
    A stale directive hides the next problem written on its line, and tells
    readers of the source that something is wrong there when nothing is.
    Delete it, or remove the codes that no longer apply.

    ## Example
    Bad: <!-- fillcheck-disable-next-line -->\n本次活动共有12人参加。
    Good: <!-- fillcheck-disable-next-line FC102 -->\n今年发展对象XX名。
    """
    return iter(())  # judged by the engine, which knows what each directive suppressed


@register("FC002", "invalid-suppression", Category.FORMAT, Severity.WARNING)
def invalid_suppression(doc: Document) -> Iterator[Hit]:
    r"""A `<!-- fillcheck-... -->` directive names an unknown rule or action.

    ## What it does
    Reports a code, prefix or rule name in a directive that matches no rule
    (`FC199`, `masked-star-value`), an unknown directive such as
    `fillcheck-disable-lines`, and a directive that is not one comment on
    one line. The directive's valid codes still apply. A code in the user
    range (`FC9xx`) is accepted even when no user rule is loaded.

    ## Why is this bad?
    The writer meant to silence a finding and did not: the finding is still
    reported, or a misspelt `enable` leaves rules off for the rest of the
    document.

    ## Example
    Bad: <!-- fillcheck-disable-next-line masked-star-value -->\n共组织学习*次。
    Good: <!-- fillcheck-disable-next-line star-masked-value -->\n共组织学习*次。
    """
    return iter(())  # judged by the engine while it reads the directives
