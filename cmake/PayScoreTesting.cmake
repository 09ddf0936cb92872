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
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set(home ${PROJECT_BINARY_DIR}/test-home/${name})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_CONFIG_HOME=${home}/config;XDG_DATA_HOME=${home}/data;XDG_CACHE_HOME=${home}/cache;LC_ALL=C.UTF-8;PAYSCORE_TEST=1")
    if(ARG_BACKENDS)
        list(POP_FRONT ARG_BACKENDS)
        foreach(backend ${ARG_BACKENDS})
            set(home ${PROJECT_BINARY_DIR}/test-home/${name}_${backend})
            add_test(NAME ${name}_${backend} COMMAND ${name})
            set_tests_properties(${name}_${backend} PROPERTIES
                TIMEOUT ${ARG_TIMEOUT}
                LABELS "${ARG_LABELS};${backend}"
                ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_CONFIG_HOME=${home}/config;XDG_DATA_HOME=${home}/data;XDG_CACHE_HOME=${home}/cache;LC_ALL=C.UTF-8;PAYSCORE_TEST=1;PAYSCORE_TEST_JOURNAL_BACKEND=${backend}")
        endforeach()
    endif()
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
