"""dunning-sms: compose repayment-reminder SMS and prove each one compliant before sending.

The public API is exactly what ``__all__`` names; everything else lives in private modules.
"""

from ._batch import BatchResult, FileSummary, compose_file, compose_many
from ._compose import Composer, Message, check
from ._contact import ContactLog, MemoryContactLog, SQLiteContactLog, is_opt_out
from ._errors import (
    ComplianceError,
    ContactLogError,
    DunningError,
    InputError,
    PolicyError,
    TemplateError,
    TemplateNotFoundError,
    TemplateOutputError,
    TemplateSecurityError,
    TemplateSyntaxError,
    UndefinedVariableError,
)
from ._evaluate import EvaluatedText, Evaluation, EvaluationTally, evaluate
from ._frames import Summary, check_frame, compose_frame, summarize
from ._hours import next_allowed_time
from ._models import Borrower, Lender, Loan, PaymentChannel
from ._pii import PiiMatch, find_pii
from ._policy import Policy, load_policy
from ._report import CATEGORIES, Finding, Report
from ._rules import Example, Rule, RuleInfo
from ._segments import SegmentInfo, segments, smart_encode
from ._version import __version__

__all__ = [
    "CATEGORIES",
    "BatchResult",
    "Borrower",
    "ComplianceError",
    "Composer",
    "ContactLog",
    "ContactLogError",
    "DunningError",
    "EvaluatedText",
    "Evaluation",
    "EvaluationTally",
    "Example",
    "FileSummary",
    "Finding",
    "InputError",
    "Lender",
    "Loan",
    "MemoryContactLog",
    "Message",
    "PaymentChannel",
    "PiiMatch",
    "Policy",
    "PolicyError",
    "Report",
    "Rule",
    "RuleInfo",
    "SQLiteContactLog",
    "SegmentInfo",
    "Summary",
    "TemplateError",
    "TemplateNotFoundError",
    "TemplateOutputError",
    "TemplateSecurityError",
    "TemplateSyntaxError",
    "UndefinedVariableError",
    "__version__",
    "check",
    "check_frame",
    "compose_file",
    "compose_frame",
    "compose_many",
    "evaluate",
    "find_pii",
    "is_opt_out",
    "load_policy",
    "next_allowed_time",
    "segments",
    "smart_encode",
    "summarize",
]
