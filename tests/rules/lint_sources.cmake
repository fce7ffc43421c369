# `rules lint --text` on a shipped rule file: no findings but the
# lint-requirement-word errors listed in pending_requirement_words.txt, each
# of which must still be found (a fixed rule is deleted from the list).
#
# cmake -DGRANTCHECK=… -DTEXT=… -DRULE_FILE=… -DPENDING=… -P lint_sources.cmake
cmake_minimum_required(VERSION 3.20)

execute_process(COMMAND ${GRANTCHECK} rules lint --text ${TEXT} ${RULE_FILE}
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(status EQUAL 2 OR NOT err STREQUAL "")
  message(FATAL_ERROR "rules lint (${status}):\n${err}${out}")
endif()
get_filename_component(program ${RULE_FILE} NAME_WE)
file(READ ${PENDING} pending)
string(REGEX MATCHALL "\n${program} [A-Z0-9-]+" listed "${pending}")
foreach(entry ${listed})
  string(REGEX REPLACE ".* " "" id "${entry}")
  set(pattern "[^\n]*: error: rule '${id}' is an error, but [^\n]*\\[lint-requirement-word\\]\n")
  if(NOT out MATCHES "${pattern}")
    message(FATAL_ERROR "${id} has a requirement word now: delete it from ${PENDING}")
  endif()
  string(REGEX REPLACE "${pattern}" "" out "${out}")
endforeach()
string(REGEX REPLACE "[^\n]*: [0-9]+ findings?\n" "" out "${out}")
if(NOT out STREQUAL "")
  message(FATAL_ERROR "rules lint --text ${TEXT} ${RULE_FILE}:\n${out}")
endif()
