// `extends`: a rule file that starts from another program's rules (the older
// ExpoFramtid process from Familjen Helsingborg's), overriding what differs.
#include <algorithm>
#include <filesystem>
#include <iterator>
#include <utility>

#include "base/text.h"
#include "rules/rule_loader_internal.h"

namespace grantcheck::rule_loader {
namespace {

namespace fs = std::filesystem;

// `path` made absolute, with every link resolved as far as it exists.
fs::path Resolved(const fs::path& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path.empty() ? fs::path(".") : path, ec);
  if (ec) absolute = path;
  fs::path p = fs::weakly_canonical(absolute, ec);
  return ec ? absolute.lexically_normal() : p;
}

std::string Canonical(const std::string& path) { return Resolved(path).string(); }

// Whether `path` is `dir` or below it, compared component by component (so
// /rules-old is not inside /rules).
bool Inside(const fs::path& path, const fs::path& dir) {
  const auto d = std::mismatch(dir.begin(), dir.end(), path.begin(), path.end()).first;
  return d == dir.end() || (std::next(d) == dir.end() && d->empty());
}

// Why the base at `path` may not be read, or "" when it may: its name, as
// written and with links resolved, must end in .toml, and the file must be in
// one of the roots. Checked before the base is opened; the message names the
// base as the rule file wrote it and says nothing of what the file holds.
std::string Refusal(const std::string& name, const fs::path& path, const Chain& chain) {
  const fs::path real = Resolved(path);
  if (!name.ends_with(".toml") || !real.filename().string().ends_with(".toml")) {
    return "'" + name + "' is not a rule file: its name must end in .toml";
  }
  if (InsideRoots(real, chain)) return "";
  return "'" + name + "' is outside the directories rules are loaded from; extends may name only "
         "a rule file there";
}

std::vector<std::string> ReadIds(Reader& r, const toml::table& program, std::string_view key,
                                 Pos* pos) {
  const toml::node* node = program.get(key);
  if (node == nullptr) return {};
  *pos = Reader::PosOf(*node);
  return r.Strings(*node, key).value_or(std::vector<std::string>{});
}

// Replaces items of `base` whose key matches a `child` item, appends the rest.
template <typename T, typename Key>
void Overlay(std::vector<T>& base, std::vector<T> child, Key key) {
  for (T& item : child) {
    auto it = std::find_if(base.begin(), base.end(),
                           [&](const T& b) { return key(b) == key(item); });
    if (it != base.end()) {
      *it = std::move(item);
    } else {
      base.push_back(std::move(item));
    }
  }
}

// Drops the items with the given ids; an id the base does not have is an error.
template <typename T>
void Remove(std::vector<T>& items, const std::vector<std::string>& ids, Pos pos,
            std::string_view what, Reader& r) {
  std::vector<std::string_view> known;
  for (const T& item : items) known.push_back(item.id);
  for (const std::string& id : ids) {
    if (std::find(known.begin(), known.end(), id) == known.end()) {
      std::optional<std::string> near = DidYouMean(id, known);
      r.Error("rules-extends", pos,
              "cannot remove " + std::string(what) + " '" + id + "': the base has no such id" +
                  (near ? "; did you mean '" + *near + "'?" : ""));
    }
  }
  std::erase_if(items, [&](const T& item) {
    return std::find(ids.begin(), ids.end(), item.id) != ids.end();
  });
}

}  // namespace

bool InsideRoots(const std::filesystem::path& path, const Chain& chain) {
  const fs::path real = Resolved(path);
  for (const fs::path& root : chain.roots) {
    if (Inside(real, root)) return true;
  }
  return false;
}

Chain StartChain(const std::string& file, const std::vector<std::string>& dirs) {
  Chain chain;
  chain.roots.push_back(Resolved(fs::path(file).parent_path()));
  for (const std::string& dir : dirs) chain.roots.push_back(Resolved(dir));
  return chain;
}

std::optional<Base> ReadBase(Reader& r, const toml::table& root, Chain& chain) {
  const toml::table* program = root.get_as<toml::table>("program");
  if (program == nullptr || !program->contains("extends")) return std::nullopt;
  Pos pos = Reader::PosOf(*program->get("extends"));
  Base base;
  base.removals.rules = ReadIds(r, *program, "remove_rules", &base.removals.rules_pos);
  base.removals.deadlines = ReadIds(r, *program, "remove_deadlines", &base.removals.deadlines_pos);
  std::optional<std::string> name = r.String(*program, "extends");
  if (!name) return base;
  std::string path = (fs::path(r.file()).parent_path() / *name).string();
  chain.files.push_back(Canonical(r.file()));
  if (std::string refused = Refusal(*name, path, chain); !refused.empty()) {
    r.Error("rules-extends", pos, std::move(refused));
  } else if (std::find(chain.files.begin(), chain.files.end(), Canonical(path)) !=
             chain.files.end()) {
    r.Error("rules-extends", pos, "'" + *name + "' extends this file again: a cycle of extends");
  } else if (chain.files.size() >= kMaxExtendsDepth) {
    r.Error("rules-extends", pos,
            "more than " + std::to_string(kMaxExtendsDepth) + " rule files extend one another");
  } else {
    LoadedProgram loaded = LoadChained(path, chain);
    base.diagnostics = std::move(loaded.diagnostics);
    base.program = std::move(loaded.program);
    base.sources = std::move(loaded.sources);
    if (!base.program) {
      r.Error("rules-extends", pos, "the rule file '" + *name + "' it extends could not be loaded");
    }
  }
  chain.files.pop_back();
  return base;
}

Program Merge(Program base, Program child, const Removals& removals, Reader& r) {
  Program out = std::move(base);
  out.file = child.file;
  out.id = child.id;
  out.name = child.name;
  if (!child.language.empty()) out.language = child.language;
  if (!child.currency.empty()) out.currency = child.currency;
  if (!child.members.empty()) out.members = std::move(child.members);
  Remove(out.rules, removals.rules, removals.rules_pos, "rule", r);
  Remove(out.deadlines, removals.deadlines, removals.deadlines_pos, "deadline", r);
  Overlay(out.params, std::move(child.params), [](const Param& p) { return p.name; });
  Overlay(out.fields, std::move(child.fields), [](const FieldSpec& f) { return f.name; });
  // A named value the child redefines keeps the base's place in the order.
  Overlay(out.let, std::move(child.let), [](const Let& l) { return l.name; });
  Overlay(out.rules, std::move(child.rules), [](const Rule& x) { return x.id; });
  Overlay(out.batch_rules, std::move(child.batch_rules), [](const Rule& x) { return x.id; });
  Overlay(out.deadlines, std::move(child.deadlines), [](const Deadline& d) { return d.id; });
  out.not_checked.insert(out.not_checked.end(), child.not_checked.begin(), child.not_checked.end());
  std::vector<std::pair<std::string, Value>> entries;
  for (const Param& p : out.params) entries.emplace_back(p.name, p.value);
  out.params_value = Value::Map(std::move(entries), "params", child.params_value.as_map().pos);
  out.schema = ExtendSchema(CommonSchema(), out.fields);
  return out;
}

}  // namespace grantcheck::rule_loader
