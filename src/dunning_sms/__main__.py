"""``python -m dunning_sms``: the same as the ``dunning-sms`` command."""

from ._cli import main

raise SystemExit(main())
