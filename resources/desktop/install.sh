#!/usr/bin/env bash
# Registers JourneyMap with the desktop for the current user: the menu entry, the icon, and the .jmap
# file type, so a double-click on a project opens it. Files go under $XDG_DATA_HOME (~/.local/share).
#   resources/desktop/install.sh [EXEC]   EXEC: the command that starts the app (default: journeymap on PATH,
#                                         else this checkout's .venv/bin/journeymap)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
exec_cmd="${1:-$(command -v journeymap || echo "$root/.venv/bin/journeymap")}"

mkdir -p "$data/applications" "$data/mime/packages" "$data/icons/hicolor/scalable/apps" \
         "$data/icons/hicolor/scalable/mimetypes"
sed "s|^Exec=journeymap|Exec=$exec_cmd|" "$here/journeymap.desktop" > "$data/applications/journeymap.desktop"
cp "$here/journeymap-mime.xml" "$data/mime/packages/journeymap.xml"
cp "$root/resources/icons/app.svg" "$data/icons/hicolor/scalable/apps/journeymap.svg"
cp "$root/resources/icons/app.svg" "$data/icons/hicolor/scalable/mimetypes/application-x-journeymap.svg"
if command -v update-mime-database >/dev/null; then update-mime-database "$data/mime"; fi
if command -v update-desktop-database >/dev/null; then update-desktop-database "$data/applications"; fi
if command -v xdg-mime >/dev/null; then
  XDG_DATA_HOME="$data" xdg-mime default journeymap.desktop application/x-journeymap \
    || echo "note: xdg-mime could not set the default application (no desktop session?)" >&2
fi
echo "JourneyMap registered in $data (menu entry, icon, .jmap files open with: $exec_cmd)"
