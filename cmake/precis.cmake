# Build helpers shared by every module.

# precis_module(NAME [DEPS targets...] [EMBED SYMBOL FILE ...])
#
# Builds src/<NAME>/*.cc (but *_test.cc) into the static library
# precis_<NAME>, linked PUBLIC to DEPS. Each FILE listed after EMBED is
# compiled in as `extern const std::string_view precis::data::k<SYMBOL>`.
# Each <name>_test.cc beside the sources becomes a GoogleTest executable
# registered with ctest.
function(precis_module name)
  cmake_parse_arguments(M "" "" "DEPS;EMBED" ${ARGN})
  file(GLOB srcs CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cc)
  list(FILTER srcs EXCLUDE REGEX "_(test|bench|fuzz)\\.cc$")
  set(target precis_${name})
  if(NOT srcs)  # a module still being written: keep the target linkable
    set(srcs ${PROJECT_SOURCE_DIR}/cmake/empty.cc)
  endif()
  # The objects, compiled once (position-independent), go both into the
  # module's static library, which the tests and the CLI link, and into the
  # installed libprecis.a/.so (cmake/install.cmake), which take every module
  # in PRECIS_MODULES.
  add_library(${target}_objects OBJECT ${srcs})
  set_target_properties(${target}_objects PROPERTIES
      POSITION_INDEPENDENT_CODE ON)
  target_include_directories(${target}_objects PUBLIC
      ${PROJECT_SOURCE_DIR}/include ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${target}_objects PUBLIC ${M_DEPS})
  while(M_EMBED)
    list(POP_FRONT M_EMBED symbol file)
    precis_embed(${target}_objects ${symbol} ${file})
  endwhile()
  add_library(${target} STATIC)
  target_link_libraries(${target} PUBLIC ${target}_objects)
  set_property(GLOBAL APPEND PROPERTY PRECIS_MODULES ${target})
  if(PRECIS_BUILD_TESTS)
    file(GLOB tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*_test.cc)
    foreach(t ${tests})
      precis_test(${t} ${target})
    endforeach()
  endif()
endfunction()

# precis_test(SOURCE LIBS...): one GoogleTest executable registered with ctest.
function(precis_test source)
  get_filename_component(name ${source} NAME_WE)
  add_executable(${name} ${source})
  target_link_libraries(${name} PRIVATE ${ARGN} GTest::gtest_main GTest::gmock)
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  target_compile_definitions(${name} PRIVATE
      PRECIS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
      PRECIS_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared"
      PRECIS_BINARY_DIR="${PROJECT_BINARY_DIR}")
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 120
      PROPERTIES ENVIRONMENT "PRECIS_BIN=$<TARGET_FILE_DIR:${name}>")
endfunction()

# precis_embed(TARGET SYMBOL FILE): compiles FILE into TARGET as
# `extern const std::string_view precis::data::k<SYMBOL>`.
function(precis_embed target symbol file)
  get_filename_component(input ${file} ABSOLUTE)
  set(output ${CMAKE_CURRENT_BINARY_DIR}/embedded_${symbol}.cc)
  add_custom_command(OUTPUT ${output}
      COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${output}
              -DSYMBOL=${symbol} -P ${PROJECT_SOURCE_DIR}/cmake/embed.cmake
      DEPENDS ${input} ${PROJECT_SOURCE_DIR}/cmake/embed.cmake
      COMMENT "Embedding ${file}")
  target_sources(${target} PRIVATE ${output})
endfunction()
