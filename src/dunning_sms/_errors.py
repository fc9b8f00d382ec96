"""The exception tree. Every error the library raises on purpose is one of these.

    DunningError                      context: template, line, field, rule
    ├── PolicyError                   a policy file or name is wrong (file, key)
    ├── TemplateError                 a template cannot be loaded or rendered
    │   ├── TemplateNotFoundError     no template for that key and locale
    │   ├── TemplateSyntaxError       Jinja2 could not parse it
    │   ├── UndefinedVariableError    it used a variable the context does not have
    │   ├── TemplateSecurityError     it tried something the sandbox forbids
    │   └── TemplateOutputError       it rendered too much, or looped too long
    ├── InputError                    a row of input data is wrong (line, field)
    ├── ComplianceError               a message has error findings (carries the Report)
    └── ContactLogError               the contact log cannot record or read

Validation of the models raises pydantic's ``ValidationError`` as pydantic users expect.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._compose import Message
    from ._report import Report


class DunningError(Exception):
    """Root of every error raised by dunning-sms; carries structured context."""

    def __init__(
        self,
        message: str,
        *,
        template: str | None = None,
        line: int | None = None,
        field: str | None = None,
        rule: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.template = template
        self.line = line
        self.field = field
        self.rule = rule

    def context(self) -> dict[str, str | int]:
        """The structured context that is set, for logs and JSON output."""
        items = {
            "template": self.template,
            "line": self.line,
            "field": self.field,
            "rule": self.rule,
        }
        return {key: value for key, value in items.items() if value is not None}

    def __str__(self) -> str:
        where = []
        if self.template is not None:
            where.append(f"template {self.template!r}")
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.field is not None:
            where.append(f"field {self.field!r}")
        if self.rule is not None:
            where.append(f"rule {self.rule}")
        return f"{self.message} ({', '.join(where)})" if where else self.message


class PolicyError(DunningError):
    """A policy name is unknown or a policy file is invalid."""

    def __init__(self, message: str, *, file: str | None = None, key: str | None = None) -> None:
        super().__init__(message, field=key)
        self.file = file
        self.key = key

    def __str__(self) -> str:
        parts = [self.message]
        if self.file is not None:
            parts.append(f"in {self.file}")
        if self.key is not None:
            parts.append(f"at key {self.key!r}")
        return " ".join(parts)


class TemplateError(DunningError):
    """A template cannot be found, parsed or rendered."""

    def __init__(
        self,
        message: str,
        *,
        template: str | None = None,
        line: int | None = None,
        variable: str | None = None,
        rule: str | None = None,
    ) -> None:
        super().__init__(message, template=template, line=line, field=variable, rule=rule)
        self.variable = variable


class TemplateNotFoundError(TemplateError):
    """No template matches the requested key and locale."""


class TemplateSyntaxError(TemplateError):
    """The template source is not valid Jinja2, or its metadata is invalid."""


class UndefinedVariableError(TemplateError):
    """The template used a variable (or attribute) the context does not define."""


class TemplateSecurityError(TemplateError):
    """The template tried something the sandbox forbids (attribute walks, raw fields, ...)."""


class TemplateOutputError(TemplateError):
    """The template produced more output than allowed, or iterated too long."""


class InputError(DunningError):
    """A row of input data (CSV, JSONL, dict) is invalid."""


class ComplianceError(DunningError):
    """A message has at least one error-level finding and may not be sent.

    ``report`` says why; ``preview`` is the refused Message itself (as ``preview()`` would
    return it), for review queues and logs, so nobody has to compose it a second time.
    """

    def __init__(
        self,
        message: str,
        *,
        report: Report,
        template: str | None = None,
        preview: Message | None = None,
    ) -> None:
        errors = [finding for finding in report.findings if finding.severity == "error"]
        rule = errors[0].rule if errors else None
        super().__init__(message, template=template, rule=rule)
        self.report = report
        self.preview = preview


class ContactLogError(DunningError):
    """The contact log could not be opened, migrated, read or written.

    ``path`` is the log's file (None for an in-memory log); ``operation`` what was attempted
    (``open``, ``migrate``, ``reserve``, ``cancel``...).
    """

    def __init__(
        self, message: str, *, path: str | None = None, operation: str | None = None
    ) -> None:
        super().__init__(message)
        self.path = path
        self.operation = operation

    def __str__(self) -> str:
        where = [
            f"{key} {value!r}"
            for key, value in (("operation", self.operation), ("path", self.path))
            if value is not None
        ]
        return f"{self.message} ({', '.join(where)})" if where else self.message
