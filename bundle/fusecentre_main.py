"""The bundle's two programs run this one script, each as what its name says: `fusecentre-desk`
the desk alone (on Windows a windowed program, with no console), `fusecentre` the command line,
as the installed commands of the same names do. One script makes one analysis of the imports,
so the bundle builds in half the time that two would take."""

import sys
from pathlib import Path

if Path(sys.executable).stem == "fusecentre-desk":
    from fusecentre_app.gui.app import main
else:
    from fusecentre_app.cli import main

raise SystemExit(main())
