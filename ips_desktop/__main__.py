"""`python -m ips_desktop` behaves like the `ips-desktop` command."""

import sys

from ips_desktop.app import main

sys.exit(main())
