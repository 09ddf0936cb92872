# macOS: "PayScore Console.app" (payscore-cli inside it, in Contents/MacOS) made self-contained
# by macdeployqt at install time, on a drag-and-drop .dmg with a link to /Applications.
set(CPACK_GENERATOR DragNDrop)

set(PAYSCORE_BUNDLE_NAME "${PAYSCORE_DISPLAY_NAME}")
set(PAYSCORE_ICNS_FILE "${PAYSCORE_ICON_DIR}/payscore-console.icns")
set(PAYSCORE_PLIST_TEMPLATE "${PAYSCORE_INSTALLER_DIR}/macos/Info.plist.in")
if(NOT PAYSCORE_MACOS_MIN_VERSION)
    set(PAYSCORE_MACOS_MIN_VERSION 12.0) # what Qt 6.8 itself supports
endif()

set(CPACK_DMG_VOLUME_NAME "${PAYSCORE_DISPLAY_NAME} ${CPACK_PACKAGE_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
# DragNDrop puts the /Applications link beside the bundle unless this is ON; keep it OFF.
set(CPACK_DMG_DISABLE_APPLICATIONS_SYMLINK OFF)
set(CPACK_PACKAGE_ICON "${PAYSCORE_ICNS_FILE}")
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${CPACK_PACKAGE_VERSION}-macOS-${PAYSCORE_PACKAGE_ARCH}")

set(PAYSCORE_SIGN_SCRIPT "${PAYSCORE_INSTALLER_DIR}/macos/SignMacOS.cmake")
set(CPACK_PRE_BUILD_SCRIPTS "${PAYSCORE_SIGN_SCRIPT}")
set(CPACK_POST_BUILD_SCRIPTS "${PAYSCORE_SIGN_SCRIPT}")

# The bundle's Info.plist with every key filled in here, so that CMake's own substitution
# (MACOSX_BUNDLE_INFO_PLIST) finds nothing left to replace.
function(payscore_configure_info_plist executable_name output)
    set(PAYSCORE_PLIST_EXECUTABLE "${executable_name}")
    set(PAYSCORE_PLIST_BUNDLE_ID "${PAYSCORE_BUNDLE_ID}")
    set(PAYSCORE_PLIST_NAME "${PAYSCORE_DISPLAY_NAME}")
    set(PAYSCORE_PLIST_VERSION "${PROJECT_VERSION}")
    set(PAYSCORE_PLIST_MIN_SYSTEM "${PAYSCORE_MACOS_MIN_VERSION}")
    get_filename_component(PAYSCORE_PLIST_ICON "${PAYSCORE_ICNS_FILE}" NAME)
    set(PAYSCORE_PLIST_COPYRIGHT "Copyright (c) ${PAYSCORE_PUBLISHER}")
    configure_file("${PAYSCORE_PLIST_TEMPLATE}" "${output}" @ONLY)
endfunction()
