"""研读 Yandu's resources (translations, the sample bulletin, the icon, fontconfig), installed as
the package `desktop.resources` and read with importlib.resources (desktop/paths.py)."""
