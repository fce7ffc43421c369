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

  // The text with each placeholder replaced by its value as people write it
  // in `lang` (numbers of five digits or more grouped, a decimal comma in sv,
  // da and nb; see LocalizedDisplay); a missing value shows as "?" and an
  // error as "(error: …)". An empty `lang` gives Display() unchanged.
  std::string Render(const Bindings& bindings, const EvalContext& ctx,
                     const std::vector<Local>& locals = {}, std::string_view lang = {}) const;
};

// `v` as a message shows it in `lang`: 800000.5 is "800 000,5" in sv and nb
// (a no-break space), "800.000,5" in da, "800,000.5" in en; numbers under
// 10000 are not grouped, so years and counts read naturally. Lists join their
// elements so; other values are Display().
std::string LocalizedDisplay(const Value& v, std::string_view lang);

struct TemplateResult {
  std::optional<MessageTemplate> tmpl;
  std::vector<Diagnostic> diagnostics;
};

// Compiles `text`, which sits at `origin` in `file` (positions of errors in
// placeholders are reported there). An unclosed '{' is an error.
TemplateResult CompileTemplate(const std::string& text, const std::string& file, Pos origin);

}  // namespace grantcheck
