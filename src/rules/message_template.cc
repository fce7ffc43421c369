#include "rules/message_template.h"

#include <optional>
#include <utility>

#include "expr/input_error.h"

namespace grantcheck {
namespace {

// The offset of the '}' closing the placeholder whose '{' is at `open`, or
// npos. Braces inside the expression's string literals ("}" or '}') do not count.
size_t FindClose(std::string_view text, size_t open) {
  char quote = 0;
  for (size_t i = open + 1; i < text.size(); ++i) {
    char c = text[i];
    if (quote != 0) {
      if (c == '\\') {
        ++i;  // an escaped character never ends the literal
      } else if (c == quote) {
        quote = 0;
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '}') {
      return i;
    }
  }
  return std::string_view::npos;
}

Diagnostic BraceDiagnostic(const SourceText& src, size_t offset, std::string id,
                           std::string message) {
  Diagnostic d;
  d.id = std::move(id);
  d.file = src.file;
  d.pos = src.PosOf(static_cast<uint32_t>(offset));
  d.message = std::move(message);
  d.snippet = std::string(src.LineAt(static_cast<uint32_t>(offset)));
  d.caret_col = SourceText{src.file, src.text, Pos{1, 1}}.PosOf(static_cast<uint32_t>(offset)).col;
  return d;
}

void AddText(MessageTemplate& tmpl, char c) {
  if (tmpl.pieces.empty() || tmpl.pieces.back().expr) tmpl.pieces.push_back({});
  tmpl.pieces.back().text += c;
}

// Compiles the placeholder text[open+1, close) and appends it (or its errors).
void AddPlaceholder(const SourceText& src, size_t open, size_t close, MessageTemplate& tmpl,
                    std::vector<Diagnostic>& diagnostics) {
  std::string expr_text(src.text.substr(open + 1, close - open - 1));
  CompileResult compiled =
      Compile(std::move(expr_text), src.file, src.PosOf(static_cast<uint32_t>(open + 1)));
  for (Diagnostic& d : compiled.diagnostics) diagnostics.push_back(std::move(d));
  if (compiled.expr) tmpl.pieces.push_back({"", std::move(compiled.expr)});
}

}  // namespace

std::string LocalizedDisplay(const Value& v, std::string_view lang) {
  if (lang.empty()) return v.Display();
  if (v.kind() == ValueKind::kList) {
    std::string out;
    for (const Value& item : v.as_list().items) {
      out += (out.empty() ? "" : ", ") + LocalizedDisplay(item, lang);
    }
    return out;
  }
  if (v.kind() != ValueKind::kNumber) return v.Display();
  std::string text = v.as_number().ToString();
  bool comma = lang == "sv" || lang == "da" || lang == "nb";
  std::string_view group = lang == "da" ? "." : comma ? "\u00a0" : ",";
  size_t point = text.find('.');
  std::string whole = text.substr(0, point);
  std::string fraction = point == std::string::npos ? "" : text.substr(point + 1);
  size_t sign = whole.starts_with('-') ? 1 : 0;
  std::string grouped;
  size_t digits = whole.size() - sign;
  for (size_t i = 0; i < digits; ++i) {
    if (digits >= 5 && i > 0 && (digits - i) % 3 == 0) grouped += group;
    grouped += whole[sign + i];
  }
  // Appended piece by piece: GCC 12's -Wrestrict misfires on the + chain.
  std::string out(sign == 1 ? "-" : "");
  out.append(grouped);
  if (!fraction.empty()) {
    out.append(comma ? "," : ".");
    out.append(fraction);
  }
  return out;
}

std::string MessageTemplate::Render(const Bindings& bindings, const EvalContext& ctx,
                                    const std::vector<Local>& locals,
                                    std::string_view lang) const {
  std::string out;
  for (const Piece& piece : pieces) {
    if (!piece.expr) {
      out += piece.text;
      continue;
    }
    Value v = locals.empty() ? piece.expr->Evaluate(bindings, ctx)
                             : EvaluateNode(piece.expr->ast, piece.expr->ast.root, bindings, ctx,
                                            locals);
    if (v.is_missing()) {
      out += "?";
    } else if (v.is_error()) {
      // A wrong value in the application has its own finding: name the field only.
      std::optional<std::string> input = lang.empty() ? std::nullopt : InputErrorPath(v.as_error());
      out += input ? InvalidValueText(*input, lang) : "(error: " + v.as_error().message + ")";
    } else {
      out += LocalizedDisplay(v, lang);
    }
  }
  return out;
}

TemplateResult CompileTemplate(const std::string& text, const std::string& file, Pos origin) {
  TemplateResult result;
  MessageTemplate tmpl;
  SourceText src{file, text, origin};
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool doubled = i + 1 < text.size() && text[i + 1] == c;
    if ((c == '{' || c == '}') && doubled) {
      AddText(tmpl, c);
      ++i;
    } else if (c == '}') {
      result.diagnostics.push_back(BraceDiagnostic(
          src, i, "template-brace", "lone '}' in a message template; write '}}' for a brace"));
    } else if (c == '{') {
      size_t close = FindClose(text, i);
      if (close == std::string::npos) {
        result.diagnostics.push_back(
            BraceDiagnostic(src, i, "template-unclosed",
                            "unclosed '{' in a message template; write '{{' for a brace"));
        break;
      }
      AddPlaceholder(src, i, close, tmpl, result.diagnostics);
      i = close;
    } else {
      AddText(tmpl, c);
    }
  }
  if (!HasErrors(result.diagnostics)) result.tmpl = std::move(tmpl);
  return result;
}

}  // namespace grantcheck
