// Reading the program an application names from its first key, before parsing:
// only an unmistakable first line counts; anything else means "load every rule file".
#include "model/program_line.h"

#include <doctest/doctest.h>

namespace grantcheck {
namespace {

TEST_CASE("program line: the first key names the program") {
  CHECK(LeadingProgramId("program: familjen-helsingborg\ntitle: x\n") == "familjen-helsingborg");
  CHECK(LeadingProgramId("program:   fremfaerd-pulje-2015   # Fremfærd\n") ==
        "fremfaerd-pulje-2015");
  CHECK(LeadingProgramId("program: \"ostfold-prosjektskjonn-2018\"\n") ==
        "ostfold-prosjektskjonn-2018");
  CHECK(LeadingProgramId("program: 'x-1'\r\n") == "x-1");
  // Comments, blank lines, a document start and a byte-order mark may come first.
  CHECK(LeadingProgramId("\xEF\xBB\xBF# Ansökan\n\n---\n  # indented comment\nprogram: a\n") ==
        "a");
}

TEST_CASE("program line: anything less certain is no answer") {
  CHECK_FALSE(LeadingProgramId("title: x\nprogram: a\n"));        // not the first key
  CHECK_FALSE(LeadingProgramId("{program: a}\n"));                // flow mapping
  CHECK_FALSE(LeadingProgramId("  program: a\n"));                // indented
  CHECK_FALSE(LeadingProgramId("program:\n  a\n"));               // value on the next line
  CHECK_FALSE(LeadingProgramId("program: a b\n"));                // not an id
  CHECK_FALSE(LeadingProgramId("program: \"a\\u0062\"\n"));       // an escape
  CHECK_FALSE(LeadingProgramId("program: [a]\n"));
  CHECK_FALSE(LeadingProgramId("programme: a\n"));
  CHECK_FALSE(LeadingProgramId("program: a"));  // the line may go on past what was read
  CHECK_FALSE(LeadingProgramId(""));
  CHECK_FALSE(LeadingProgramId("# only a comment\n"));
}

TEST_CASE("program line: only regular files are read") {
  CHECK_FALSE(LeadingProgramIdOfFile("/dev/zero"));
  CHECK_FALSE(LeadingProgramIdOfFile("/nonexistent/app.yaml"));
  CHECK_FALSE(LeadingProgramIdOfFile("/tmp"));
}

}  // namespace
}  // namespace grantcheck
