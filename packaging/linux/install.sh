#!/bin/sh
# Install Yandu for this user only, no administrator rights needed:
#   the program in ~/.local/opt/yandu, the `yandu` command in ~/.local/bin,
#   and 研读 Yandu in the applications menu (and in "Open with" for bulletins).
# Run it from the unpacked archive:  ./install.sh      Remove it with:  ./uninstall.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=$HOME/.local/opt/yandu
bin=$HOME/.local/bin
rm -rf "$prefix"
mkdir -p "$prefix" "$bin" "$data/applications"
cp -a "$here/yandu/." "$prefix/"
ln -sf "$prefix/yandu" "$bin/yandu"
cp -a "$here/share/icons" "$data/"
sed "s|^Exec=yandu |Exec=\"$prefix/yandu\" |" "$here/share/applications/org.yandu.Yandu.desktop" \
    > "$data/applications/org.yandu.Yandu.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "研读 Yandu 已安装：在应用程序菜单中打开，或运行 $bin/yandu"
echo "Yandu is installed: open it from the applications menu, or run $bin/yandu"
