// The compiled-rules cache's encoding: every shipped program survives the
// round trip unchanged, and damaged bytes are refused, never misread.
#include <doctest/doctest.h>

#include <string>

#include "cli/run_cli.h"
#include "engine/engine.h"
#include "expr/builtins.h"
#include "model/application.h"
#include "model/document.h"
#include "base/file_io.h"
#include "rules/program_codec.h"
#include "rules/rule_loader.h"

namespace grantcheck {
namespace {

constexpr const char* kPrograms[] = {
    "familjen-helsingborg", "familjen-helsingborg-expoframtid", "fremfaerd-pulje-2015",
    "ostfold-prosjektskjonn-2018"};

Program Load(const std::string& id) {
  LoadedProgram loaded = LoadRuleFile(testing::SourcePath("rules/" + id + ".toml"));
  REQUIRE(loaded.program);
  return std::move(*loaded.program);
}

TEST_CASE("program codec: every shipped program decodes to what was encoded") {
  for (const char* id : kPrograms) {
    CAPTURE(id);
    const Program original = Load(id);
    const std::string bytes = EncodeProgram(original);
    std::optional<Program> decoded = DecodeProgram(bytes);
    REQUIRE(decoded);
    // Encoding is a function of every field written, so equal bytes mean equal programs.
    CHECK(EncodeProgram(*decoded) == bytes);
    CHECK(decoded->rules.size() == original.rules.size());
    CHECK(decoded->deadlines.size() == original.deadlines.size());
    CHECK(decoded->params_value.Dump() == original.params_value.Dump());
    // The schema is made again, not read: it must come out as the loader made it.
    CHECK(FieldTypeName(decoded->schema) == FieldTypeName(original.schema));
    CHECK(decoded->schema.fields.size() == original.schema.fields.size());
  }
}

TEST_CASE("program codec: a decoded program checks an application as the loaded one does") {
  const Program original = Load("familjen-helsingborg");
  std::optional<Program> decoded = DecodeProgram(EncodeProgram(original));
  REQUIRE(decoded);
  for (const char* example : {"examples/passes.yaml", "examples/fails.yaml"}) {
    CAPTURE(example);
    const FileText file = ReadInput(testing::SourcePath(example));
    REQUIRE(file.text);
    auto check = [&](const Program& program) {
      Application app = BuildApplication(LoadYaml(*file.text, example), program.schema);
      std::string out;
      CheckOptions options;
      options.today = ParseDate("2026-01-15");
      for (const Finding& f : CheckApplication(app, Prepare(program), options).findings) {
        out += f.rule_id + " " + std::string(StatusName(f.status)) + " " + f.message + " " +
               f.path + ":" + std::to_string(f.pos.line) + "\n";
      }
      return out;
    };
    CHECK(check(*decoded) == check(original));
  }
}

TEST_CASE("program codec: truncated, extended and damaged bytes are refused or harmless") {
  const std::string bytes = EncodeProgram(Load("fremfaerd-pulje-2015"));
  for (size_t n = 0; n < bytes.size(); n += 1 + n / 64) {
    CAPTURE(n);
    CHECK_FALSE(DecodeProgram(std::string_view(bytes).substr(0, n)));
  }
  CHECK_FALSE(DecodeProgram(bytes + "x"));
  std::string other_format = bytes;
  other_format[0] = static_cast<char>(other_format[0] + 1);
  CHECK_FALSE(DecodeProgram(other_format));
  // Any single byte changed either is refused or decodes to something that
  // encodes again; what matters is that nothing reads out of bounds (the
  // sanitizer build runs this).
  for (size_t i = 4; i < bytes.size(); i += 97) {
    std::string damaged = bytes;
    damaged[i] = static_cast<char>(damaged[i] ^ 0x5a);
    if (std::optional<Program> p = DecodeProgram(damaged)) CHECK_FALSE(EncodeProgram(*p).empty());
  }
}

TEST_CASE("program codec: an expression whose operand does not come before it is refused") {
  Program p;
  p.params_value = Value::Map({});
  Rule rule;
  rule.id = "R";
  Expression e;
  e.ast.nodes.resize(2);
  e.ast.nodes[0].kind = NodeKind::kUnary;
  e.ast.nodes[0].op = Op::kNot;
  e.ast.nodes[0].args = {1};  // a later node: could make a loop
  e.ast.root = 0;
  rule.check = e;
  p.rules.push_back(rule);
  CHECK_FALSE(DecodeProgram(EncodeProgram(p)));
  p.rules[0].check->ast.nodes[0].args = {0};  // itself
  CHECK_FALSE(DecodeProgram(EncodeProgram(p)));
  p.rules[0].check->ast.nodes[0].args = {};
  p.rules[0].check->ast.nodes[0].builtin = 100000;  // no such builtin
  CHECK_FALSE(DecodeProgram(EncodeProgram(p)));
  // Operand counts: a unary node without its operand, a call with fewer
  // arguments than its builtin takes.
  p.rules[0].check->ast.nodes[0].builtin = -1;
  CHECK_FALSE(DecodeProgram(EncodeProgram(p)));
  p.rules[0].check->ast.nodes[1].kind = NodeKind::kLiteral;
  p.rules[0].check->ast.nodes[0].args = {};
  p.rules[0].check->ast.nodes[1].args = {0};
  p.rules[0].check->ast.root = 1;
  p.rules[0].check->ast.nodes[0].kind = NodeKind::kLiteral;
  p.rules[0].check->ast.nodes[1].kind = NodeKind::kCall;
  p.rules[0].check->ast.nodes[1].builtin = static_cast<int>(
      FindBuiltin("months") - Builtins().data());  // months(start, end): two arguments
  CHECK_FALSE(DecodeProgram(EncodeProgram(p)));
  p.rules[0].check->ast.nodes[1].args = {0, 0};
  CHECK(DecodeProgram(EncodeProgram(p)));  // and the same call well formed is read
}

TEST_CASE("program codec: a date outside years 1..9999 is refused") {
  Program p;
  p.params_value = Value::Map({{"start", Value::FromDate(*MakeDate(9999, 12, 31))}});
  CHECK(DecodeProgram(EncodeProgram(p)));
  p.params_value = Value::Map({{"start", Value::FromDate(Date{MakeDate(9999, 12, 31)->days + 1})}});
  CHECK_FALSE(DecodeProgram(EncodeProgram(p)));
  p.params_value = Value::Map({{"start", Value::FromDate(Date{INT32_MIN})}});
  CHECK_FALSE(DecodeProgram(EncodeProgram(p)));
}

}  // namespace
}  // namespace grantcheck
