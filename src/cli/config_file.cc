// toml++ is included here for the settings file, as in src/rules/ for rule
// files; its exceptions stop here.
#include "cli/config_file.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <fnmatch.h>
#include <toml++/toml.h>

#include <algorithm>
#include <exception>
#include <functional>

#include "base/date.h"
#include "base/file_io.h"
#include "base/text.h"
#include "report/writer.h"

namespace grantcheck {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kLanguages[] = {"sv", "da", "nb", "en"};
constexpr std::string_view kFailOn[] = {"error", "warning"};

// Collects positioned errors about one settings file, each with its line.
class Checker {
 public:
  Checker(std::string file, std::string_view text, std::vector<Diagnostic>* out)
      : file_(std::move(file)), text_(text), out_(out) {}

  void Error(std::string id, Pos pos, std::string message) {
    Diagnostic d{Level::kError, std::move(id), file_, pos, std::move(message)};
    d.snippet = std::string(Line(pos.line));
    d.caret_col = d.snippet.empty() ? 0 : pos.col;
    out_->push_back(std::move(d));
  }

  bool failed() const { return !out_->empty(); }

 private:
  std::string_view Line(int n) const {
    std::string_view rest = text_;
    for (int i = 1; i < n && !rest.empty(); ++i) {
      size_t nl = rest.find('\n');
      rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    }
    rest = rest.substr(0, rest.find('\n'));
    if (!rest.empty() && rest.back() == '\r') rest.remove_suffix(1);
    return n >= 1 ? rest : std::string_view();
  }

  std::string file_;
  std::string_view text_;
  std::vector<Diagnostic>* out_;
};

Pos PosOf(const toml::source_region& r) {
  return Pos{static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)};
}

std::string_view TypeName(const toml::node& n) {
  if (n.is_string()) return "text";
  if (n.is_integer() || n.is_floating_point()) return "a number";
  if (n.is_boolean()) return "true or false";
  if (n.is_array()) return "a list";
  if (n.is_table()) return "a table";
  return "a date or time";
}

// `p` from the settings file's directory, then relative to the working
// directory, which is what every other path on the command line is.
std::string Resolve(const fs::path& dir, const std::string& p) {
  if (p.empty() || p == "-" || fs::path(p).is_absolute()) return p;
  fs::path full = (dir / p).lexically_normal();
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  fs::path rel = ec ? fs::path() : full.lexically_relative(cwd);
  return rel.empty() ? full.string() : rel.string();
}

// "NAME=FILE" with FILE resolved; "NAME" as it is.
std::string ResolveFormat(const fs::path& dir, const std::string& spec) {
  size_t eq = spec.find('=');
  if (eq == std::string::npos) return spec;
  return spec.substr(0, eq + 1) + Resolve(dir, spec.substr(eq + 1));
}

struct Reading {
  Checker& check;
  ConfigFile& config;
};

std::optional<std::string> String(Reading& r, std::string_view key, const toml::node& n) {
  if (const auto* s = n.as_string()) return s->get();
  r.check.Error("config-type", PosOf(n.source()),
                fmt::format("'{}' must be text in quotes, got {}", key, TypeName(n)));
  return std::nullopt;
}

