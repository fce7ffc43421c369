// Message templates: text with {expression} placeholders, compiled once at
// load and rendered per finding. "{{" and "}}" stand for literal braces.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "expr/expression.h"

namespace grantcheck {

struct MessageTemplate {
  struct Piece {
    std::string text;                 // literal text, when expr is empty
    std::optional<Expression> expr;   // a placeholder
  };
  std::vector<Piece> pieces;

  // The text with each placeholder replaced by its value's Display(); a
  // missing value shows as "?" and an error as "(error: …)".
  std::string Render(const Bindings& bindings, const EvalContext& ctx,
                     const std::vector<Local>& locals = {}) const;
};

struct TemplateResult {
  std::optional<MessageTemplate> tmpl;
  std::vector<Diagnostic> diagnostics;
};

// Compiles `text`, which sits at `origin` in `file` (positions of errors in
// placeholders are reported there). An unclosed '{' is an error.
TemplateResult CompileTemplate(const std::string& text, const std::string& file, Pos origin);

}  // namespace grantcheck
