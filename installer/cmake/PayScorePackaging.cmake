# CPack settings for every platform, as plain variables: no targets, no install() rules, so the
# same file serves installer/CMakeLists.txt and the configure-time check in
# tests/integration/packaging (cmake -P with a simulated Windows or macOS).
#
# Inputs (set by the includer):
#   PROJECT_VERSION, PROJECT_VERSION_MAJOR/MINOR/PATCH, PROJECT_DESCRIPTION, PROJECT_HOMEPAGE_URL
#   PAYSCORE_SOURCE_DIR        the repository root
#   PAYSCORE_PACKAGE_SYSTEM    Linux | Windows | Darwin
#   PAYSCORE_PACKAGE_ARCH      e.g. x86_64, AMD64, arm64 (only used in file names)
#   PAYSCORE_GENERATED_DIR     where configured files (Info.plist, .rc) are written
#   PAYSCORE_QT_VERSION        the Qt version built against (Linux Depends)
#   PAYSCORE_MACOS_MIN_VERSION the deployment target (macOS)
# Outputs: CPACK_* variables, plus PAYSCORE_* paths that installer/CMakeLists.txt installs.

set(PAYSCORE_INSTALLER_DIR "${PAYSCORE_SOURCE_DIR}/installer")
set(PAYSCORE_ICON_DIR "${PAYSCORE_SOURCE_DIR}/resources/icons")

# What the user sees; the version comes from project(VERSION) and nowhere else.
set(PAYSCORE_DISPLAY_NAME "PayScore Console")
set(PAYSCORE_PUBLISHER "PayScore Console developers")
set(PAYSCORE_EXECUTABLE_NAME "payscore-console")
if(NOT PAYSCORE_BUNDLE_ID)
    set(PAYSCORE_BUNDLE_ID "invalid.example.payscore-console")
endif()

set(CPACK_PACKAGE_NAME "payscore-console")
set(CPACK_PACKAGE_VENDOR "${PAYSCORE_PUBLISHER}")
set(CPACK_PACKAGE_CONTACT "PayScore Console developers <payscore-console@example.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VERSION_MAJOR "${PROJECT_VERSION_MAJOR}")
set(CPACK_PACKAGE_VERSION_MINOR "${PROJECT_VERSION_MINOR}")
set(CPACK_PACKAGE_VERSION_PATCH "${PROJECT_VERSION_PATCH}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Wrapped for Debian's control file, which shows it as is.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "PayScore Console puts WeChat Pay PayScore orders right: it syncs orders"
    "paid outside WeChat Pay, completes rentals with fees and discounts, and"
    "queries orders. It comes as a desktop console for store staff and support"
    "agents and as payscore-cli for scripts, with a built-in local sandbox so"
    "that it can be tried without a merchant account.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${PAYSCORE_DISPLAY_NAME}")
# Without this CPack would show CMake's own licence text in the installers.
set(CPACK_RESOURCE_FILE_LICENSE "${PAYSCORE_INSTALLER_DIR}/NOTICE.txt")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_STRIP_FILES ON)
set(PAYSCORE_NOTICE_FILE "${CPACK_RESOURCE_FILE_LICENSE}")
set(CPACK_PACKAGE_FILE_NAME
    "${CPACK_PACKAGE_NAME}-${CPACK_PACKAGE_VERSION}-${PAYSCORE_PACKAGE_SYSTEM}-${PAYSCORE_PACKAGE_ARCH}")

if(PAYSCORE_PACKAGE_SYSTEM STREQUAL "Linux")
    include("${PAYSCORE_INSTALLER_DIR}/linux/LinuxPackage.cmake")
elseif(PAYSCORE_PACKAGE_SYSTEM STREQUAL "Windows")
    include("${PAYSCORE_INSTALLER_DIR}/windows/WindowsPackage.cmake")
elseif(PAYSCORE_PACKAGE_SYSTEM STREQUAL "Darwin")
    include("${PAYSCORE_INSTALLER_DIR}/macos/MacPackage.cmake")
else()
    message(WARNING "No installer settings for ${PAYSCORE_PACKAGE_SYSTEM}: building a .tar.gz only")
    set(CPACK_GENERATOR TGZ)
endif()