// Text or a list of texts.
std::optional<std::vector<std::string>> Strings(Reading& r, std::string_view key,
                                                const toml::node& n) {
  if (n.is_string()) return std::vector<std::string>{n.as_string()->get()};
  const toml::array* a = n.as_array();
  if (a == nullptr) {
    r.check.Error("config-type", PosOf(n.source()),
                  fmt::format("'{}' must be text or a list of texts, got {}", key, TypeName(n)));
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (const toml::node& item : *a) {
    std::optional<std::string> s = String(r, key, item);
    if (!s) return std::nullopt;
    out.push_back(std::move(*s));
  }
  return out;
}

// One of `allowed`, else an error with "did you mean".
template <size_t N>
std::optional<std::string> OneOf(Reading& r, std::string_view key, const toml::node& n,
                                 const std::string_view (&allowed)[N]) {
  std::optional<std::string> s = String(r, key, n);
  if (!s || std::find(std::begin(allowed), std::end(allowed), *s) != std::end(allowed)) return s;
  std::vector<std::string_view> names(std::begin(allowed), std::end(allowed));
  std::optional<std::string> near = DidYouMean(*s, names);
  r.check.Error("config-value", PosOf(n.source()),
                fmt::format("'{}' is '{}'; expected one of {}{}", key, *s, fmt::join(names, ", "),
                            near ? fmt::format("; did you mean '{}'?", *near) : ""));
  return std::nullopt;
}

void ReadRules(Reading& r, const toml::node& n) {
  if (auto s = String(r, "rules", n)) r.config.rules = Resolve(r.config.dir, *s);
}
void ReadLang(Reading& r, const toml::node& n) { r.config.lang = OneOf(r, "lang", n, kLanguages); }
void ReadFailOn(Reading& r, const toml::node& n) {
  r.config.fail_on = OneOf(r, "fail_on", n, kFailOn);
}

void ReadFormat(Reading& r, const toml::node& n) {
  std::optional<std::vector<std::string>> specs = Strings(r, "format", n);
  if (!specs) return;
  for (std::string& spec : *specs) {
    std::string name = spec.substr(0, spec.find('='));
    if (FindCheckFormat(name) == nullptr) {
      std::vector<std::string_view> names;
      for (const Format& f : CheckFormats()) names.push_back(f.name);
      r.check.Error("config-value", PosOf(n.source()),
                    fmt::format("'format' names the unknown format '{}'; known formats: {}", name,
                                fmt::join(names, ", ")));
      return;
    }
    spec = ResolveFormat(r.config.dir, spec);
  }
  r.config.format = std::move(specs);
}

void ReadOutput(Reading& r, const toml::node& n) {
  std::optional<std::vector<std::string>> paths = Strings(r, "output", n);
  if (!paths) return;
  for (std::string& p : *paths) p = Resolve(r.config.dir, p);
  r.config.output = std::move(paths);
}

void ReadExclude(Reading& r, const toml::node& n) {
  if (auto globs = Strings(r, "exclude", n)) r.config.exclude = std::move(*globs);
}

// A TOML date (`today = 2026-01-15`) or the same in quotes.
void ReadToday(Reading& r, const toml::node& n) {
  if (const auto* d = n.as_date()) {
    std::optional<Date> day = MakeDate(d->get().year, d->get().month, d->get().day);
    if (day) r.config.today = FormatDate(*day);
  } else if (std::optional<std::string> s = String(r, "today", n)) {
    if (ParseDate(*s)) {
      r.config.today = *s;
    } else {
      r.check.Error("config-value", PosOf(n.source()),
                    fmt::format("'today' is '{}', not a real day as YYYY-MM-DD", *s));
    }
  }
}

void ReadDraft(Reading& r, const toml::node& n) {
  if (const auto* b = n.as_boolean()) {
    r.config.draft = b->get();
  } else {
    r.check.Error("config-type", PosOf(n.source()),
                  fmt::format("'draft' must be true or false, got {}", TypeName(n)));
  }
}

// The keys a settings file may hold, each read by one function. A new key is one row.
struct KeyReader {
  std::string_view key;
  void (*read)(Reading&, const toml::node&);
};

constexpr KeyReader kKeys[] = {
    {"draft", ReadDraft}, {"exclude", ReadExclude}, {"fail_on", ReadFailOn}, {"format", ReadFormat},
    {"lang", ReadLang},   {"output", ReadOutput},   {"rules", ReadRules},    {"today", ReadToday},
};

void UnknownKey(Reading& r, const toml::key& key) {
  std::vector<std::string_view> names;
  for (const KeyReader& k : kKeys) names.push_back(k.key);
  std::optional<std::string> near = DidYouMean(key.str(), names);
  r.check.Error(
      "config-unknown-key", PosOf(key.source()),
      fmt::format("unknown key '{}'{}; known keys: {}", key.str(),
                  near ? fmt::format(" (did you mean '{}'?)", *near) : "", fmt::join(names, ", ")));
}

void ReadTable(Reading& r, const toml::table& root) {
  for (const auto& [key, node] : root) {
    const KeyReader* reader = nullptr;
    for (const KeyReader& k : kKeys) {
      if (k.key == key.str()) reader = &k;
    }
    if (reader == nullptr) {
      UnknownKey(r, key);
    } else {
      reader->read(r, node);
    }
  }
}

bool Match(const std::string& glob, const std::string& text, bool crosses_slash) {
  return fnmatch(glob.c_str(), text.c_str(), crosses_slash ? 0 : FNM_PATHNAME) == 0;
}

// `glob` against `rel` (generic, relative to the settings file's directory).
bool GlobMatches(std::string glob, const fs::path& rel) {
  bool deep = glob.find("**") != std::string::npos;
  while (deep && glob.find("**") != std::string::npos) glob.replace(glob.find("**"), 2, "*");
  if (glob.ends_with("/")) glob.pop_back();
  if (glob.find('/') == std::string::npos) {
    for (const fs::path& part : rel) {
      if (Match(glob, part.string(), deep)) return true;
    }
    return false;
  }
  fs::path prefix;
  for (const fs::path& part : rel) {
    prefix /= part;
    if (Match(glob, prefix.generic_string(), deep)) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> FindConfigFile(const fs::path& start) {
  std::error_code ec;
  for (fs::path dir = start;; dir = dir.parent_path()) {
    fs::path candidate = dir / kConfigFileName;
    // Named from the working directory, as the files on the command line are.
    if (fs::exists(candidate, ec)) return candidate.lexically_relative(start).string();
    // A setting above the repository would make a check depend on the machine.
    if (fs::exists(dir / ".git", ec) || dir == dir.parent_path()) return std::nullopt;
  }
}

std::optional<ConfigFile> ReadConfigFile(const std::string& path,
                                         std::vector<Diagnostic>* diagnostics) {
  FileText text = ReadRegularFile(path, kMaxConfigBytes, "the limit for a settings file");
  if (!text.text) {
    diagnostics->push_back(
        Diagnostic{Level::kError, "config-read", path, Pos{}, "cannot read: " + text.error});
    return std::nullopt;
  }
  std::error_code ec;
  ConfigFile config{.path = path, .dir = fs::absolute(path, ec).lexically_normal().parent_path()};
  Checker check(path, *text.text, diagnostics);
  Reading reading{check, config};
  try {
    toml::table root = toml::parse(*text.text, std::string_view(path));
    ReadTable(reading, root);
  } catch (const toml::parse_error& e) {
    check.Error("config-syntax", PosOf(e.source()), std::string(e.description()));
  } catch (const std::exception& e) {  // resource exhaustion only
    check.Error("config-read", Pos{}, std::string("cannot read: ") + e.what());
  }
  if (check.failed()) return std::nullopt;
  return config;
}

bool Excluded(const ConfigFile& config, const std::string& file) {
  std::error_code ec;
  fs::path rel = fs::absolute(file, ec).lexically_normal().lexically_relative(config.dir);
  if (ec || rel.empty() || *rel.begin() == "..") return false;
  return std::any_of(config.exclude.begin(), config.exclude.end(),
                     [&](const std::string& glob) { return GlobMatches(glob, rel); });
}

}  // namespace grantcheck
