"""研读 Yandu's resources (translations, the sample bulletin, the icon, fontconfig), installed as
the package `desktop.resources` and found by the package's own file (desktop/paths.py)."""
