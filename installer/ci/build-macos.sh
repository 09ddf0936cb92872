#!/usr/bin/env bash
# macOS release build: QtKeychain from source (Homebrew's would bring a second Qt), configure
# against the Qt from install-qt-action (QT_ROOT_DIR) and Homebrew's OpenSSL 3, build, run the
# tests, then make the .dmg (macdeployqt runs inside cpack's install step). Packages go to dist/.
# Signing and notarization switch on by themselves when their variables are set (see
# installer/README.md); MACOS_CERT_P12_BASE64 + MACOS_CERT_PASSWORD import the signing
# certificate into a throw-away keychain first.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
build=${PAYSCORE_BUILD_DIR:-$root/build-macos}
deps=${PAYSCORE_DEPS_DIR:-$root/.deps/macos}
dist=${PAYSCORE_DIST_DIR:-$root/dist}
jobs=$(sysctl -n hw.ncpu 2>/dev/null || echo 3)
qtkeychain_version=${QTKEYCHAIN_VERSION:-0.14.3}
min_macos=${PAYSCORE_MACOS_MIN_VERSION:-12.0}

qt_root=${QT_ROOT_DIR:-${Qt6_DIR:-}}
if [ -z "$qt_root" ]; then
    echo "build-macos.sh: set QT_ROOT_DIR to a Qt 6 installation (install-qt-action does)" >&2
    exit 2
fi
openssl_root=${OPENSSL_ROOT_DIR:-$(brew --prefix openssl@3)}
# libxlsxwriter (batch results as .xlsx): Homebrew's, found through pkg-config; macdeployqt
# copies its dylib into the bundle.
brew list libxlsxwriter >/dev/null 2>&1 || brew install libxlsxwriter pkg-config
# The team journal: libpq ships in the bundle; the PostgreSQL tests start a server of their own.
libpq=${PAYSCORE_LIBPQ:-$(brew --prefix libpq)/lib/libpq.5.dylib}
export PAYSCORE_PG_BINDIR=${PAYSCORE_PG_BINDIR:-$(brew --prefix postgresql@15)/bin}
prefix_path="$qt_root;$deps"

# 1. QtKeychain (the tag naming changed over the years: try both spellings).
if [ ! -f "$deps/lib/cmake/Qt6Keychain/Qt6KeychainConfig.cmake" ]; then
    rm -rf "$deps/src/qtkeychain"
    mkdir -p "$deps/src"
    git clone --quiet --depth 1 --branch "$qtkeychain_version" \
        https://github.com/frankosterfeld/qtkeychain.git "$deps/src/qtkeychain" \
        || git clone --quiet --depth 1 --branch "v$qtkeychain_version" \
            https://github.com/frankosterfeld/qtkeychain.git "$deps/src/qtkeychain"
    cmake -S "$deps/src/qtkeychain" -B "$deps/build/qtkeychain" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$deps" -DCMAKE_PREFIX_PATH="$prefix_path" \
        -DCMAKE_OSX_DEPLOYMENT_TARGET="$min_macos" -DBUILD_WITH_QT6=ON \
        -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF
    cmake --build "$deps/build/qtkeychain" --parallel "$jobs"
    cmake --install "$deps/build/qtkeychain"
fi

# 2. Configure, build, test.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPAYSCORE_WERROR=ON \
    -DCMAKE_PREFIX_PATH="$prefix_path" -DOPENSSL_ROOT_DIR="$openssl_root" \
    -DCMAKE_OSX_DEPLOYMENT_TARGET="$min_macos" -DPAYSCORE_LIBPQ="$libpq"
cmake --build "$build" --parallel "$jobs"
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure --parallel "$jobs"

# 3. Optional: the signing certificate into a temporary keychain.
if [ -n "${MACOS_CERT_P12_BASE64:-}" ]; then
    keychain=$RUNNER_TEMP/payscore-signing.keychain-db
    keychain_password=$(uuidgen)
    echo "$MACOS_CERT_P12_BASE64" | base64 --decode >"$RUNNER_TEMP/payscore-signing.p12"
    security create-keychain -p "$keychain_password" "$keychain"
    security set-keychain-settings -lut 21600 "$keychain"
    security unlock-keychain -p "$keychain_password" "$keychain"
    security import "$RUNNER_TEMP/payscore-signing.p12" -k "$keychain" \
        -P "${MACOS_CERT_PASSWORD:-}" -T /usr/bin/codesign
    security set-key-partition-list -S apple-tool:,apple: -s -k "$keychain_password" "$keychain" >/dev/null
    security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
    rm -f "$RUNNER_TEMP/payscore-signing.p12"
fi

# 4. The disk image (installer/macos/SignMacOS.cmake signs and notarizes when configured).
(cd "$build" && cpack -G DragNDrop)

mkdir -p "$dist"
shopt -s nullglob
images=("$build"/payscore-console-*.dmg)
if [ ${#images[@]} -eq 0 ]; then
    echo "build-macos.sh: cpack did not produce a .dmg" >&2
    exit 1
fi
for image in "${images[@]}"; do
    cp "$image" "$image.sha256" "$dist/"
done
ls -l "$dist"
