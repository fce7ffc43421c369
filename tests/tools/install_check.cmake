# The installed tree, as a user gets it from `cmake --install`: the binary, the
# rule files and the manual page in their places, and the binary finds its rules.
#
# cmake -DBUILD_DIR=... -DSOURCE_DIR=... -DWORK_DIR=... -P install_check.cmake
cmake_minimum_required(VERSION 3.20)

set(prefix ${WORK_DIR}/prefix)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix}
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${status}):\n${out}${err}")
endif()

foreach(file bin/grantcheck share/man/man1/grantcheck.1.gz
    share/bash-completion/completions/grantcheck share/zsh/vendor-completions/_grantcheck
    share/fish/vendor_completions.d/grantcheck.fish
    share/grantcheck/rules/familjen-helsingborg.toml
    share/grantcheck/rules/familjen-helsingborg-expoframtid.toml
    share/grantcheck/rules/fremfaerd-pulje-2015.toml
    share/grantcheck/rules/ostfold-prosjektskjonn-2018.toml)
  if(NOT EXISTS ${prefix}/${file})
    message(FATAL_ERROR "not installed: ${file}")
  endif()
endforeach()

# Run from outside the source tree, without GRANTCHECK_RULES_PATH, so only the
# installed rules can be found; the json report names the rule file it used.
unset(ENV{GRANTCHECK_RULES_PATH})
execute_process(
  COMMAND ${prefix}/bin/grantcheck check --format json ${SOURCE_DIR}/examples/passes.yaml
  WORKING_DIRECTORY ${WORK_DIR}
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "installed grantcheck check examples/passes.yaml exited ${status}:\n${out}${err}")
endif()
string(JSON rules_path GET "${out}" applications 0 rules path)
if(NOT rules_path STREQUAL "${prefix}/share/grantcheck/rules/familjen-helsingborg.toml")
  message(FATAL_ERROR "checked against ${rules_path}, not the installed rule file")
endif()

# The installed page opens in man, compressed as it is.
execute_process(COMMAND man -l ${prefix}/share/man/man1/grantcheck.1.gz
  RESULT_VARIABLE status OUTPUT_VARIABLE page ERROR_VARIABLE err)
if(NOT status EQUAL 0 OR NOT page MATCHES "GRANTCHECK_RULES_PATH")
  message(FATAL_ERROR "man -l on the installed page failed (${status}):\n${err}")
endif()
# The installed bash completion completes with the installed binary: the
# program ids it offers come from that binary's rules.
execute_process(COMMAND bash -c
  "source share/bash-completion/completions/grantcheck
   COMP_WORDS=(bin/grantcheck init --program fremf); COMP_CWORD=3; _grantcheck
   echo \"\${COMPREPLY[@]}\""
  WORKING_DIRECTORY ${prefix}
  RESULT_VARIABLE status OUTPUT_VARIABLE completed ERROR_VARIABLE err)
if(NOT status EQUAL 0 OR NOT completed STREQUAL "fremfaerd-pulje-2015\n")
  message(FATAL_ERROR "the installed bash completion offered '${completed}' (${status}):\n${err}")
endif()
message(STATUS "installed to ${prefix}; checked against ${rules_path}")
