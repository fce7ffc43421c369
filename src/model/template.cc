#include "model/template.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "base/escape.h"
#include "base/localized_text.h"
#include "model/enum_values.h"

namespace grantcheck {
namespace {

constexpr std::array kPhrases = {
    Phrase{"intro", "Ansökan till {0} ({1}).", "Ansøgning til {0} ({1}).", "Søknad til {0} ({1}).",
           "Application to {0} ({1})."},
    Phrase{"how",
           "Skapad med grantcheck init. Ersätt <<…>> och fyll i resten; ta bort \"# \" framför de "
           "fält du använder.",
           "Lavet med grantcheck init. Erstat <<…>> og udfyld resten; fjern \"# \" foran de felter, "
           "du bruger.",
           "Laget med grantcheck init. Erstatt <<…>> og fyll ut resten; fjern \"# \" foran feltene "
           "du bruker.",
           "Made with grantcheck init. Replace <<…>> and fill in the rest; remove \"# \" in front of "
           "the fields you use."},
    Phrase{"units", "Datum skrivs ÅÅÅÅ-MM-DD och belopp som tal i {0}.",
           "Datoer skrives ÅÅÅÅ-MM-DD og beløb som tal i {0}.",
           "Datoer skrives ÅÅÅÅ-MM-DD og beløp som tall i {0}.",
           "Dates are written YYYY-MM-DD and amounts as numbers in {0}."},
    Phrase{"check", "Kontrollera utkastet: grantcheck check --draft FIL",
           "Tjek udkastet: grantcheck check --draft FIL",
           "Sjekk utkastet: grantcheck check --draft FIL",
           "Check the draft: grantcheck check --draft FILE"},
    Phrase{"date", "ÅÅÅÅ-MM-DD", "ÅÅÅÅ-MM-DD", "ÅÅÅÅ-MM-DD", "YYYY-MM-DD"},
    Phrase{"number", "tal", "tal", "tall", "number"},
    Phrase{"filled", "ifyllt av grantcheck init: kontrollera eller ersätt",
           "udfyldt af grantcheck init: kontrollér eller erstat",
           "fylt ut av grantcheck init: kontroller eller erstatt",
           "filled in by grantcheck init: check or replace"},
};

std::string Say(std::string_view key, const std::string& lang) {
  return std::string(Pick(kPhrases, key, lang));
}

std::string Describe(const Localized& text, const std::string& lang) {
  for (const std::string& key : {lang, std::string("en")}) {
    if (auto it = text.find(key); it != text.end() && !it->second.empty()) {
      return StripControl(it->second);
    }
  }
  return text.empty() ? "" : StripControl(text.begin()->second);
}

// What to write, for kinds where the description alone does not say.
std::string Hint(const FieldType& type, const std::string& lang) {
  if (type.kind == FieldKind::kDate) return Say("date", lang);
  if (type.kind == FieldKind::kNumber) return Say("number", lang);
  if (type.kind == FieldKind::kBool) return lang == "nb" ? "ja | nei" : lang == "en" ? "yes | no" : "ja | nej";
  const FieldType& fixed =
      type.kind == FieldKind::kList && type.element ? *type.element : type;
  // Each value as the applicant's language names it; the code is accepted too.
  std::string values;
  for (const std::string& v : fixed.values) {
    values += (values.empty() ? "" : " | ") + StripControl(EnumLabel(fixed, v, lang));
  }
  return values;
}

// A double-quoted YAML scalar; the text is already free of control characters.
std::string Quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// Keys are written plain when YAML reads them back unchanged.
std::string Key(std::string_view name) {
  bool plain = !name.empty() && (std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_');
  for (char c : name) {
    plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-');
  }
  return plain ? std::string(name) : Quoted(StripControl(name));
}

bool IsText(const FieldType& t) {
  return (t.kind == FieldKind::kString && t.values.empty()) || t.kind == FieldKind::kAny;
}

bool IsTextList(const FieldType& t) {
  return t.kind == FieldKind::kList && (!t.element || IsText(*t.element));
}

// A description short enough to stand in for a value: up to its first
// parenthesis, without a final full stop.
std::string ShortDescription(const FieldSpec& f, const std::string& lang) {
  std::string d = Describe(f.description, lang);
  if (size_t paren = d.find(" ("); paren != std::string::npos) d.resize(paren);
  while (!d.empty() && (d.back() == '.' || d.back() == ' ')) d.pop_back();
  return d.empty() ? f.name : d;
}

// "<<Projektledare>>": the marker IsPlaceholder() knows, so that a value left
// as init wrote it counts as not given.
std::string Placeholder(const FieldSpec& f, const std::string& lang) {
  return "<<" + ShortDescription(f, lang) + ">>";
}

class Writer {
 public:
  Writer(const TemplateInfo& info, const TemplateFills& fills) : info_(info), fills_(fills) {}

  void Map(const FieldType& type, const std::string& path, int indent) {
    for (const FieldSpec& f : type.fields) {
      Field(f, path.empty() ? f.name : path + "." + f.name, indent);
    }
  }

  std::string text() && { return std::move(out_); }

 private:
  void Line(int indent, std::string_view text) {
    out_ += std::string(indent, ' ');
    out_ += text;
    out_ += '\n';
  }

  // Filled itself, or a map holding a filled field.
  bool Filled(const std::string& path) const {
    auto it = fills_.lower_bound(path);
    return it != fills_.end() && (it->first == path || it->first.starts_with(path + "."));
  }

  void About(const FieldSpec& f, int indent) {
    std::string about = Describe(f.description, info_.language);
    std::string hint = Hint(f.type, info_.language);
    if (!hint.empty()) about += (about.empty() ? "" : " ") + ("(" + hint + ")");
    if (!about.empty()) Line(indent, "# " + about);
  }

  void Field(const FieldSpec& f, const std::string& path, int indent) {
    About(f, indent);
    if (auto it = fills_.find(path); it != fills_.end()) {
      Line(indent, Key(f.name) + ": " + it->second + "  # " + Say("filled", info_.language));
    } else if (f.required || Filled(path)) {
      Present(f, path, indent);
    } else {
      Absent(f, indent);
    }
  }

  void Present(const FieldSpec& f, const std::string& path, int indent) {
    std::string key = Key(f.name) + ":";
    if (f.type.kind == FieldKind::kMap) {
      Line(indent, key);
      Map(f.type, path, indent + 2);
    } else {
      Line(indent, key + " " + RequiredValue(f, path));
    }
  }

  // The plainest value of the right type for a required field.
  std::string RequiredValue(const FieldSpec& f, const std::string& path) const {
    if (path == "program") {
      return Key(info_.program_id) == info_.program_id ? info_.program_id
                                                       : Quoted(StripControl(info_.program_id));
    }
    switch (f.type.kind) {
      case FieldKind::kNumber: return "0";
      case FieldKind::kBool: return "false";
      case FieldKind::kDate: return info_.today;
      case FieldKind::kList: return "[]";
      default: break;
    }
    if (!f.type.values.empty()) return Quoted(StripControl(f.type.values.front()));
    return Quoted(Placeholder(f, info_.language));
  }

  // The field's key and its structure, commented out at `indent` so that
  // deleting the "# " restores it as YAML.
  void Absent(const FieldSpec& f, int indent) {
    std::string saved = std::exchange(out_, "");
    Skeleton(f, 0);
    std::string block = std::exchange(out_, std::move(saved));
    for (size_t start = 0; start < block.size();) {
      size_t end = block.find('\n', start);
      Line(indent, "# " + block.substr(start, end - start));
      start = end + 1;
    }
  }

  // A field with no value: "key:" and, for maps and lists of maps, the keys inside.
  void Skeleton(const FieldSpec& f, int indent) {
    Line(indent, Key(f.name) + ":");
    const FieldType* inner = nullptr;
    if (f.type.kind == FieldKind::kMap) {
      inner = &f.type;
    } else if (f.type.kind == FieldKind::kList && f.type.element &&
               f.type.element->kind == FieldKind::kMap) {
      Line(indent + 2, "-");
      inner = f.type.element.get();
      indent += 2;
    }
    if (inner == nullptr) return;
    for (const FieldSpec& child : inner->fields) {
      About(child, indent + 2);
      Skeleton(child, indent + 2);
    }
  }

  const TemplateInfo& info_;
  const TemplateFills& fills_;
  std::string out_;
};

std::string Header(const TemplateInfo& info) {
  const std::string& lang = info.language;
  std::string out;
  if (!info.schema_ref.empty()) {
    out += "# yaml-language-server: $schema=" + StripControl(info.schema_ref) + "\n#\n";
  }
  out += "# " + fmt::format(fmt::runtime(Say("intro", lang)), StripControl(info.program_name),
                            StripControl(info.program_id)) + "\n";
  out += "# " + Say("how", lang) + "\n";
  out += "# " + fmt::format(fmt::runtime(Say("units", lang)), StripControl(info.currency)) + "\n";
  out += "# " + Say("check", lang) + "\n\n";
  return out;
}

// The field at `path` and the map it is in, or {nullptr, nullptr}.
std::pair<const FieldSpec*, const FieldType*> Resolve(const FieldType& schema,
                                                      std::string_view path) {
  const FieldType* parent = &schema;
  const FieldSpec* field = nullptr;
  for (size_t start = 0; start <= path.size();) {
    size_t dot = std::min(path.find('.', start), path.size());
    if (field != nullptr) parent = &field->type;
    // A path through a list ("lines[0]") names no key, so it ends here too.
    field = parent->kind == FieldKind::kMap ? FindField(*parent, path.substr(start, dot - start))
                                            : nullptr;
    if (field == nullptr) return {nullptr, nullptr};
    start = dot + 1;
  }
  return {field, parent};
}

std::string TextList(const FieldSpec& f, const std::string& lang, int n) {
  std::string base = ShortDescription(f, lang);
  std::string items;
  for (int i = 1; i <= n; ++i) {
    std::string item = n == 1 ? "<<" + base + ">>" : fmt::format("<<{} {}>>", base, i);
    items += (items.empty() ? "" : ", ") + Quoted(item);
  }
  return "[" + items + "]";
}

// The values tried for one field, simplest first.
std::vector<std::string> ValuesFor(const FieldSpec& f, const TemplateInfo& info) {
  const FieldType& t = f.type;
  const std::string& lang = info.language;
  if (IsText(t)) return {Quoted(Placeholder(f, lang))};
  if (IsTextList(t)) return {TextList(f, lang, 1), TextList(f, lang, 2), TextList(f, lang, 3)};
  std::vector<std::string> out;
  if (t.kind == FieldKind::kString) {
    for (const std::string& v : t.values) out.push_back(Quoted(StripControl(v)));
  } else if (t.kind == FieldKind::kList && t.element && t.element->kind == FieldKind::kString) {
    for (const std::string& v : t.element->values) out.push_back("[" + Quoted(StripControl(v)) + "]");
  } else if (t.kind == FieldKind::kDate) {
    out.push_back(info.today);
  } else if (t.kind == FieldKind::kBool) {
    out = {"true", "false"};
  }
  return out;
}

// Placeholders for the text fields of `map` (under `prefix`) other than `except`.
TemplateFills TextFields(const FieldType& map, const std::string& prefix, std::string_view except,
                         const std::string& lang) {
  TemplateFills fills;
  for (const FieldSpec& f : map.fields) {
    if (f.name != except && IsText(f.type)) {
      fills[prefix.empty() ? f.name : prefix + "." + f.name] = Quoted(Placeholder(f, lang));
    }
  }
  return fills;
}

}  // namespace

std::string ApplicationTemplate(const FieldType& schema, const TemplateInfo& info,
                                const TemplateFills& fills) {
  Writer writer(info, fills);
  writer.Map(schema, "", 0);
  return Header(info) + std::move(writer).text();
}

std::vector<TemplateFills> FillCandidates(const FieldType& schema, std::string_view path,
                                          const TemplateInfo& info) {
  auto [field, parent] = Resolve(schema, path);
  if (field == nullptr) return {};
  std::string whole(path);
  std::vector<TemplateFills> own;
  if (field->type.kind == FieldKind::kMap) {
    TemplateFills children = TextFields(field->type, whole, "", info.language);
    if (!children.empty()) own.push_back(std::move(children));
  }
  for (const std::string& value : ValuesFor(*field, info)) own.push_back({{whole, value}});
  size_t dot = whole.rfind('.');
  std::string prefix = dot == std::string::npos ? "" : whole.substr(0, dot);
  // Beside the field only within a map of its own: the top level's text
  // fields are the whole application.
  TemplateFills siblings = prefix.empty() ? TemplateFills{}
                                          : TextFields(*parent, prefix, field->name, info.language);
  std::vector<TemplateFills> out = own;
  if (siblings.empty()) return out;
  for (TemplateFills fills : own) {
    fills.insert(siblings.begin(), siblings.end());
    out.push_back(std::move(fills));
  }
  return out;
}

}  // namespace grantcheck
