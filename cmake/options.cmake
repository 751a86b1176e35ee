# Compiler settings chosen by cache options (CMakeLists.txt declares them).

# PRECIS_WERROR: the build stays warning-free; CI (.ci/run) enforces it.
if(PRECIS_WERROR)
  add_compile_options(-Werror)
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
