"""Run PressDesk with ``python -m pressdesk``."""

import sys

from pressdesk.app import main

sys.exit(main())
