#!/usr/bin/env bash
# The .deb round trip: install the built tree, let the project's own CPackConfig.cmake make the
# .deb from it, unpack it into a temporary root and run both programs from there; then the same
# for the .tar.gz (payscore-cli).
#   deb_roundtrip.sh BUILD_DIR VERSION WORK_DIR
# Exit 77 (ctest: skipped) only where dpkg-deb is absent. Nothing is built here: the files are
# taken from the build that ran before the tests (cmake --install never builds).
set -euo pipefail
build_dir=$1 version=$2 work=$3

if ! command -v dpkg-deb >/dev/null; then
    echo "SKIPPED: dpkg-deb is not installed, so no .deb can be unpacked on this machine"
    exit 77
fi

fail() { echo "FAIL: $*" >&2; exit 1; }
check() { local what=$1; shift; "$@" || fail "$what"; echo "ok: $what"; }

rm -rf "$work"
mkdir -p "$work"
stage=$work/stage root=$work/root out=$work/out

# 1. Install exactly as the package would (stripped, prefix /usr), then package with the real
#    CPack settings. CPACK_INSTALLED_DIRECTORIES replaces CPack's own install step, which would
#    first build the target "preinstall" (that is, everything).
DESTDIR=$stage cmake --install "$build_dir" --prefix /usr --strip >"$work/install.log" 2>&1 \
    || { cat "$work/install.log"; fail "cmake --install (are the programs built?)"; }
(cd "$work" && cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$out" \
    -D CPACK_INSTALL_CMAKE_PROJECTS= -D "CPACK_INSTALLED_DIRECTORIES=$stage;." \
    >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack -G DEB"; }

