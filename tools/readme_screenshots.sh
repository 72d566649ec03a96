#!/usr/bin/env bash
# The README's screenshots, made anew from the bundled sample in English and Chinese:
#   tools/readme_screenshots.sh        (from the checkout, after ./dev setup)
# Each is the real main window on a virtual screen (Xvfb, the xcb platform), not the offscreen one.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
shoot() {  # lang view file
  xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb QTWEBENGINE_DISABLE_SANDBOX=1 \
    "$PY" -m journeymap screenshot "$work/sample-$1.jmap" --out "docs/$3" --view "$2" --size 1600x1000 --lang "$1"
}
for lang in en zh_CN zh_TW; do
  "$PY" -m journeymap demo "$work/sample-$lang.jmap" --lang "$lang" >/dev/null
done
shoot en map screenshot-map.png
shoot en painpoints screenshot-painpoints.png
shoot zh_CN map screenshot-map-zh_CN.png
shoot zh_TW painpoints screenshot-painpoints-zh_TW.png
echo "wrote docs/screenshot-*.png"
