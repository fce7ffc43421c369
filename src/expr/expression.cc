#include "expr/expression.h"

#include <utility>

#include "expr/checker.h"
#include "expr/parser.h"

namespace grantcheck {
namespace {

Diagnostic MakeDiagnostic(const SourceText& src, Span span, std::string id, std::string message) {
  Diagnostic d;
  d.id = std::move(id);
  d.file = src.file;
  d.pos = src.PosOf(span.begin);
  d.message = std::move(message);
  d.snippet = std::string(src.LineAt(span.begin));
  // The caret's column within the snippet line, which starts at column 1 of
  // the expression's own line (the snippet shows the expression, not the file).
  SourceText local{src.file, src.text, Pos{1, 1}};
  d.caret_col = local.PosOf(span.begin).col;
  return d;
}

}  // namespace

Diagnostic Expression::ErrorDiagnostic(const ErrorData& error) const {
  return MakeDiagnostic(SourceText{file, text, origin}, error.span, "expr-runtime", error.message);
}

CompileResult Compile(std::string text, std::string file, Pos origin) {
  CompileResult result;
  SourceText src{file, text, origin};
  ParseResult parsed = Parse(text);
  if (parsed.error) {
    const SyntaxError& e = *parsed.error;
    result.diagnostics.push_back(MakeDiagnostic(src, e.span, e.id, e.message));
    return result;
  }
  for (CheckIssue& issue : Check(parsed.ast)) {
    result.diagnostics.push_back(
        MakeDiagnostic(src, issue.span, std::move(issue.id), std::move(issue.message)));
  }
  if (result.diagnostics.empty()) {
    result.expr = Expression{std::move(text), origin, std::move(file), std::move(parsed.ast)};
  }
  return result;
}

}  // namespace grantcheck
