"""dunning-sms: compose repayment-reminder SMS and prove each one compliant before sending."""

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
from ._models import Borrower, Lender, Loan, PaymentChannel
from ._policy import Policy, load_policy
from ._report import CATEGORIES, Finding, Report
from ._version import __version__

__all__ = [
    "CATEGORIES",
    "Borrower",
    "ComplianceError",
    "ContactLogError",
    "DunningError",
    "Finding",
    "InputError",
    "Lender",
    "Loan",
    "PaymentChannel",
    "Policy",
    "PolicyError",
    "Report",
    "TemplateError",
    "TemplateNotFoundError",
    "TemplateOutputError",
    "TemplateSecurityError",
    "TemplateSyntaxError",
    "UndefinedVariableError",
    "__version__",
    "load_policy",
]
