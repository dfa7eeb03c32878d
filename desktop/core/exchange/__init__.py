"""The study group across computers: members' layers as W3C Web Annotation files (issue 16)."""
