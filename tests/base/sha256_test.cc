// Tests for SHA-256: the FIPS 180-4 example digests, and agreement with
// coreutils' sha256sum on a real file.
#include <doctest/doctest.h>

#include <string>

#include "base/sha256.h"
#include "support/consumers.h"

namespace grantcheck {
namespace {

TEST_CASE("sha256: the FIPS 180-4 examples") {
  CHECK(Sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(Sha256Hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256: bytes as they are, NUL and non-ASCII included") {
  CHECK(Sha256Hex(std::string("a\0b", 3)) != Sha256Hex("ab"));
  CHECK(Sha256Hex("Höganäs").size() == 64);
}

TEST_CASE("sha256: the same digest as sha256sum for an example file") {
  testing::ToolResult sum = testing::RunTool("sha256sum examples/passes.yaml");
  REQUIRE(sum.status == 0);
  CHECK(sum.output.substr(0, 64) ==
        Sha256Hex(testing::ReadFile(std::string(GRANTCHECK_SOURCE_DIR) + "/examples/passes.yaml")));
}

}  // namespace
}  // namespace grantcheck
