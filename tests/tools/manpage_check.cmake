# The manual page renders with groff and no warnings at all (-ww), as man
# would show it.
#
# cmake -DMAN_PAGE=man/grantcheck.1 -P manpage_check.cmake
cmake_minimum_required(VERSION 3.20)

execute_process(COMMAND groff -man -Tutf8 -ww -P-cbou ${MAN_PAGE}
  RESULT_VARIABLE status OUTPUT_VARIABLE page ERROR_VARIABLE warnings)
if(NOT status EQUAL 0 OR NOT warnings STREQUAL "")
  message(FATAL_ERROR "groff -man -ww ${MAN_PAGE} (${status}):\n${warnings}")
endif()
# Every subcommand and environment variable has its place in the page.
foreach(word check schedule explain test "rules list" "rules lint" eval init new-program schema
    GRANTCHECK_RULES_PATH NO_COLOR "EXIT STATUS" FILES)
  if(NOT page MATCHES "${word}")
    message(FATAL_ERROR "the manual page does not mention ${word}")
  endif()
endforeach()
