"""`python -m melod`."""

import sys

from melod.cli import main

sys.exit(main())
