"""The study-group side of the window: who I am, the session under way, highlights and comments,
the layers of the other members, the annotations panel, reflections, undo and redo.

`StudyControls` (controls.py) is what the window holds; it registers its actions by
name and hands the window its docks and toolbar to lay out.
"""

from desktop.ui.study.controls import StudyControls

__all__ = ["StudyControls"]
