# Linux: a .deb for Debian 12 and a relocatable .tar.gz of the same tree.
set(CPACK_GENERATOR DEB TGZ)

# Explicit runtime dependencies, named as Debian 12 names its packages. The .deb test
# (tests/integration/packaging) checks that every library our binaries link directly is owned by
# one of these, so a new dependency cannot slip in unnoticed.
if(NOT PAYSCORE_QT_VERSION)
    set(PAYSCORE_QT_VERSION 6.4.2)
endif()
set(qt ">= ${PAYSCORE_QT_VERSION}")
set(PAYSCORE_DEB_DEPENDS
    "libc6 (>= 2.36)"
    "libstdc++6 (>= 12)"
    "libgcc-s1 (>= 3.0)"
    "libqt6core6 (${qt})"
    "libqt6gui6 (${qt})"
    "libqt6widgets6 (${qt})"
    "libqt6network6 (${qt})"
    "libqt6sql6 (${qt})"
    "libqt6sql6-sqlite (${qt})"
    "libqt6sql6-psql (${qt})"
    "libqt6keychain1 (>= 0.13)"
    "libssl3 (>= 3.0.0)"
    "libxlsxwriter4 (>= 1.1)")
list(JOIN PAYSCORE_DEB_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# Qt's own zh_CN strings (standard dialogs) and a font that has the Chinese glyphs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-cjk | fonts-wqy-microhei")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Description: CPack writes the summary as the synopsis and CPACK_PACKAGE_DESCRIPTION below it.

set(PAYSCORE_DESKTOP_FILE "${PAYSCORE_INSTALLER_DIR}/linux/payscore-console.desktop")
