#!/bin/sh
# Takes docs/screenshots/workspace-zh_CN.png from the real console on a 1366×768 X server
# (Xvfb), against the embedded sandbox: types a demo order number, presses Enter, clicks
# "Modify amount…" and grabs the window. Needs xvfb-run, xdotool and ImageMagick's import.
#   docs/screenshots/take-workspace.sh [build-dir]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data \
    xvfb-run -a -s '-screen 0 1366x768x24' sh -c '
    "$0"/app/console/payscore-console --lang zh_CN &
    console=$!
    sleep 8                                   # the window and the sandbox come up
    window=$(xdotool search --onlyvisible --pid "$console" | head -n 1)
    xdotool windowsize "$window" 1366 768     # no window manager: fill the screen by hand
    sleep 1
    xdotool type --delay 30 DEMO-STAY-COLLECTING-003
    xdotool key Return
    sleep 4                                   # the order is looked up in every mode
    xdotool mousemove 145 218 click 1         # 修改金额(M)…
    sleep 2
    import -window "$window" "$1"
    kill "$console"
' "$build" "$here/workspace-zh_CN.png"
echo "wrote $here/workspace-zh_CN.png"
