#include "rules/message_template.h"

#include <optional>
#include <utility>

#include "expr/input_error.h"
#include "expr/local_format.h"

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

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// A message written over several lines of a TOML multi-line string reads as
// one paragraph: a line break with the blanks around it is one space, and
// blanks and breaks at either end are dropped. Returns the offset after them.
size_t AddLineBreak(std::string_view text, size_t i, MessageTemplate& tmpl) {
  while (i < text.size() && (IsBlank(text[i]) || text[i] == '\n')) ++i;
  std::string* last = tmpl.pieces.empty() || tmpl.pieces.back().expr ? nullptr
                                                                      : &tmpl.pieces.back().text;
  while (last != nullptr && !last->empty() && IsBlank(last->back())) last->pop_back();
  bool at_start = tmpl.pieces.empty() || (last != nullptr && last->empty());
  if (!at_start && i < text.size()) AddText(tmpl, ' ');
  return i;
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
  return LocalNumberText(v.as_number(), lang);
}

std::string MessageTemplate::Render(const Bindings& bindings, const EvalContext& ctx,
                                    const std::vector<Local>& locals,
                                    std::string_view lang) const {
  // The formatting helpers write in the language of the text being rendered,
  // which may be a fallback, not the one the run asked for.
  std::optional<EvalContext> in_lang;
  if (ctx.lang != lang) {
    in_lang = ctx;
    in_lang->lang = std::string(lang);
  }
  const EvalContext& c = in_lang ? *in_lang : ctx;
  std::string out;
  for (const Piece& piece : pieces) {
    if (!piece.expr) {
      out += piece.text;
      continue;
    }
    Value v = locals.empty() ? piece.expr->Evaluate(bindings, c)
                             : EvaluateNode(piece.expr->ast, piece.expr->ast.root, bindings, c,
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
    } else if (c == '\n') {
      i = AddLineBreak(text, i, tmpl) - 1;
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
