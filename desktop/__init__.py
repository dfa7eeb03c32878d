"""研读 Yandu — a reader and annotator for study-group bulletins."""

__version__ = "0.1.0"
APP_ID = "org.yandu.Yandu"
APP_NAME = "Yandu"
