# Windows release build (MSVC x64, Ninja): QtKeychain from source, OpenSSL 3 from
# "C:\Program Files\OpenSSL*" (installed with Chocolatey when missing), Mozilla's CA bundle from
# curl.se, then configure, build, run the tests and make the NSIS installer and the .zip
# (windeployqt runs inside cpack's install step). Packages go to dist\.
# Needs: a Visual Studio developer environment (ilammy/msvc-dev-cmd), Qt 6 (QT_ROOT_DIR, as set
# by install-qt-action), CMake, Ninja, NSIS.
# Signing switches on when PAYSCORE_SIGN_CERT is set, or WINDOWS_SIGN_PFX_BASE64 holds the
# certificate (written to a temporary .pfx here); see installer/README.md.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
$Build = if ($env:PAYSCORE_BUILD_DIR) { $env:PAYSCORE_BUILD_DIR } else { Join-Path $Root 'build-windows' }
$Deps = if ($env:PAYSCORE_DEPS_DIR) { $env:PAYSCORE_DEPS_DIR } else { Join-Path $Root '.deps\windows' }
$Dist = if ($env:PAYSCORE_DIST_DIR) { $env:PAYSCORE_DIST_DIR } else { Join-Path $Root 'dist' }
$QtKeychainVersion = if ($env:QTKEYCHAIN_VERSION) { $env:QTKEYCHAIN_VERSION } else { '0.14.3' }
$Jobs = [Environment]::ProcessorCount

function Invoke-Checked {
    param([string] $What, [scriptblock] $Command)
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed with exit code $LASTEXITCODE" }
}

$QtRoot = $env:QT_ROOT_DIR
if (-not $QtRoot) { throw 'Set QT_ROOT_DIR to a Qt 6 installation (install-qt-action does).' }

# 1. OpenSSL 3: libcrypto-3-x64.dll and libssl-3-x64.dll are shipped beside the programs.
function Find-OpenSsl {
    foreach ($dir in @($env:OPENSSL_ROOT_DIR, 'C:\Program Files\OpenSSL-Win64', 'C:\Program Files\OpenSSL')) {
        if ($dir -and (Test-Path (Join-Path $dir 'bin\libcrypto-3-x64.dll'))) { return $dir }
    }
    return $null
}
$OpenSsl = Find-OpenSsl
if (-not $OpenSsl) {
    Invoke-Checked 'choco install openssl' { choco install openssl --no-progress -y }
    $OpenSsl = Find-OpenSsl
}
if (-not $OpenSsl) { throw 'OpenSSL 3 (64-bit) not found after installing it.' }
Write-Host "OpenSSL: $OpenSsl"

# 2. The CA bundle OpenSSL needs on Windows (it does not read the system store).
$CaBundle = Join-Path $Deps 'cacert.pem'
if (-not (Test-Path $CaBundle)) {
    New-Item -ItemType Directory -Force -Path $Deps | Out-Null
    Invoke-WebRequest -Uri 'https://curl.se/ca/cacert.pem' -OutFile $CaBundle
}

# 3. QtKeychain (tags were spelled with and without a leading "v" over the years).
# libxlsxwriter (batch results as .xlsx) and its zlib, linked statically from vcpkg so that no
# further DLL has to be shipped.
$Vcpkg = if ($env:VCPKG_INSTALLATION_ROOT) { $env:VCPKG_INSTALLATION_ROOT } else { 'C:\vcpkg' }
$VcpkgTriplet = 'x64-windows-static-md'
Invoke-Checked 'vcpkg install libxlsxwriter' {
    & (Join-Path $Vcpkg 'vcpkg.exe') install "libxlsxwriter:$VcpkgTriplet" "zlib:$VcpkgTriplet"
}
$PrefixPath = "$QtRoot;$Deps;$(Join-Path $Vcpkg "installed\$VcpkgTriplet")"
if (-not (Test-Path (Join-Path $Deps 'lib\cmake\Qt6Keychain\Qt6KeychainConfig.cmake'))) {
    $Src = Join-Path $Deps 'src\qtkeychain'
    if (Test-Path $Src) { Remove-Item -Recurse -Force $Src }
    & git clone --quiet --depth 1 --branch $QtKeychainVersion https://github.com/frankosterfeld/qtkeychain.git $Src
    if ($LASTEXITCODE -ne 0) {
        Invoke-Checked 'git clone qtkeychain' {
            git clone --quiet --depth 1 --branch "v$QtKeychainVersion" https://github.com/frankosterfeld/qtkeychain.git $Src
        }
    }
    $KeychainBuild = Join-Path $Deps 'build\qtkeychain'
    Invoke-Checked 'configure qtkeychain' {
        cmake -S $Src -B $KeychainBuild -G Ninja -DCMAKE_BUILD_TYPE=Release "-DCMAKE_INSTALL_PREFIX=$Deps" `
            "-DCMAKE_PREFIX_PATH=$PrefixPath" -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF `
            -DBUILD_TEST_APPLICATION=OFF
    }
    Invoke-Checked 'build qtkeychain' { cmake --build $KeychainBuild --parallel $Jobs }
    Invoke-Checked 'install qtkeychain' { cmake --install $KeychainBuild }
}

