# Compiler settings chosen by cache options (CMakeLists.txt declares them).

# C++20 designated initializers leave the fields they omit at their
# defaults, by design ({.id = "x"}); GCC 12's -Wextra still warns on them.
add_compile_options(-Wno-missing-field-initializers)

# PRECIS_WERROR: the build stays warning-free; CI (.ci/run) enforces it.
# GCC 12's -Wrestrict fires inside libstdc++ on `"literal" + std::string`
# and on shrinking resize (false alarms, GCC bug 105651); the current code
# avoids those forms (fmt::format, erase) and stays warning-free, but new
# code tripping the false alarm should not fail CI, so it stays a warning.
if(PRECIS_WERROR)
  add_compile_options(-Werror)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND
     CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    add_compile_options(-Wno-error=restrict)
  endif()
endif()

# Objects are compiled position-independent (they also go into
# libprecis.so); without interposition of our own functions, GCC still
# inlines across them as in a non-PIC build.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  add_compile_options(-fno-semantic-interposition)
endif()

# PRECIS_SANITIZE: "address,undefined" (ASan+UBSan, `make asan`) or "thread"
# (TSan, `make tsan`). Every target, tests included, is instrumented; any
# UBSan report is fatal, so a test that triggers one fails.
if(PRECIS_SANITIZE)
  if(PRECIS_SANITIZE MATCHES "thread" AND PRECIS_SANITIZE MATCHES "address")
    message(FATAL_ERROR "PRECIS_SANITIZE: thread and address exclude each other")
  endif()
  set(flags -fsanitize=${PRECIS_SANITIZE} -fno-omit-frame-pointer -g1)
  if(PRECIS_SANITIZE MATCHES "undefined")
    list(APPEND flags -fno-sanitize-recover=undefined)
  endif()
  add_compile_options(${flags})
  add_link_options(-fsanitize=${PRECIS_SANITIZE})
  message(STATUS "precis: sanitizers ${PRECIS_SANITIZE}")
endif()
