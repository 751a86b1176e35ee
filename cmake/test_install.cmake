# ctest install_and_link: installs BUILD_DIR into BUILD_DIR/stage, then
# configures, builds and runs examples/link against that tree alone, with
# find_package(precis) (shared and static library).
#   cmake -DBUILD_DIR=... -DSOURCE_DIR=... -DCXX=... [-DSANITIZE=...] -P test_install.cmake
set(stage ${BUILD_DIR}/stage)
set(example ${BUILD_DIR}/link-example)
file(REMOVE_RECURSE ${stage} ${example})

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}")
  endif()
endfunction()

run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${stage})
set(flags)
if(SANITIZE)  # an instrumented library needs an instrumented program
  set(flags -DCMAKE_CXX_FLAGS=-fsanitize=${SANITIZE}
            -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=${SANITIZE})
endif()
run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/examples/link -B ${example}
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=${CXX}
    -DCMAKE_PREFIX_PATH=${stage} ${flags})
run(${CMAKE_COMMAND} --build ${example})
foreach(exe link_shared link_static)
  execute_process(COMMAND ${example}/${exe} ${SOURCE_DIR}/examples/harbor-bridge
      RESULT_VARIABLE rc OUTPUT_VARIABLE out)
  if(NOT rc EQUAL 0 OR NOT out MATCHES "Port Calloway")
    message(FATAL_ERROR "${exe} failed (${rc}): ${out}")
  endif()
  message(STATUS "${exe}: ${out}")
endforeach()
foreach(f bin/precis include/precis/summarizer.h)
  if(NOT EXISTS ${stage}/${f})
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()
