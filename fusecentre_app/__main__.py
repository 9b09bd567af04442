"""`python -m fusecentre_app` is the same as the `fusecentre` command."""

from fusecentre_app.cli import main

raise SystemExit(main())
