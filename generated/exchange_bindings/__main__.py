"""`python -m exchange_bindings serve <api>`: run a stub server (see exchange_bindings.runtime.cli)."""

import sys

from exchange_bindings.runtime.cli import main

sys.exit(main())
