#!/bin/sh
# Remove what install.sh put in place. The library and notes (~/.local/share/Yandu) stay.
set -eu
data=${XDG_DATA_HOME:-$HOME/.local/share}
rm -rf "$HOME/.local/opt/yandu"
[ -L "$HOME/.local/bin/yandu" ] && rm -f "$HOME/.local/bin/yandu"
rm -f "$data/applications/org.yandu.Yandu.desktop"
find "$data/icons/hicolor" -name 'org.yandu.Yandu.*' -delete 2>/dev/null || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "研读 Yandu 已卸载；文库和笔记仍在 $data/Yandu"
echo "Yandu is removed; the library and notes are still in $data/Yandu"
