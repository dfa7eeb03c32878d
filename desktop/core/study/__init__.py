"""What a study group does with the library: members, sessions, annotations, reflections, undo.

Each feature is an object the library holds (`library.members`, `library.annotations` …),
as Anki's collection holds its managers. Every method that changes something runs in
one transaction; the SQL is in the matching module of `core/store/`.
"""
