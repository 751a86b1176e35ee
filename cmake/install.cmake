# What `cmake --install` puts down: the CLI (tools/precis), the public
# headers, libprecis.so and libprecis.a built from every module's objects
# (PRECIS_MODULES, filled by precis_module), the CMake package
# (find_package(precis) -> precis::precis, the shared library, and
# precis::precis_static), precis.pc, the man page and bash completion.
# tests: install_and_link builds examples/link against the installed tree.

include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

get_property(precis_modules GLOBAL PROPERTY PRECIS_MODULES)
set(precis_objects)
foreach(m ${precis_modules})
  list(APPEND precis_objects $<TARGET_OBJECTS:${m}_objects>)
endforeach()

# The public headers use the standard library only, so users need none of
# our dependencies at compile time; the shared library links them privately.
add_library(precis_shared SHARED ${precis_objects})
target_link_libraries(precis_shared PRIVATE ${precis_modules})
target_link_options(precis_shared PRIVATE -Wl,--no-undefined)
add_library(precis_static STATIC ${precis_objects})
# A static archive needs its dependencies on the user's link line: the
# Debian libraries the modules link (CMakeLists.txt), by name. A module
# that adds a library must add it here too.
set(PRECIS_STATIC_LIBS stemmer utf8proc gumbo simdjson fmt z glpk pthread)
foreach(lib ${PRECIS_STATIC_LIBS})
  target_link_libraries(precis_static INTERFACE $<INSTALL_INTERFACE:${lib}>)
  string(APPEND precis_libs_private " -l${lib}")
endforeach()
foreach(t precis_shared precis_static)
  set_target_properties(${t} PROPERTIES OUTPUT_NAME precis
      LIBRARY_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/lib
      ARCHIVE_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/lib)
  target_include_directories(${t} INTERFACE
      $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
  target_compile_features(${t} INTERFACE cxx_std_20)
endforeach()
set_target_properties(precis_shared PROPERTIES EXPORT_NAME precis
    VERSION ${PROJECT_VERSION} SOVERSION ${PROJECT_VERSION_MAJOR})
set_target_properties(precis_static PROPERTIES EXPORT_NAME precis_static)

install(TARGETS precis_shared precis_static EXPORT precisTargets
    LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
    ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY include/precis DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/precis)
install(EXPORT precisTargets NAMESPACE precis:: DESTINATION ${cmake_dir})
file(WRITE ${PROJECT_BINARY_DIR}/precisConfig.cmake
    "include(\"\${CMAKE_CURRENT_LIST_DIR}/precisTargets.cmake\")\n")
write_basic_package_version_file(${PROJECT_BINARY_DIR}/precisConfigVersion.cmake
    COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/precisConfig.cmake
              ${PROJECT_BINARY_DIR}/precisConfigVersion.cmake
        DESTINATION ${cmake_dir})

# precis.pc finds its prefix from where it lies, so a staged install works.
file(RELATIVE_PATH pc_up /p/${CMAKE_INSTALL_LIBDIR}/pkgconfig /p)
file(WRITE ${PROJECT_BINARY_DIR}/precis.pc
"prefix=\${pcfiledir}/${pc_up}
libdir=\${prefix}/${CMAKE_INSTALL_LIBDIR}
includedir=\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}

Name: precis
Description: News summarization with attribution (C++20)
Version: ${PROJECT_VERSION}
Cflags: -I\${includedir}
Libs: -L\${libdir} -lprecis
Libs.private:${precis_libs_private}
")
install(FILES ${PROJECT_BINARY_DIR}/precis.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# The man page, from `precis --help` (Debian's help2man), when it is found.
find_program(HELP2MAN help2man)
if(HELP2MAN)
  set(man ${PROJECT_BINARY_DIR}/precis.1)
  add_custom_command(OUTPUT ${man}
      COMMAND ${HELP2MAN} --no-info --no-discard-stderr
              --version-string=${PROJECT_VERSION}
              --name "summarize news clusters with attribution"
              --output ${man} $<TARGET_FILE:precis_cli>
      DEPENDS precis_cli
      COMMENT "Writing the man page precis.1 (help2man)")
  add_custom_target(precis_man ALL DEPENDS ${man})
  install(FILES ${man} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(STATUS "help2man not found: no man page")
endif()
install(FILES tools/precis/precis.bash-completion
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME precis)

if(PRECIS_BUILD_TESTS)
  add_test(NAME install_and_link COMMAND ${CMAKE_COMMAND}
      -DBUILD_DIR=${PROJECT_BINARY_DIR} -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
      -DCXX=${CMAKE_CXX_COMPILER} -DSANITIZE=${PRECIS_SANITIZE}
      -P ${PROJECT_SOURCE_DIR}/cmake/test_install.cmake)
endif()
