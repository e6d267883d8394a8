# Runs PROGRAM --version and checks that it exits 0 and that its first line is EXPECTED.
# cmake -DPROGRAM=... -DEXPECTED="baton 0.1.0" -P VersionCheck.cmake
execute_process(COMMAND "${PROGRAM}" --version
  RESULT_VARIABLE exit_code
  OUTPUT_VARIABLE output
  ERROR_VARIABLE errors)
if(NOT exit_code EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} --version exited with ${exit_code}: ${errors}")
endif()
string(REGEX REPLACE "\n.*" "" first_line "${output}")
if(NOT first_line STREQUAL EXPECTED)
  message(FATAL_ERROR "${PROGRAM} --version printed '${first_line}', expected '${EXPECTED}'")
endif()
