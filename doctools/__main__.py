"""``python -m doctools``: the same command as ``doctools``.

Guarded, because a batch build's worker processes re-import the main module where processes are
spawned rather than forked (Windows, macOS).
"""

from doctools.cli import main

if __name__ == "__main__":
    main()
