"""jieba, configured once: its cache in Yandu's cache folder, its log quiet.

jieba writes a dictionary cache to the system temp folder by default and prints
a traceback when another user owns that file; neither is acceptable for a
desktop program. A packaged Yandu carries the cache, built when it was packaged
(`desktop/resources/jieba/jieba.cache`), so that its first start does not spend
a second building it.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from platformdirs import user_cache_path


@lru_cache(maxsize=1)
def jieba_module():
    import jieba

    jieba.setLogLevel(logging.CRITICAL)
    from desktop.paths import resources_dir

    bundled = resources_dir() / "jieba"
    if (bundled / "jieba.cache").is_file():
        jieba.dt.tmp_dir = str(bundled)
        jieba.initialize()
        return jieba
    try:
        folder = user_cache_path("Yandu", appauthor=False)
        folder.mkdir(parents=True, exist_ok=True)
        jieba.dt.tmp_dir = str(folder)
    except OSError:
        pass  # no cache folder: jieba builds its dictionary in memory each start, slower but fine
    jieba.initialize()
    return jieba


@lru_cache(maxsize=1)
def posseg_module():
    jieba_module()
    import jieba.posseg

    return jieba.posseg
