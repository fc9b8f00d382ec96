"""Template injection: every payload fails with a typed TemplateError, never executes, never hangs.

The loop and size guards count work (iterations, calls, characters); none of them is a timer,
so each payload below stops after a bounded amount of work.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from _support import AS_OF, Library, preview

from dunning_sms import (
    TemplateError,
    TemplateNotFoundError,
    TemplateOutputError,
    TemplateSecurityError,
    TemplateSyntaxError,
    UndefinedVariableError,
)
from dunning_sms._compose import Composer
from dunning_sms._templates import MAX_RENDER_STEPS
from dunning_sms.testing import sample_borrower, sample_lender, sample_loan

Sec, Out, Syn, Und, NotFound = (
    TemplateSecurityError,
    TemplateOutputError,
    TemplateSyntaxError,
    UndefinedVariableError,
    TemplateNotFoundError,
)

# (id, source, expected error class)
PAYLOADS: list[tuple[str, str, type[TemplateError]]] = [
    # attribute walks to Python internals
    ("view-class", "{{ lender.__class__ }}", Sec),
    ("view-init-globals", "{{ lender.__init__.__globals__ }}", Sec),
    ("view-private", "{{ lender._values }}", Sec),
    ("view-item-private", "{{ lender['_values'] }}", Sec),
    ("str-mro-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}", Sec),
    ("str-class", "{{ ''.__class__ }}", Sec),
    ("decimal-class", "{{ loan.amount_due.__class__.__base__ }}", Sec),
    ("date-mro", "{{ loan.due_date.__class__.__mro__ }}", Sec),
    ("getitem-dunder", "{{ loan.due_date['__class__'] }}", Sec),
    ("self-init-globals", "{{ self.__init__.__globals__ }}", Sec),
    ("self-context", "{{ self._TemplateReference__context }}", Sec),
    ("loop-internals", "{% for x in [1] %}{{ loop.__class__ }}{% endfor %}", Sec),
    ("map-attribute", "{{ ['a']|map(attribute='__class__')|list }}", Sec),
    ("sort-attribute", "{{ [lender]|sort(attribute='__class__')|list }}", Sec),
    ("attr-filter-dunder", "{{ ''|attr('__class__') }}", Sec),
    ("attr-filter-view-method", "{{ lender|attr('lookup') }}", Und),
    ("view-method", "{{ lender.lookup('name') }}", Und),
    ("dict-method", "{{ {}.items() }}", Sec),
    ("str-method", "{{ 'x'.upper() }}", Sec),
    # Jinja's default globals are not there
    ("cycler-globals", "{{ cycler.__init__.__globals__.os }}", Sec),
    ("joiner", "{{ joiner() }}", Und),
    ("namespace", "{% set ns = namespace(a=1) %}{{ ns.a }}", Und),
    ("lipsum-globals", "{{ lipsum.__globals__['os'] }}", Und),
    ("request", "{{ request.application.__globals__ }}", Und),
    ("config", "{{ config.items() }}", Und),
    ("url-for", "{{ url_for.__globals__ }}", Und),
    # format-string tricks
    ("str-format-method", "{{ '{0.__class__}'.format(lender) }}", Sec),
    ("format-filter-view", "{{ '%s'|format(lender) }}", TemplateError),
    ("format-filter-walk", "{{ '%s'|format(lender.__class__) }}", Sec),
    ("percent-view", "{{ '%s' % lender }}", TemplateError),
    ("percent-walk", "{{ '%s' % lender.__init__ }}", Sec),
    ("percent-mapping-walk", "{{ '%(a)s' % {'a': ''.__class__} }}", Sec),
    ("percent-width-bomb", "{{ '%0999999999d' % 1 }}", Out),
    ("format-width-bomb", "{{ '%.999999999f'|format(1) }}", Out),
    # huge outputs and values
    ("str-times-huge", "{{ 'a' * 10**9 }}", Out),
    ("list-times-huge", "{{ [0] * 10**8 }}", Out),
    ("pow-huge", "{{ 2 ** (10 ** 10) }}", Out),
    (
        "concat-doubling",
        "{% macro f(s, n) %}{{ f(s ~ s, n + 1) }}{% endmacro %}{{ f('ab', 0) }}",
        Out,
    ),
    ("plus-doubling", "{% macro f(s) %}{{ f(s + s) }}{% endmacro %}{{ f('ab') }}", Out),
    ("replace-growth", "{{ ('a' * 5000)|replace('a', 'aaaa') }}", Out),
    ("join-growth", "{{ range(200)|join('x' * 5000) }}", Out),
    ("center-huge", "{{ 'a'|center(10**9) }}", Out),
    ("batch-fill-huge", "{{ range(3)|batch(10**9, 'x')|list }}", Out),
    ("output-cap", "{% for i in range(200) %}{{ 'x' * 50 }}{% endfor %}", Out),
    # loops and recursion
    ("range-huge", "{% for a in range(10**9) %}{% endfor %}", Out),
    (
        "nested-range-1000",
        "{% for a in range(1000) %}{% for b in range(1000) %}{% endfor %}{% endfor %}",
        Out,
    ),
    (
        "nested-range-under-cap",
        "{% for a in range(200) %}{% for b in range(200) %}{% for c in range(200) %}"
        "{% endfor %}{% endfor %}{% endfor %}",
        Out,
    ),
    (
        "loop-over-long-string",
        "{% for c in 'abcdefghij' * 1000 %}{% for d in 'ab' %}{% endfor %}{% endfor %}",
        Out,
    ),
    ("self-recursive-macro", "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}", Out),
    (
        "exponential-macro",
        "{% macro f(n) %}{% if n < 60 %}{{ f(n + 1) }}{{ f(n + 1) }}{% endif %}{% endmacro %}"
        "{{ f(0) }}",
        Out,
    ),
    ("recursive-loop", "{% for x in [[1, [2]]] recursive %}{{ loop([x]) }}{% endfor %}", Out),
    (
        "recursive-loop-wide",
        "{% for x in range(200) recursive %}{{ loop(range(200)) }}{% endfor %}",
        Out,
    ),
    (
        "call-block-recursion",
        "{% macro m() %}{{ caller() }}{% endmacro %}"
        "{% macro r() %}{% call m() %}{{ r() }}{% endcall %}{% endmacro %}{{ r() }}",
        Out,
    ),
    # personal fields the template did not declare
    ("raw-attr", "{{ raw.phone }}", Sec),
    ("raw-item", "{{ raw['phone'] }}", Sec),
    ("raw-attr-filter", "{{ raw|attr('phone') }}", Sec),
    ("raw-map", "{{ [raw]|map(attribute='id_number')|list }}", Sec),
    ("raw-name", "{{ raw.name }}", Sec),
    # filters and syntax
    ("unknown-filter", "{{ 1|nosuchfilter }}", Syn),
    ("dropped-filter-indent", "{{ 'a'|indent(10**9) }}", Syn),
    ("dropped-filter-random", "{{ [1, 2]|random }}", Syn),
    ("unclosed-tag", "{% if %}", Syn),
    # reaching outside the library
    ("include-passwd", "{% include '../../etc/passwd' %}", NotFound),
    ("include-absolute", "{% include '/etc/passwd' %}", NotFound),
    ("extends-passwd", "{% extends '../../etc/passwd' %}", NotFound),
    ("import-passwd", "{% import '../../etc/passwd' as p %}{{ p }}", NotFound),
    ("from-import", "{% from '/etc/hosts' import x %}{{ x }}", NotFound),
    ("include-dynamic", "{% include lender.name %}", NotFound),
    ("include-self-recursion", "{% include 'zh_CN/t.j2' %}", Out),
]


@pytest.mark.parametrize(
    ("source", "expected"),
    [pytest.param(src, exp, id=name) for name, src, exp in PAYLOADS],
)
def test_payload_is_refused_with_a_typed_error(
    library: Library, source: str, expected: type[TemplateError]
) -> None:
    root = library({"t": source})
    with pytest.raises(expected) as caught:
        preview(root)
    # The error names the template it came from, for the operator's log.
    assert caught.value.template is not None


def test_the_guards_leave_ordinary_templates_working(library: Library) -> None:
    # Control for the payloads above: loops, macros, includes, filters and ~ within the caps.
    root = library(
        {
            "t": (
                "{% import 'zh_CN/parts.j2' as parts %}"
                "【{{ lender.signature }}】{{ parts.hello(borrower.name) }}"
                "{% for c in lender.channels %}{{ c.label|upper }}{% endfor %}"
                "{% for i in range(3) %}{{ loop.index }}{% endfor %}"
                "{{ ['a', 'b']|join('-') }}{{ 'x' ~ 'y' }}{{ 'ab'|replace('a', 'c') }}"
                "{{ '%s元'|format(loan.amount_due) }}{{ 2 ** 3 }}{{ '-' * 3 }}"
                "{% include 'zh_CN/tail.j2' %}"
            ),
            "parts": "{% macro hello(name) %}{{ name }}您好，{% endmacro %}",
            "tail": "客服{{ lender.hotline }}",
        }
    )
    text = preview(root).text
    assert text == "【安心借】张*您好，安心借APP123a-bxycb1234.56元8---客服400-123-4567"


def test_step_budget_allows_exactly_the_cap(library: Library) -> None:
    # 49 x 200 inner iterations + 49 outer ones + 50 range() calls stays under the budget;
    # one more outer iteration crosses it. The counter counts work, not time.
    def loops(outer: int) -> str:
        return (
            f"{{% for a in range({outer}) %}}{{% for b in range(200) %}}"
            "{% endfor %}{% endfor %}ok"
        )

    assert 49 * 201 + 50 <= MAX_RENDER_STEPS < 50 * 201 + 51
    assert preview(library({"t": loops(49)})).text == "ok"
    with pytest.raises(TemplateOutputError, match="loop iterations and calls"):
        preview(library({"t": loops(50)}))


def test_budget_is_per_render_not_per_composer(library: Library) -> None:
    root = library(
        {"t": "{% for a in range(200) %}{% for b in range(40) %}{% endfor %}{% endfor %}ok"}
    )
    composer_text = [preview(root).text for _ in range(3)]
    assert composer_text == ["ok", "ok", "ok"]


def test_declared_raw_field_is_still_refused_when_the_policy_forbids_it(library: Library) -> None:
    root = library({"t": "{{ raw.phone }}"}, meta={"t": 'raw_fields = ["phone"]\n'})
    with pytest.raises(TemplateSecurityError, match="raw_fields_allowed"):
        preview(root)


def test_printing_a_view_leaks_nothing(library: Library) -> None:
    root = library({"t": "{{ lender }}"})
    with pytest.raises(TemplateError, match="not text") as caught:
        preview(root)
    assert "安心借" not in str(caught.value)


def test_symlinked_template_pointing_outside_is_refused(library: Library, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.j2"
    secret.write_text("TOP SECRET {{ raw.phone }}", "utf-8")
    root = library({"t": "ok"})
    os.symlink(secret, root / "zh_CN" / "evil.j2")
    with pytest.raises(TemplateSecurityError, match="leaves the library"):
        Composer("cn", templates=root)


def test_symlinked_locale_folder_pointing_outside_is_refused(
    library: Library, tmp_path: Path
) -> None:
    outside = tmp_path / "outside" / "en_US"
    outside.mkdir(parents=True)
    (outside / "t.j2").write_text("from outside", "utf-8")
    root = library({"t": "ok"})
    os.symlink(outside, root / "en_US")
    with pytest.raises(TemplateSecurityError, match="leaves the library"):
        Composer("cn", templates=root)


def test_symlinked_metadata_pointing_outside_is_refused(library: Library, tmp_path: Path) -> None:
    outside = tmp_path / "meta.toml"
    outside.write_text('raw_fields = ["phone"]\n', "utf-8")
    root = library({"t": "ok"})
    os.symlink(outside, root / "zh_CN" / "t.toml")
    with pytest.raises(TemplateSecurityError, match="metadata path leaves"):
        Composer("cn", templates=root)


def test_templates_are_read_once_and_never_from_disk_at_render(library: Library) -> None:
    root = library({"t": "{% include 'zh_CN/part.j2' %}", "part": "第一版"})
    composer = Composer("cn", templates=root)
    (root / "zh_CN" / "part.j2").write_text("{{ ''.__class__ }}", "utf-8")
    (root / "zh_CN" / "late.j2").write_text("late", "utf-8")
    data = {
        "borrower": sample_borrower(),
        "loan": sample_loan(),
        "lender": sample_lender(),
        "as_of": AS_OF,
    }
    assert composer.preview("t", **data).text == "第一版"  # type: ignore[arg-type]
    with pytest.raises(TemplateNotFoundError):
        composer.preview("late", **data)  # type: ignore[arg-type]
