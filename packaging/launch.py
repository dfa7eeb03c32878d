"""The frozen program's entry: `yandu` with the command line's commands, `yandu gui` the window."""

import multiprocessing

if __name__ == "__main__":
    # the readers' worker process (desktop/core/ingest/cage.py) is this same program started
    # again: here it becomes the worker instead of parsing a command line
    multiprocessing.freeze_support()
    from desktop.cli import main

    raise SystemExit(main())
