# A rule file with a deliberately wrong threshold must make its tests fail:
# copies RULE_FILE with `max_months = 12` changed to 13 into WORK_DIR and
# expects `grantcheck test` of TEST_FILE against it to exit 1 and name a
# failing case. Run as: cmake -DGRANTCHECK=... -DRULE_FILE=... -DTEST_FILE=...
#                          -DWORK_DIR=... -P mutated_threshold.cmake
file(READ "${RULE_FILE}" rules)
string(REGEX REPLACE "\nmax_months = 12([ \n])" "\nmax_months = 13\\1" mutated "${rules}")
if(mutated STREQUAL rules)
  message(FATAL_ERROR "no 'max_months = 12' line in ${RULE_FILE} to change")
endif()
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(name "${RULE_FILE}" NAME)
file(WRITE "${WORK_DIR}/${name}" "${mutated}")
execute_process(
  COMMAND "${GRANTCHECK}" test --today 2025-09-01 --rules "${WORK_DIR}/${name}" "${TEST_FILE}"
  RESULT_VARIABLE status
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err)
if(NOT status EQUAL 1)
  message(FATAL_ERROR "expected exit status 1 with max_months = 13, got ${status}\n${out}${err}")
endif()
if(NOT out MATCHES "\nFAIL [^\n]*FH-DURATION expected fail, got pass")
  message(FATAL_ERROR "expected a failing FH-DURATION case\n${out}")
endif()
message(STATUS "max_months = 13 fails the tests, as it must")
