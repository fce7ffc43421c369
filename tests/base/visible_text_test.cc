// Texts as a reader sees them: Unicode spaces compared as spaces, and what
// nobody can see shown by name.
#include "base/visible_text.h"

#include <doctest/doctest.h>

namespace grantcheck {
namespace {

TEST_CASE("visible text: every Unicode space is a space, other text unchanged") {
  CHECK(WithPlainSpaces("1\u00a0150\u202f000\u2003kr\tx\n") == "1 150 000 kr x ");
  CHECK(WithPlainSpaces("Höganäs") == "Höganäs");
  CHECK(WithPlainSpaces("a\xffz") == "a\xffz");  // not UTF-8: as it was
}

TEST_CASE("visible text: what a reader cannot see is shown by name") {
  CHECK(ShowInvisible("1\u00a0150 kr") == "1<U+00A0>150 kr");
  CHECK(ShowInvisible("a\tb\x1b[31m\u200b\ufeff") == "a<U+0009>b<U+001B>[31m<U+200B><U+FEFF>");
  CHECK(ShowInvisible("Höganäs, Æ") == "Höganäs, Æ");
  CHECK(ShowInvisible("x\xe4y") == "x<0xE4>y");
}

}  // namespace
}  // namespace grantcheck
