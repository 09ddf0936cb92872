# Windows: an NSIS installer (default) or a WiX .msi (cpack -G WIX), plus a portable .zip.
# Qt comes in through windeployqt at install time (installer/CMakeLists.txt), OpenSSL's DLLs and
# a CA bundle are installed beside the programs; signtool signs when PAYSCORE_SIGN_CERT is set.
set(CPACK_GENERATOR NSIS ZIP)

set(PAYSCORE_ICO_FILE "${PAYSCORE_ICON_DIR}/payscore-console.ico")

# The upgrade identity. NSIS: the uninstall registry key; keep it free of the version so that a
# new installer finds the old one and runs its uninstaller first. WiX: the UpgradeCode GUID.
# Never change either: a changed one installs a second copy beside the first.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "PayScoreConsole")
set(PAYSCORE_WINDOWS_UPGRADE_GUID "F46F4B8B-C3C4-4960-9F96-652A64A5E0EB")

# Start menu: "PayScore Console" runs bin\payscore-console.exe.
set(CPACK_PACKAGE_EXECUTABLES "${PAYSCORE_EXECUTABLE_NAME}" "${PAYSCORE_DISPLAY_NAME}")

# --- NSIS ---------------------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "${PAYSCORE_DISPLAY_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${PAYSCORE_DISPLAY_NAME}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${PAYSCORE_ICO_FILE}")
set(CPACK_NSIS_MUI_UNIICON "${PAYSCORE_ICO_FILE}")
# Add/Remove Programs: the icon; DisplayVersion and Publisher come from CPACK_PACKAGE_VERSION
# and CPACK_PACKAGE_VENDOR.
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\${PAYSCORE_EXECUTABLE_NAME}.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_BRANDING_TEXT "${PAYSCORE_DISPLAY_NAME} ${CPACK_PACKAGE_VERSION}")
# A desktop shortcut for every install, removed again by the uninstaller.
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$DESKTOP\\${PAYSCORE_DISPLAY_NAME}.lnk' '$INSTDIR\\bin\\${PAYSCORE_EXECUTABLE_NAME}.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$DESKTOP\\${PAYSCORE_DISPLAY_NAME}.lnk'")
# WiX makes its desktop shortcut from this list; NSIS only on its (unused) options page, so the
# NSIS shortcut above stays the only one there.
set(CPACK_CREATE_DESKTOP_LINKS "${PAYSCORE_EXECUTABLE_NAME}")
set(CPACK_NSIS_FINISH_TITLE "${PAYSCORE_DISPLAY_NAME} is installed")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "${PAYSCORE_EXECUTABLE_NAME}.exe")

# --- WiX (alternative: cpack -G WIX) -------------------------------------------------------
set(CPACK_WIX_UPGRADE_GUID "${PAYSCORE_WINDOWS_UPGRADE_GUID}")
set(CPACK_WIX_PRODUCT_ICON "${PAYSCORE_ICO_FILE}")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "${PAYSCORE_DISPLAY_NAME}")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPCONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_WIX_ARCHITECTURE x64)

# --- Signing: optional, driven by the environment at cpack time -----------------------------
# Pre-build signs the staged .exe/.dll files, post-build the installer itself.
set(PAYSCORE_SIGN_SCRIPT "${PAYSCORE_INSTALLER_DIR}/windows/SignWindows.cmake")
set(CPACK_PRE_BUILD_SCRIPTS "${PAYSCORE_SIGN_SCRIPT}")
set(CPACK_POST_BUILD_SCRIPTS "${PAYSCORE_SIGN_SCRIPT}")

# Version resource and icon compiled into both executables (Explorer's Properties > Details).
set(PAYSCORE_RC_TEMPLATE "${PAYSCORE_INSTALLER_DIR}/windows/payscore.rc.in")
function(payscore_configure_windows_rc program_name description output)
    set(PAYSCORE_RC_PROGRAM "${program_name}")
    set(PAYSCORE_RC_DESCRIPTION "${description}")
    set(PAYSCORE_RC_PUBLISHER "${PAYSCORE_PUBLISHER}")
    set(PAYSCORE_RC_PRODUCT "${PAYSCORE_DISPLAY_NAME}")
    set(PAYSCORE_RC_ICON "${PAYSCORE_ICO_FILE}")
    set(PAYSCORE_RC_VERSION_COMMAS
        "${PROJECT_VERSION_MAJOR},${PROJECT_VERSION_MINOR},${PROJECT_VERSION_PATCH},0")
    set(PAYSCORE_RC_VERSION "${PROJECT_VERSION}")
    configure_file("${PAYSCORE_RC_TEMPLATE}" "${output}" @ONLY)
endfunction()
