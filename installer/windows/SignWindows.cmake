# Authenticode signing with signtool, run by CPack (CPACK_PRE_BUILD_SCRIPTS signs the staged
# programs, CPACK_POST_BUILD_SCRIPTS the finished installer). Switched on by the environment:
#   PAYSCORE_SIGN_CERT           path to the code-signing certificate (.pfx)   -- required
#   PAYSCORE_SIGN_PASSWORD       its password                                   -- optional
#   PAYSCORE_SIGN_TIMESTAMP_URL  RFC 3161 timestamp server (default DigiCert's)
#   PAYSCORE_SIGNTOOL            signtool.exe to use (default: PATH, then the Windows SDK)
# Without PAYSCORE_SIGN_CERT nothing is signed and packaging goes on; a certificate that is set
# but unusable stops packaging, so an unsigned release cannot pass for a signed one.

if("$ENV{PAYSCORE_SIGN_CERT}" STREQUAL "")
    message(STATUS "signing: PAYSCORE_SIGN_CERT is not set, skipped (packages stay unsigned)")
    return()
endif()
if(NOT EXISTS "$ENV{PAYSCORE_SIGN_CERT}")
    message(FATAL_ERROR "signing: PAYSCORE_SIGN_CERT names a file that does not exist")
endif()

set(signtool "$ENV{PAYSCORE_SIGNTOOL}")
if(signtool STREQUAL "")
    file(GLOB sdk_signtools "C:/Program Files (x86)/Windows Kits/10/bin/*/x64/signtool.exe")
    list(SORT sdk_signtools COMPARE NATURAL ORDER DESCENDING)
    find_program(signtool NAMES signtool signtool.exe PATHS ${sdk_signtools} NO_CACHE)
    if(NOT signtool)
        list(GET sdk_signtools 0 signtool)
    endif()
endif()
if(NOT signtool OR NOT EXISTS "${signtool}")
    message(FATAL_ERROR "signing: signtool.exe not found; install the Windows SDK or set PAYSCORE_SIGNTOOL")
endif()

set(timestamp_url "$ENV{PAYSCORE_SIGN_TIMESTAMP_URL}")
if(timestamp_url STREQUAL "")
    set(timestamp_url "http://timestamp.digicert.com")
endif()

if(DEFINED CPACK_PACKAGE_FILES)
    # Post-build: the installer and the .msi; the .zip itself cannot carry a signature.
    set(targets ${CPACK_PACKAGE_FILES})
    list(FILTER targets INCLUDE REGEX "\\.(exe|msi)$")
else()
    # Pre-build: our own programs in the staging tree. Qt's DLLs come signed by their vendor.
    file(GLOB_RECURSE targets "${CPACK_TEMPORARY_DIRECTORY}/*/payscore-*.exe")
    file(GLOB_RECURSE targets_at_root "${CPACK_TEMPORARY_DIRECTORY}/payscore-*.exe")
    list(APPEND targets ${targets_at_root})
    list(REMOVE_DUPLICATES targets)
endif()

set(password_args)
if(NOT "$ENV{PAYSCORE_SIGN_PASSWORD}" STREQUAL "")
    set(password_args /p "$ENV{PAYSCORE_SIGN_PASSWORD}")
endif()

foreach(target IN LISTS targets)
    get_filename_component(name "${target}" NAME)
    message(STATUS "signing: ${name}")
    # COMMAND_ECHO NONE: the command line holds the certificate password.
    execute_process(
        COMMAND "${signtool}" sign /fd SHA256 /f "$ENV{PAYSCORE_SIGN_CERT}" ${password_args}
                /tr "${timestamp_url}" /td SHA256 /d "${CPACK_PACKAGE_INSTALL_DIRECTORY}"
                "${target}"
        COMMAND_ECHO NONE
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "signing: signtool failed for ${name} (${result}): ${output}")
    endif()
    execute_process(COMMAND "${signtool}" verify /pa "${target}" RESULT_VARIABLE result
                    OUTPUT_QUIET ERROR_QUIET)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "signing: ${name} does not verify after signing")
    endif()
endforeach()
