# Code signing (hardened runtime) and notarization, run by CPack: CPACK_PRE_BUILD_SCRIPTS signs
# the staged app bundle, CPACK_POST_BUILD_SCRIPTS signs the .dmg, notarizes and staples it.
# Switched on by the environment:
#   PAYSCORE_MACOS_SIGN_IDENTITY     "Developer ID Application: Name (TEAMID)"   -- enables signing
#   PAYSCORE_MACOS_ENTITLEMENTS      an entitlements .plist                      -- optional
#   notarization (needs signing), either
#   PAYSCORE_NOTARY_KEYCHAIN_PROFILE a profile stored with `xcrun notarytool store-credentials`
#   or PAYSCORE_NOTARY_APPLE_ID + PAYSCORE_NOTARY_TEAM_ID + PAYSCORE_NOTARY_PASSWORD
#      (an app-specific password)
# Without the identity nothing is signed or notarized and packaging goes on.

set(identity "$ENV{PAYSCORE_MACOS_SIGN_IDENTITY}")
if(identity STREQUAL "")
    message(STATUS "signing: PAYSCORE_MACOS_SIGN_IDENTITY is not set, skipped (unsigned bundle)")
    return()
endif()

function(payscore_run what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out
                    COMMAND_ECHO NONE)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "signing: ${what} failed (${result}): ${out}")
    endif()
    message(STATUS "signing: ${what}")
endfunction()

set(entitlements)
if(NOT "$ENV{PAYSCORE_MACOS_ENTITLEMENTS}" STREQUAL "")
    set(entitlements --entitlements "$ENV{PAYSCORE_MACOS_ENTITLEMENTS}")
endif()

if(NOT DEFINED CPACK_PACKAGE_FILES)
    # Pre-build: the bundle(s) in the staging tree. --deep reaches the frameworks and plugins
    # macdeployqt copied in and the payscore-cli helper in Contents/MacOS.
    file(GLOB bundles "${CPACK_TEMPORARY_DIRECTORY}/*.app" "${CPACK_TEMPORARY_DIRECTORY}/*/*.app")
    if(NOT bundles)
        message(FATAL_ERROR "signing: no .app bundle under ${CPACK_TEMPORARY_DIRECTORY}")
    endif()
    foreach(bundle IN LISTS bundles)
        get_filename_component(name "${bundle}" NAME)
        payscore_run("codesign ${name}" codesign --force --deep --options runtime --timestamp
                     ${entitlements} --sign "${identity}" "${bundle}")
        payscore_run("verify ${name}" codesign --verify --deep --strict "${bundle}")
    endforeach()
    return()
endif()

# Post-build: the disk image.
set(images ${CPACK_PACKAGE_FILES})
list(FILTER images INCLUDE REGEX "\\.dmg$")
foreach(image IN LISTS images)
    get_filename_component(name "${image}" NAME)
    payscore_run("codesign ${name}" codesign --force --timestamp --sign "${identity}" "${image}")

    set(credentials)
    if(NOT "$ENV{PAYSCORE_NOTARY_KEYCHAIN_PROFILE}" STREQUAL "")
        set(credentials --keychain-profile "$ENV{PAYSCORE_NOTARY_KEYCHAIN_PROFILE}")
    elseif(NOT "$ENV{PAYSCORE_NOTARY_APPLE_ID}" STREQUAL "")
        foreach(var PAYSCORE_NOTARY_TEAM_ID PAYSCORE_NOTARY_PASSWORD)
            if("$ENV{${var}}" STREQUAL "")
                message(FATAL_ERROR "signing: PAYSCORE_NOTARY_APPLE_ID is set but ${var} is not")
            endif()
        endforeach()
        set(credentials --apple-id "$ENV{PAYSCORE_NOTARY_APPLE_ID}"
                        --team-id "$ENV{PAYSCORE_NOTARY_TEAM_ID}"
                        --password "$ENV{PAYSCORE_NOTARY_PASSWORD}")
    endif()
    if(NOT credentials)
        message(STATUS "signing: no notary credentials set, ${name} is signed but not notarized")
        continue()
    endif()
    payscore_run("notarize ${name}" xcrun notarytool submit "${image}" ${credentials} --wait)
    payscore_run("staple ${name}" xcrun stapler staple "${image}")
endforeach()
