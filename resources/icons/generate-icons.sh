#!/usr/bin/env bash
# Regenerates every raster icon from payscore-console.svg. The results are committed, so the
# build never needs these tools; run this only after editing the SVG.
#   needs: rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns (icnsutils)
set -euo pipefail
cd "$(dirname "$0")"

svg=payscore-console.svg
sizes=(16 24 32 48 64 128 256 512)
for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || { echo "generate-icons.sh: $tool is missing" >&2; exit 2; }
done

for size in "${sizes[@]}"; do
    rsvg-convert --width "$size" --height "$size" "$svg" --output "payscore-console-$size.png"
done

# Windows: the classic sizes as bitmaps, 256 px stored as PNG (what Explorer expects).
icotool --create --output payscore-console.ico \
    payscore-console-16.png payscore-console-24.png payscore-console-32.png \
    payscore-console-48.png payscore-console-64.png payscore-console-128.png \
    --raw=payscore-console-256.png

# macOS: the sizes the ICNS container holds (png2icns picks the type from each image's size).
png2icns payscore-console.icns \
    payscore-console-16.png payscore-console-32.png payscore-console-48.png \
    payscore-console-128.png payscore-console-256.png payscore-console-512.png >/dev/null

echo "generated: ${sizes[*]} px PNGs, payscore-console.ico, payscore-console.icns"
