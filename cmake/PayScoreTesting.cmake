# payscore_add_qtest(NAME SOURCES a.cpp ... LIBS lib ... [LABELS unit|integration|gui] [TIMEOUT s]
#                    [BACKENDS sqlite postgres])
# One Qt Test executable per class under test, run by ctest. Tests run offscreen and with an
# isolated HOME/XDG tree so that nothing a test writes touches the developer's own settings.
# BACKENDS: the journal back ends the suite runs against; each one after the first is another
# ctest run of the same executable, NAME_<backend>, with PAYSCORE_TEST_JOURNAL_BACKEND set
# (see tests/support/JournalTestBackend.h).
function(payscore_add_qtest name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;BACKENDS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/tests)
    target_compile_definitions(${name} PRIVATE
        PAYSCORE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        PAYSCORE_TESTDATA_DIR="${PROJECT_SOURCE_DIR}/tests/testdata"
        PAYSCORE_BINARY_DIR="${PROJECT_BINARY_DIR}")
    payscore_set_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    payscore_fresh_test_home()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set(home ${PROJECT_BINARY_DIR}/test-home/${name})
    set(environment "QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_CONFIG_HOME=${home}/config;XDG_DATA_HOME=${home}/data;XDG_CACHE_HOME=${home}/cache;LC_ALL=C.UTF-8;PAYSCORE_TEST=1")
    payscore_sanitizer_environment(environment "${ARG_LABELS}")
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        FIXTURES_REQUIRED payscore_test_home
        ENVIRONMENT "${environment}")
    if(ARG_BACKENDS)
        list(POP_FRONT ARG_BACKENDS)
        foreach(backend ${ARG_BACKENDS})
            set(home ${PROJECT_BINARY_DIR}/test-home/${name}_${backend})
            add_test(NAME ${name}_${backend} COMMAND ${name})
            set(environment "QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_CONFIG_HOME=${home}/config;XDG_DATA_HOME=${home}/data;XDG_CACHE_HOME=${home}/cache;LC_ALL=C.UTF-8;PAYSCORE_TEST=1;PAYSCORE_TEST_JOURNAL_BACKEND=${backend}")
            payscore_sanitizer_environment(environment "${ARG_LABELS}")
            set_tests_properties(${name}_${backend} PROPERTIES
                TIMEOUT ${ARG_TIMEOUT}
                LABELS "${ARG_LABELS};${backend}"
                FIXTURES_REQUIRED payscore_test_home
                ENVIRONMENT "${environment}")
        endforeach()
    endif()
endfunction()

# Every ctest run starts from empty HOME/XDG trees: settings a test saved (the last profile, the
# language, the journal location) would otherwise steer the next run of the same test. ctest
# runs this fixture's set-up before any test that requires it, also under -R.
function(payscore_fresh_test_home)
    get_property(defined GLOBAL PROPERTY payscore_test_home_reset_defined)
    if(defined)
        return()
    endif()
    set_property(GLOBAL PROPERTY payscore_test_home_reset_defined TRUE)
    add_test(NAME payscore_test_home_reset
        COMMAND ${CMAKE_COMMAND} -E rm -rf ${PROJECT_BINARY_DIR}/test-home)
    set_tests_properties(payscore_test_home_reset PROPERTIES FIXTURES_SETUP payscore_test_home)
endfunction()

# payscore_sanitizer_environment(VAR LABELS): appends the sanitizer options to a test's
# environment in a PAYSCORE_SANITIZE build. Every report aborts the test. Leak checking is on
# except for GUI tests: Qt's platform plugins, fontconfig and the X/offscreen backends keep
# caches for the life of the process that LeakSanitizer cannot tell from leaks.
function(payscore_sanitizer_environment var labels)
    if(NOT PAYSCORE_SANITIZE)
        return()
    endif()
    set(leaks 1)
    if("gui" IN_LIST labels)
        set(leaks 0)
    endif()
    set(supp ${PROJECT_SOURCE_DIR}/tests/sanitizers)
    set(${var} "${${var}};ASAN_OPTIONS=detect_leaks=${leaks}:abort_on_error=1:strict_string_checks=1:check_initialization_order=1:detect_stack_use_after_return=1;LSAN_OPTIONS=suppressions=${supp}/lsan.supp:print_suppressions=0;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1" PARENT_SCOPE)
endfunction()

# payscore_add_benchmark(NAME SOURCES … LIBS …): a Qt Test executable with QBENCHMARK cases.
# Not registered with ctest: benchmarks report numbers (./dev bench), they never gate a build.
function(payscore_add_benchmark name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/tests)
    target_compile_definitions(${name} PRIVATE
        PAYSCORE_TESTDATA_DIR="${PROJECT_SOURCE_DIR}/tests/testdata")
    payscore_set_warnings(${name})
endfunction()
