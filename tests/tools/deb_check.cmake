# The Debian package that `cpack -G DEB` makes from a build directory: its
# files, and the runtime libraries it depends on.
#
# cmake -DBUILD_DIR=... -DWORK_DIR=... -P deb_check.cmake
cmake_minimum_required(VERSION 3.20)

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
execute_process(
  COMMAND ${CMAKE_CPACK_COMMAND} -G DEB --config ${BUILD_DIR}/CPackConfig.cmake -B ${WORK_DIR}
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "cpack -G DEB failed (${status}):\n${out}${err}")
endif()
file(GLOB debs ${WORK_DIR}/grantcheck_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one grantcheck_*.deb in ${WORK_DIR}, found: ${debs}")
endif()

execute_process(COMMAND dpkg-deb -c ${debs} RESULT_VARIABLE status OUTPUT_VARIABLE contents)
foreach(file ./usr/bin/grantcheck ./usr/share/man/man1/grantcheck.1.gz
    ./usr/share/grantcheck/rules/familjen-helsingborg.toml
    ./usr/share/grantcheck/rules/ostfold-prosjektskjonn-2018.toml)
  string(FIND "${contents}" " ${file}\n" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${file} is not in the package:\n${contents}")
  endif()
endforeach()

execute_process(COMMAND dpkg-deb -f ${debs} Depends OUTPUT_VARIABLE depends)
# libyaml: libyaml-0-2, which the YAML adapter links.
foreach(library libc6 libstdc\\+\\+6 libyaml libfmt libtomlplusplus libutf8proc libnettle)
  if(NOT depends MATCHES "(^|, )${library}")
    message(FATAL_ERROR "Depends does not name ${library}: ${depends}")
  endif()
endforeach()
message(STATUS "${debs}\nDepends: ${depends}")
