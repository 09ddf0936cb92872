#!/usr/bin/env bash
# Linux release build on Debian 12 (CI runs it in a debian:12 container; it works the same on a
# developer's machine): install the Debian packages, build, run the whole test suite, then make
# the .deb and .tar.gz and copy them to dist/.
set -euo pipefail
cd "$(dirname "$0")/../.."

export PAYSCORE_BUILD_DIR=${PAYSCORE_BUILD_DIR:-build-release}
export CMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE:-RelWithDebInfo}
dist=${PAYSCORE_DIST_DIR:-dist}

./dev test
./dev package

mkdir -p "$dist"
shopt -s nullglob
packages=("$PAYSCORE_BUILD_DIR"/payscore-console_*.deb "$PAYSCORE_BUILD_DIR"/payscore-console-*.tar.gz)
if [ ${#packages[@]} -lt 2 ]; then
    echo "build-linux.sh: cpack did not produce a .deb and a .tar.gz" >&2
    exit 1
fi
for package in "${packages[@]}"; do
    cp "$package" "$package.sha256" "$dist/"
done
ls -l "$dist"