shopt -s nullglob
debs=("$out"/payscore-console_"$version"-1_*.deb)
[ ${#debs[@]} -eq 1 ] || { ls -l "$out"; fail "expected one payscore-console_${version}-1_<arch>.deb"; }
deb=${debs[0]}
echo "package: $(basename "$deb")"

# 2. The control file.
field() { dpkg-deb --field "$deb" "$1"; }
check "Package is payscore-console" test "$(field Package)" = payscore-console
check "Version is the project version ($version-1)" test "$(field Version)" = "$version-1"
check "Architecture is the host's" test "$(field Architecture)" = "$(dpkg --print-architecture)"
check "Section is set" test -n "$(field Section)"
check "Maintainer has an address" grep -q '<.*@.*>' <<<"$(field Maintainer)"
check "Description has a synopsis and a body" test "$(field Description | wc -l)" -ge 2
depends=$(field Depends)
# Package names only: "libqt6core6 (>= 6.4.2), a | b" -> one name per line.
depends_names=$(tr ',|' '\n\n' <<<"$depends" | sed -E 's/\(.*\)//; s/[[:space:]]//g' | sed '/^$/d')
for pkg in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql \
           libssl3 libqt6keychain1; do
    check "Depends names $pkg" grep -qx "$pkg" <<<"$depends_names"
    # Each name must be a real Debian package (known to this machine's dpkg/apt).
    check "$pkg is a known package" bash -c \
        "dpkg-query -W '$pkg' >/dev/null 2>&1 || apt-cache show '$pkg' >/dev/null 2>&1"
done

# The versions asked for must be satisfiable on Debian 12, i.e. here (apt only simulates).
if command -v apt-get >/dev/null; then
    check "apt could install the package (Depends satisfiable)" bash -c \
        "apt-get install --simulate --no-install-recommends '$deb' >'$work/apt.log' 2>&1 \
         || { cat '$work/apt.log'; false; }"
fi

# 3. Unpack and look at the tree.
dpkg-deb -x "$deb" "$root"
cli=$root/usr/bin/payscore-cli
console=$root/usr/bin/payscore-console
check "payscore-cli is in /usr/bin" test -x "$cli"
check "the copyright file is in /usr/share/doc" test -s "$root/usr/share/doc/payscore-console/copyright"

# Every library the programs link directly must come from a package named in Depends.
for binary in "$cli" "$console"; do
    [ -e "$binary" ] || continue
    ldd_out=$(ldd "$binary")
    ! grep -q 'not found' <<<"$ldd_out" || fail "$(basename "$binary"): unresolved libraries: $ldd_out"
    while read -r needed; do
        path=$(awk -v lib="$needed" '$1 == lib { print $3 }' <<<"$ldd_out")
        [ -n "$path" ] || fail "$(basename "$binary"): $needed not resolved by ldd"
        # dpkg knows a file by the path its package ships (/lib or /usr/lib on merged /usr).
        owner=
        for candidate in "$path" "$(readlink -f "$path")" "/usr$path" "${path#/usr}"; do
            owner=$(dpkg -S "$candidate" 2>/dev/null | head -n1 | cut -d: -f1) \
                && [ -n "$owner" ] && break
        done
        [ -n "$owner" ] || fail "$(basename "$binary"): no package owns $path"
        grep -qx "$owner" <<<"$depends_names" \
            || fail "$(basename "$binary") links $needed from $owner, which Depends does not name"
    done < <(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
    echo "ok: every NEEDED library of $(basename "$binary") is covered by Depends"
done

# 4. Run the programs from the unpacked root, in an empty home.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data
export XDG_CACHE_HOME=$work/home/cache QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
cli_version=$("$cli" --version) || fail "payscore-cli --version exited non-zero"
echo "payscore-cli --version: $cli_version"
check "payscore-cli --version prints $version" grep -q "^payscore-cli $version\b" <<<"$cli_version"

desktop=$root/usr/share/applications/payscore-console.desktop
if [ -e "$console" ]; then
    console_version=$(timeout 60 "$console" --version 2>&1) \
        || fail "payscore-console --version exited non-zero: $console_version"
    check "payscore-console --version prints $version" grep -q "$version" <<<"$console_version"
    # --smoke-test: builds and shows the main window, then quits (offscreen, no display).
    check "payscore-console --smoke-test runs offscreen and exits 0" \
        timeout 60 "$console" --smoke-test

    check "the desktop entry is installed" test -f "$desktop"
    if command -v desktop-file-validate >/dev/null; then
        check "the desktop entry validates" desktop-file-validate "$desktop"
    fi
    exec_cmd=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    check "Exec= names a program in /usr/bin" test -x "$root/usr/bin/$exec_cmd"
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    check "Icon= is a theme name, not a path" test -n "$icon" -a "${icon#/}" = "$icon"
    check "the scalable icon is installed" \
        test -s "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg"
    sizes=0
    for png in "$root"/usr/share/icons/hicolor/*x*/apps/"$icon".png; do
        dir_size=$(basename "$(dirname "$(dirname "$png")")")
        px=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); \
print("%dx%d" % struct.unpack(">II", d[16:24]) if d[:8]==b"\x89PNG\r\n\x1a\n" else "?")' "$png")
        [ "$px" = "$dir_size" ] || fail "$png is $px, its folder says $dir_size"
        sizes=$((sizes + 1))
    done
    check "hicolor PNGs from 16x16 to 512x512 ($sizes)" test "$sizes" -ge 6 \
        -a -e "$root/usr/share/icons/hicolor/16x16/apps/$icon.png" \
        -a -e "$root/usr/share/icons/hicolor/512x512/apps/$icon.png"
else
    echo "note: payscore-console is not in the package (not built yet): its checks are skipped"
    check "no desktop entry without the console" test ! -e "$desktop"
fi

# 5. Translations: whatever .qm files the build made are in the package.
for qm in "$build_dir"/resources/translations/*.qm; do
    check "$(basename "$qm") is installed" \
        test -s "$root/usr/share/payscore-console/translations/$(basename "$qm")"
done
# 6. The .tar.gz: the same tree relative to its top folder (bin/, share/), runnable in place.
tgz_stage=$work/tgz-stage
DESTDIR=$tgz_stage cmake --install "$build_dir" --prefix / --strip >"$work/install-tgz.log" 2>&1 \
    || { cat "$work/install-tgz.log"; fail "cmake --install for the .tar.gz"; }
(cd "$work" && cpack -G TGZ --config "$build_dir/CPackConfig.cmake" -B "$out" \
    -D CPACK_INSTALL_CMAKE_PROJECTS= -D "CPACK_INSTALLED_DIRECTORIES=$tgz_stage;." \
    >"$work/cpack-tgz.log" 2>&1) || { cat "$work/cpack-tgz.log"; fail "cpack -G TGZ"; }
tgzs=("$out"/payscore-console-"$version"-*.tar.gz)
[ ${#tgzs[@]} -eq 1 ] || { ls -l "$out"; fail "expected one payscore-console-${version}-<system>.tar.gz"; }
mkdir -p "$work/tgz-root"
tar -xzf "${tgzs[0]}" -C "$work/tgz-root"
top=$(basename "${tgzs[0]}" .tar.gz)
check "the .tar.gz has one top folder named after the package" test -d "$work/tgz-root/$top"
check "the .tar.gz's payscore-cli prints $version" \
    grep -q "^payscore-cli $version\b" <<<"$("$work/tgz-root/$top/bin/payscore-cli" --version)"
echo "PASS: $(basename "$deb") and $(basename "${tgzs[0]}")"
