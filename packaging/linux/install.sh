#!/bin/sh
# Install GAP Field Kit for this user, without root: the app folder stays where it was
# unpacked (or is copied to ~/.local/opt/gapkit with --copy), a menu entry and icons go into
# ~/.local/share. `./install.sh --uninstall` removes them again; your data folder
# (~/.local/share/gapkit) is kept unless you add --remove-data.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
share=${XDG_DATA_HOME:-$HOME/.local/share}
apps="$share/applications"
icons="$share/icons/hicolor"

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$apps/gapkit.desktop"
  for icon in "$icons"/*/apps/gapkit.png; do rm -f "$icon"; done
  rm -f "$HOME/.local/bin/gapkit"
  if [ "${2:-}" = "--remove-data" ]; then
    rm -rf "$share/gapkit"
    echo "Removed GAP Field Kit's menu entry and its data folder."
  else
    echo "Removed GAP Field Kit's menu entry. Your data is kept in $share/gapkit."
  fi
  exit 0
fi

target="$here"
if [ "${1:-}" = "--copy" ]; then
  target="$HOME/.local/opt/gapkit"
  mkdir -p "$target"
  cp -a "$here/." "$target/"
fi
mkdir -p "$apps" "$HOME/.local/bin"
for png in "$target"/icons/gapkit-*.png; do
  size=$(basename "$png" .png | sed 's/gapkit-//')
  mkdir -p "$icons/${size}x${size}/apps"
  cp "$png" "$icons/${size}x${size}/apps/gapkit.png"
done
sed "s|^Exec=gapkit|Exec=\"$target/gapkit\"|" "$target/gapkit.desktop" > "$apps/gapkit.desktop"
ln -sf "$target/gapkit" "$HOME/.local/bin/gapkit"
echo "GAP Field Kit is in your applications menu; 'gapkit' runs it from a terminal."