# 4. The team journal: libpq.dll (and its DLLs) from PostgreSQL's bin folder, which the runner
#    image has (PGBIN); the PostgreSQL tests start a server of their own from the same folder.
if (-not $env:PGBIN) {
    Invoke-Checked 'choco install postgresql15' { choco install postgresql15 --no-progress -y --params '/Password:payscore-ci' }
    $env:PGBIN = 'C:\Program Files\PostgreSQL\15\bin'
}
if (-not (Test-Path (Join-Path $env:PGBIN 'libpq.dll'))) { throw "libpq.dll not found in $env:PGBIN" }
$env:PAYSCORE_PG_BINDIR = $env:PGBIN

# 5. Configure, build, test. The tests find OpenSSL's, QtKeychain's and libpq's DLLs through PATH.
Invoke-Checked 'configure' {
    cmake -S $Root -B $Build -G Ninja -DCMAKE_BUILD_TYPE=Release -DPAYSCORE_WERROR=ON `
        "-DCMAKE_PREFIX_PATH=$PrefixPath" "-DOPENSSL_ROOT_DIR=$OpenSsl" "-DPAYSCORE_CA_BUNDLE=$CaBundle" `
        "-DPAYSCORE_LIBPQ_DIR=$env:PGBIN"
}
Invoke-Checked 'build' { cmake --build $Build --parallel $Jobs }
$env:PATH = "$(Join-Path $OpenSsl 'bin');$(Join-Path $Deps 'bin');$env:PGBIN;$env:PATH"
$env:QT_QPA_PLATFORM = 'offscreen'
Invoke-Checked 'tests' { ctest --test-dir $Build --output-on-failure --parallel $Jobs }

# 6. Optional: the signing certificate from a CI secret.
if ($env:WINDOWS_SIGN_PFX_BASE64 -and -not $env:PAYSCORE_SIGN_CERT) {
    $Pfx = Join-Path ([IO.Path]::GetTempPath()) 'payscore-signing.pfx'
    [IO.File]::WriteAllBytes($Pfx, [Convert]::FromBase64String($env:WINDOWS_SIGN_PFX_BASE64))
    $env:PAYSCORE_SIGN_CERT = $Pfx
}

# 7. The installer and the portable .zip (installer/windows/SignWindows.cmake signs when set).
Push-Location $Build
try {
    Invoke-Checked 'cpack' { cpack -G 'NSIS;ZIP' }
} finally {
    Pop-Location
    if ($env:WINDOWS_SIGN_PFX_BASE64 -and $env:PAYSCORE_SIGN_CERT) { Remove-Item -Force $env:PAYSCORE_SIGN_CERT }
}

New-Item -ItemType Directory -Force -Path $Dist | Out-Null
$Packages = @(Get-ChildItem -Path $Build -File | Where-Object { $_.Name -match '^payscore-console-.*\.(exe|zip)(\.sha256)?$' })
if (-not ($Packages | Where-Object { $_.Name -like '*.exe' })) { throw 'cpack did not produce the installer (.exe).' }
$Packages | Copy-Item -Destination $Dist
Get-ChildItem $Dist
