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
    ./usr/share/bash-completion/completions/grantcheck
    ./usr/share/zsh/vendor-completions/_grantcheck
    ./usr/share/fish/vendor_completions.d/grantcheck.fish
    ./usr/share/grantcheck/rules/familjen-helsingborg.toml
    ./usr/share/grantcheck/rules/ostfold-prosjektskjonn-2018.toml)
  string(FIND "${contents}" " ${file}\n" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${file} is not in the package:\n${contents}")
  endif()
endforeach()

execute_process(COMMAND dpkg-deb -f ${debs} Depends OUTPUT_VARIABLE depends)
# dpkg-deb folds a long field over several lines.
string(REGEX REPLACE "[ \n]+" " " depends "${depends}")
string(STRIP "${depends}" depends)
# Every shared library the binary needs is declared, by its Debian package:
# libc6 always; libyaml, libfmt, libtomlplusplus, libutf8proc, libnettle and
# libstdc++6 too when GRANTCHECK_STATIC_DEPS is off.
execute_process(COMMAND objdump -p ${BUILD_DIR}/grantcheck OUTPUT_VARIABLE headers
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "objdump -p ${BUILD_DIR}/grantcheck failed")
endif()
string(REGEX MATCHALL "NEEDED +[^\n]+" needed "${headers}")
if(NOT needed)
  message(FATAL_ERROR "the binary needs no shared library, not even libc:\n${headers}")
endif()
foreach(entry ${needed})
  string(REGEX REPLACE "NEEDED +" "" soname "${entry}")
  string(STRIP "${soname}" soname)
  execute_process(COMMAND dpkg -S "*/${soname}" OUTPUT_VARIABLE owners RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "no Debian package holds ${soname}")
  endif()
  # "libyaml-0-2:amd64: /usr/lib/..." -> "libyaml-0-2"; any one owner will do.
  string(REGEX MATCHALL "(^|\n)[^:\n]+" packages "${owners}")
  set(declared FALSE)
  foreach(package ${packages})
    string(STRIP "${package}" package)
    string(REGEX REPLACE "([+.])" "\\\\\\1" pattern "${package}")
    if(depends MATCHES "(^|, )${pattern}( |,|$)")
      set(declared TRUE)
    endif()
  endforeach()
  if(NOT declared)
    message(FATAL_ERROR "Depends does not name the package of ${soname} (${packages}): ${depends}")
  endif()
endforeach()
if(NOT depends MATCHES "(^|, )libc6")
  message(FATAL_ERROR "Depends does not name libc6: ${depends}")
endif()
# Debian's own package checker: no error (a missing copyright file or
# changelog, a library embedded without a reason). Its warnings are printed.
find_program(LINTIAN lintian REQUIRED)
execute_process(COMMAND ${LINTIAN} --fail-on error --tag-display-limit 0 ${debs}
  RESULT_VARIABLE status OUTPUT_VARIABLE lintian_out ERROR_VARIABLE lintian_err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "lintian found errors in ${debs} (${status}):\n${lintian_out}${lintian_err}")
endif()
foreach(file ./usr/share/doc/grantcheck/copyright ./usr/share/doc/grantcheck/changelog.gz)
  string(FIND "${contents}" " ${file}\n" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${file} is not in the package:\n${contents}")
  endif()
endforeach()
message(STATUS "${debs}\nNEEDED: ${needed}\nDepends: ${depends}\nlintian: ${lintian_out}")
