// Loads a YAML file into grantcheck's DocNode tree. The only file that includes
// libyaml: it reads parser events, so duplicate keys and exact positions survive.
#include <fmt/format.h>
#include <yaml.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/document.h"
#include "model/yaml_text.h"
#include "model/yaml_texts.h"

namespace grantcheck {
namespace {

using namespace yaml_text;  // NOLINT: this file's own helpers

// Nesting of lists and mappings. Applications use a handful of levels; the
// limit keeps every recursion over the tree shallow.
constexpr size_t kMaxDepth = 64;
// What aliases may add to one file, so that a "billion laughs" file is refused
// after a moment's work instead of exhausting memory. Bytes are capped too: one
// long scalar aliased many times costs few nodes but much memory.
constexpr size_t kMaxAliasExpansionNodes = 100000;
constexpr size_t kMaxAliasExpansionBytes = 10'000'000;
// Keys and values in one file, aliases counted once. Applications hold hundreds;
// four million one-letter values fit in the input size limit and took 30 s and
// 1.2 GB to load and type, so the count is capped while the file is read.
constexpr size_t kMaxDocumentNodes = 100000;
// Longer source lines are left out of diagnostics rather than copied into each.
constexpr size_t kMaxSnippetBytes = 1000;
// A mapping with more keys than this finds duplicates through a hash table;
// smaller ones (nearly all) compare along the entries.
constexpr uint32_t kLinearKeyScan = 32;

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kStrTag = "tag:yaml.org,2002:str";
constexpr std::string_view kNullTag = "tag:yaml.org,2002:null";
constexpr uint32_t kNone = UINT32_MAX;

bool IsNullWord(std::string_view s) {
  return s == "~" || s == "null" || s == "Null" || s == "NULL";
}

std::string_view View(const yaml_char_t* s) {
  return s == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(s));
}

class Reporter {
 public:
  Reporter(const Lines* lines, const std::string* file, std::string_view lang,
           std::vector<Diagnostic>* out)
      : lines_(lines), file_(file), lang_(lang), out_(out) {}

  // The phrase `key` of model/yaml_texts.cc in the file's language.
  template <typename... Args>
  std::string Phrase(std::string_view key, const Args&... args) const {
    return fmt::format(fmt::runtime(YamlPhrase(key, lang_)), args...);
  }
  template <typename... Args>
  void Say(std::string_view id, Pos pos, std::string_view key, const Args&... args) {
    Error(id, pos, Phrase(key, args...));
  }

  void Error(std::string_view id, Pos pos, std::string message) {
    Diagnostic d;
    d.level = Level::kError;
    d.id = std::string(id);
    d.file = *file_;
    d.pos = pos;
    d.message = std::move(message);
    if (pos.known()) {
      std::string_view line = lines_->Line(pos.line);
      if (line.size() <= kMaxSnippetBytes) {
        d.snippet = std::string(line);
        d.caret_col = pos.col;
      }
    }
    out_->push_back(std::move(d));
  }

 private:
  const Lines* lines_;
  const std::string* file_;
  std::string_view lang_;
  std::vector<Diagnostic>* out_;
};

// The tree while it is built: one flat vector, children chained by index, so a
// node costs no allocation of its own and an alias is an index until the final
// DocNode tree is made, whose size the alias limits bound.
struct RawNode {
  DocKind kind = DocKind::kScalar;
  Pos pos;
  bool quoted = false;
  bool null = false;
  bool shared = false;       // anchored: copied, never moved, into the final tree
  uint32_t target = kNone;   // an alias: the node it repeats
  uint32_t first = kNone;    // a collection's children, chained by `next`
  uint32_t last = kNone;
  uint32_t next = kNone;
  uint32_t count = 0;
  std::string text;          // a scalar's
  std::string key;           // as a mapping entry: its key
  Pos key_pos;
  size_t nodes = 1;   // in this subtree, itself included
  size_t bytes = 0;   // of scalar text and keys in this subtree
  size_t height = 0;  // collection levels in this subtree
};

std::string Describe(const RawNode& node, const Reporter& say) {
  if (node.kind == DocKind::kSequence) return say.Phrase("a list");
  if (node.kind == DocKind::kMapping) return say.Phrase("a mapping");
  if (node.null) return say.Phrase("null");
  if (node.text.size() <= 40 && node.text.find('\n') == std::string::npos) {
    return say.Phrase("the value", node.text);
  }
  return say.Phrase("a value");
}

// A parser event, freed when it goes out of scope.
struct Event {
  yaml_event_t e{};
  ~Event() { yaml_event_delete(&e); }
};

class Builder {
 public:
  Builder(std::string_view text, const Lines* lines, Reporter* reporter)
      : text_(text), lines_(lines), reporter_(reporter), marks_(text, lines) {
    nodes_.reserve(std::min(text.size() / 16 + 16, kMaxDocumentNodes));  // a node per 12-20 bytes
  }

  // Parses the whole stream (a second document is an error, so it must be
  // looked for). False once a fatal problem is reported.
  bool Run();
  // The document's top node; kNone when the stream held no document.
  uint32_t root() const { return root_; }
  void Materialize(uint32_t index, DocNode& out, bool copy);
  const RawNode& node(uint32_t index) const { return nodes_[index]; }

 private:
  // An open list or mapping.
  struct Frame {
    uint32_t node = kNone;
    std::string anchor;       // "" when it has none
    bool have_key = false;    // mapping: a key was read; its value comes next
    bool skip_value = false;  // ... and is dropped (duplicate or complex key)
    std::string key;
    Pos key_pos;
    std::unordered_map<std::string, Pos> seen;  // large mappings only
  };

  bool Handle(const yaml_event_t& e);
  bool Fatal(std::string_view id, Pos pos, std::string message);
  template <typename... Args>
  bool Say(std::string_view id, Pos pos, std::string_view key, const Args&... args) {
    reporter_->Say(id, pos, key, args...);
    return false;
  }
  std::string SlipMessage(const yaml_parser_t& parser, std::string_view problem, Pos& pos);
  bool SyntaxError(const yaml_parser_t& parser);
  Pos At(const yaml_mark_t& mark);
  size_t OffsetOf(const yaml_mark_t& mark);
  bool Scalar(const yaml_event_t& e);
  bool Alias(const yaml_event_t& e);
  bool Open(DocKind kind, const yaml_event_t& e, const yaml_char_t* anchor);
  void Close();
  void Complete(uint32_t index, std::string_view anchor);
  void Attach(uint32_t index);
  void TakeKey(Frame& frame, uint32_t index);
  bool ChargeExpansion(const RawNode& target, Pos pos);
  const Pos* FindKey(Frame& frame, const std::string& key) const;
  uint32_t Push(RawNode node);
  bool TooManyNodes(const yaml_event_t& e);

  std::string_view text_;
  const Lines* lines_;
  Reporter* reporter_;
  MarkPlacer marks_;
  std::vector<RawNode> nodes_;
  std::vector<Frame> stack_;
  uint32_t root_ = kNone;
  int documents_ = 0;
  std::unordered_map<std::string, uint32_t> anchors_;  // finished nodes only
  size_t expanded_nodes_ = 0;
  size_t expanded_bytes_ = 0;
};

bool Builder::Run() {
  yaml_parser_t parser;
  if (yaml_parser_initialize(&parser) == 0) {
    return Say("yaml-syntax", Pos{}, "out of memory");
  }
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text_.data()),
                               text_.size());
  yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
  bool ok = true;
  for (bool end = false; ok && !end;) {
    Event event;
    if (yaml_parser_parse(&parser, &event.e) == 0) {
      ok = SyntaxError(parser);
      break;
    }
    end = event.e.type == YAML_STREAM_END_EVENT;
    ok = Handle(event.e);
  }
  yaml_parser_delete(&parser);
  return ok;
}

bool Builder::Handle(const yaml_event_t& e) {
  switch (e.type) {
    case YAML_DOCUMENT_START_EVENT:
      if (++documents_ == 1) return true;
      return Say("yaml-multiple-documents", At(e.start_mark), "second document");
    case YAML_SCALAR_EVENT: return Scalar(e);
    case YAML_ALIAS_EVENT: return Alias(e);
    case YAML_SEQUENCE_START_EVENT:
      return Open(DocKind::kSequence, e, e.data.sequence_start.anchor);
    case YAML_MAPPING_START_EVENT:
      return Open(DocKind::kMapping, e, e.data.mapping_start.anchor);
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT: Close(); return true;
    default: return true;  // stream start and end, document end
  }
}

Pos Builder::At(const yaml_mark_t& mark) {
  return marks_.PosOf(mark.index, mark.line, mark.column);
}

size_t Builder::OffsetOf(const yaml_mark_t& mark) {
  return marks_.OffsetOf(mark.index, mark.line, mark.column);
}

bool Builder::Fatal(std::string_view id, Pos pos, std::string message) {
  reporter_->Error(id, pos, std::move(message));
  return false;
}

uint32_t Builder::Push(RawNode node) {
  nodes_.push_back(std::move(node));
  return static_cast<uint32_t>(nodes_.size() - 1);
}

bool Builder::TooManyNodes(const yaml_event_t& e) {
  if (nodes_.size() < kMaxDocumentNodes) return false;
  Say("yaml-too-many-nodes", At(e.start_mark), "too many nodes", kMaxDocumentNodes);
  return true;
}

bool Builder::Scalar(const yaml_event_t& e) {
  if (TooManyNodes(e)) return false;
  const auto& s = e.data.scalar;
  const uint32_t index = Push(RawNode{});
  RawNode& node = nodes_[index];  // nothing is added to nodes_ before it is complete
  node.pos = At(e.start_mark);
  node.text.assign(reinterpret_cast<const char*>(s.value), s.length);
  node.bytes = s.length;
  const bool plain = s.style == YAML_PLAIN_SCALAR_STYLE;
  if (s.tag == nullptr) {
    node.quoted = !plain;
    node.null = plain && (node.text.empty() || IsNullWord(node.text));
  } else {  // !!str quotes, !!null nulls, other tags are ignored
    const std::string_view tag = View(s.tag);
    node.null = tag == kNullTag;
    node.quoted = !node.null && (tag == "!" || tag == kStrTag || !plain);
    if (!node.quoted && IsNullWord(node.text)) node.null = true;
  }
  // libyaml places an absent value in a flow mapping (`{a: , b: 1}`) at the
  // next token; it belongs just after its ':'.
  const bool expecting_key = !stack_.empty() &&
                             nodes_[stack_.back().node].kind == DocKind::kMapping &&
                             !stack_.back().have_key;
  if (plain && node.text.empty() && s.tag == nullptr && s.anchor == nullptr && !expecting_key) {
    node.pos = lines_->PosAt(EmptyValueOffset(text_, OffsetOf(e.start_mark)));
  }
  Complete(index, View(s.anchor));
  return true;
}

bool Builder::Alias(const yaml_event_t& e) {
  if (TooManyNodes(e)) return false;
  const Pos pos = At(e.start_mark);
  const std::string name(View(e.data.alias.anchor));
  for (const Frame& frame : stack_) {
    if (frame.anchor == name) {
      return Say("yaml-syntax", pos, "alias inside", name);
    }
  }
  const auto found = anchors_.find(name);
  if (found == anchors_.end()) {
    return Say("yaml-syntax", pos, "anchor undefined");
  }
  const RawNode& target = nodes_[found->second];
  if (stack_.size() + target.height > kMaxDepth) {
    return Say("yaml-too-deep", pos, "too deep", kMaxDepth);
  }
  if (!ChargeExpansion(target, pos)) return false;
  RawNode copy;
  copy.kind = target.kind;
  copy.pos = pos;  // the value sits here; what is inside keeps the anchor's places
  copy.target = found->second;
  copy.nodes = target.nodes;
  copy.bytes = target.bytes;
  copy.height = target.height;
  if (target.kind == DocKind::kScalar) {  // a key needs its text and nullness
    copy.text = target.text;
    copy.null = target.null;
  }
  Attach(Push(std::move(copy)));
  return true;
}

bool Builder::ChargeExpansion(const RawNode& target, Pos pos) {
  expanded_nodes_ += target.nodes;
  expanded_bytes_ += target.bytes;
  if (expanded_nodes_ <= kMaxAliasExpansionNodes && expanded_bytes_ <= kMaxAliasExpansionBytes) {
    return true;
  }
  return Say("yaml-too-many-aliases", pos, "too many aliases", kMaxAliasExpansionNodes,
             kMaxAliasExpansionBytes);
}

bool Builder::Open(DocKind kind, const yaml_event_t& e, const yaml_char_t* anchor) {
  if (TooManyNodes(e)) return false;
  const Pos pos = At(e.start_mark);
  if (stack_.size() >= kMaxDepth) return Say("yaml-too-deep", pos, "too deep", kMaxDepth);
  RawNode node;
  node.kind = kind;
  node.pos = pos;
  node.height = 1;
  Frame frame;
  frame.node = Push(std::move(node));
  frame.anchor = std::string(View(anchor));
  stack_.push_back(std::move(frame));
  return true;
}

void Builder::Close() {
  if (stack_.empty()) return;  // libyaml pairs its events; stay safe if not
  const uint32_t index = stack_.back().node;
  const std::string anchor = std::move(stack_.back().anchor);
  stack_.pop_back();
  Complete(index, anchor);
}

// Anchors are recorded only once their node is finished, so an alias inside
// its own anchor's node finds nothing.
void Builder::Complete(uint32_t index, std::string_view anchor) {
  if (!anchor.empty()) {
    nodes_[index].shared = true;
    anchors_.insert_or_assign(std::string(anchor), index);
  }
  Attach(index);
}

void Builder::Attach(uint32_t index) {
  if (stack_.empty()) {
    root_ = index;
    return;
  }
  Frame& top = stack_.back();
  RawNode& parent = nodes_[top.node];
  if (parent.kind == DocKind::kMapping && !top.have_key) {
    TakeKey(top, index);
    return;
  }
  if (parent.kind == DocKind::kMapping) {
    top.have_key = false;
    if (top.skip_value) return;
    nodes_[index].key = std::move(top.key);
    nodes_[index].key_pos = top.key_pos;
  }
  RawNode& child = nodes_[index];
  parent.nodes += child.nodes;
  parent.bytes += child.bytes + child.key.size();
  parent.height = std::max(parent.height, child.height + 1);
  (parent.last == kNone ? parent.first : nodes_[parent.last].next) = index;
  parent.last = index;
  ++parent.count;
}

const Pos* Builder::FindKey(Frame& frame, const std::string& key) const {
  const RawNode& map = nodes_[frame.node];
  if (map.count < kLinearKeyScan) {
    for (uint32_t c = map.first; c != kNone; c = nodes_[c].next) {
      if (nodes_[c].key == key) return &nodes_[c].key_pos;
    }
    return nullptr;
  }
  if (frame.seen.empty()) {
    for (uint32_t c = map.first; c != kNone; c = nodes_[c].next) {
      frame.seen.emplace(nodes_[c].key, nodes_[c].key_pos);
    }
  }
  const auto found = frame.seen.find(key);
  return found == frame.seen.end() ? nullptr : &found->second;
}

void Builder::TakeKey(Frame& frame, uint32_t index) {
  frame.have_key = true;
  frame.skip_value = true;
  RawNode& key = nodes_[index];
  if (key.kind != DocKind::kScalar) {
    reporter_->Say("yaml-complex-key", key.pos, "complex key", Describe(key, *reporter_));
    return;
  }
  if (const Pos* first = FindKey(frame, key.text)) {
    reporter_->Say("yaml-duplicate-key", key.pos, "duplicate key", key.text, first->line);
    return;
  }
  frame.skip_value = false;
  frame.key = key.text;
  frame.key_pos = key.pos;
  if (!frame.seen.empty()) frame.seen.emplace(key.text, key.pos);
  // A key is done with once read; its slot is reused unless an anchor holds it.
  if (index + 1 == nodes_.size() && !key.shared) nodes_.pop_back();
}

// Whether `line` has a plain key such as `lines[0].amount` inside { }: a
// rule test's `set: { budget.lines[0].amount: 5 }`.
bool HasIndexedFlowKey(std::string_view line) {
  const size_t brace = line.find('{');
  if (brace == std::string_view::npos) return false;
  for (size_t i = brace + 1; i + 2 < line.size(); ++i) {
    const bool word_before = std::isalnum(static_cast<unsigned char>(line[i - 1])) != 0 ||
                             line[i - 1] == '_';
    if (line[i] == '[' && word_before && std::isdigit(static_cast<unsigned char>(line[i + 1]))) {
      return true;
    }
  }
  return false;
}

// The common slips in plain words (docs/applications.md, "When the file is not
// valid YAML"): what happened and what to do, at the place to fix, naming where
// an unclosed bracket was opened. "" for a problem that is none of them.
std::string Builder::SlipMessage(const yaml_parser_t& parser, std::string_view problem, Pos& pos) {
  const Reporter& say = *reporter_;
  const Pos opened = At(parser.context_mark);
  const std::string_view line = lines_->Line(pos.line);
  if (IndentHasTab(line)) {
    // Read past the tab, the line is a key where none may be; say so at its ':'.
    if (const size_t colon = KeyColonIn(line); colon != kNpos) {
      pos.col = 1 + CodePointCount(line.substr(0, colon));
    }
    return say.Phrase("tab");
  }
  if (problem == "mapping values are not allowed in this context") {
    // A ': ' after the line's first key is inside that key's value; as the
    // line's first, the line itself is a key the line above does not allow.
    const size_t first = KeyColonIn(line);
    const bool in_value = first != kNpos && 1 + CodePointCount(line.substr(0, first)) < pos.col;
    return say.Phrase(in_value ? "colon in value" : "indented after value");
  }
  if (problem == "block sequence entries are not allowed in this context") {
    return say.Phrase("list after key");
  }
  if (problem == "did not find expected key") {
    // A '- ' where a key was due: a list item less indented than its list.
    const size_t first = line.find_first_not_of(' ');
    if (first != std::string_view::npos && line.substr(first).starts_with("- ")) {
      return say.Phrase("list item misplaced");
    }
    return say.Phrase("indent mismatch", opened.line, opened.col);
  }
  if (problem == "did not find expected '-' indicator") {
    return say.Phrase("list item depth", opened.line, opened.col);
  }
  if (problem == "did not find expected ',' or ']'") {
    return say.Phrase("unclosed list", opened.line, opened.col);
  }
  if (problem == "did not find expected ',' or '}'") {
    std::string message = say.Phrase("unclosed map", opened.line, opened.col);
    // `{ budget.lines[0].amount: 5 }`: inside { } the [ opens a list.
    if (HasIndexedFlowKey(lines_->Line(opened.line))) message += say.Phrase("indexed flow key");
    return message;
  }
  if (problem == "found character that cannot start any token") {
    const size_t offset = OffsetOf(parser.problem_mark);
    if (offset < text_.size() && (text_[offset] == '@' || text_[offset] == '`')) {
      return say.Phrase("bad first character", std::string(1, text_[offset]));
    }
  }
  return {};
}

bool Builder::SyntaxError(const yaml_parser_t& parser) {
  const std::string_view problem = parser.problem != nullptr ? parser.problem : "invalid YAML";
  const std::string_view context = parser.context != nullptr ? parser.context : "";
  if (parser.error == YAML_READER_ERROR) {  // ScanText leaves little for it to find
    return Say("yaml-syntax", lines_->PosAt(parser.problem_offset), "not yaml", problem);
  }
  if (problem == "found unexpected end of stream" && context == "while scanning a quoted scalar") {
    const size_t quote = OffsetOf(parser.context_mark);
    return Say("yaml-syntax", At(parser.context_mark), "unclosed quote",
               std::string(1, quote < text_.size() ? text_[quote] : '"'));
  }
  Pos pos = At(parser.problem_mark);
  const size_t offset = OffsetOf(parser.problem_mark);
  if (problem == "did not find expected <document start>" && OpensDocument(text_, offset)) {
    return Say("yaml-multiple-documents", pos, "second document");
  }
  if (problem == "did not find expected <document start>" ||
      problem == "did not find expected node content") {
    return Say("yaml-syntax", pos, "unexpected", Quoted(text_, offset));
  }
  std::string message = SlipMessage(parser, problem, pos);
  if (message.empty()) message = reporter_->Phrase("not yaml", problem);
  return Fatal("yaml-syntax", pos, std::move(message));
}

void Builder::Materialize(uint32_t index, DocNode& out, bool copy) {
  RawNode& n = nodes_[index];
  if (n.target != kNone) {
    Materialize(n.target, out, true);
    out.pos = n.pos;
    return;
  }
  copy = copy || n.shared;
  out.kind = n.kind;
  out.pos = n.pos;
  out.quoted = n.quoted;
  out.null = n.null;
  out.text = copy ? n.text : std::move(n.text);
  if (n.kind == DocKind::kSequence) {
    out.items.resize(n.count);
    size_t i = 0;
    for (uint32_t c = n.first; c != kNone; c = nodes_[c].next) Materialize(c, out.items[i++], copy);
  } else if (n.kind == DocKind::kMapping) {
    out.entries.resize(n.count);
    size_t i = 0;
    for (uint32_t c = n.first; c != kNone; c = nodes_[c].next) {
      DocEntry& entry = out.entries[i++];
      entry.key = copy ? nodes_[c].key : std::move(nodes_[c].key);
      entry.key_pos = nodes_[c].key_pos;
      Materialize(c, entry.value, copy);
    }
  }
}

// A NUL byte, a UTF-16 byte-order mark or bytes that are not UTF-8 (found by
// ScanText at `invalid_utf8`): not a YAML file we can read. A file saved as
// Latin-1 is refused at its first non-ASCII letter rather than read with each
// letter replaced: "H?gan?s" is no member municipality, and the applicant
// would never learn why.
bool CheckEncoding(std::string_view text, std::optional<size_t> invalid_utf8, const Lines& lines,
                   Reporter& reporter) {
  if (text.starts_with("\xFE\xFF") || text.starts_with("\xFF\xFE")) {
    reporter.Say("yaml-syntax", Pos{1, 1}, "utf16");
    return false;
  }
  if (const size_t nul = text.find('\0'); nul != kNpos) {
    reporter.Say("yaml-syntax", lines.PosAt(nul), "nul");
    return false;
  }
  if (!invalid_utf8) return true;
  reporter.Say("yaml-syntax", lines.PosAt(*invalid_utf8), "invalid utf8",
               fmt::format("{:02X}", static_cast<unsigned char>(text[*invalid_utf8])));
  return false;
}

bool TakeRoot(Builder& builder, Reporter& reporter, Document& doc) {
  const uint32_t root = builder.root();
  if (root == kNone || (builder.node(root).kind == DocKind::kScalar && builder.node(root).null &&
                        builder.node(root).text.empty())) {
    reporter.Say("yaml-empty", Pos{1, 1}, "empty");
    return false;
  }
  if (builder.node(root).kind != DocKind::kMapping) {
    reporter.Say("yaml-not-mapping", builder.node(root).pos, "not mapping",
                 Describe(builder.node(root), reporter));
    return false;
  }
  builder.Materialize(root, doc.root, false);
  return true;
}

bool Load(std::string_view raw, std::string_view lang, Document& doc) {
  // One pass finds bytes that are not UTF-8 and replaces control characters,
  // which the parser would refuse, with U+FFFD, so that a stray one in a title
  // does not stop the whole file being checked.
  const ScannedText scanned = ScanText(raw);
  const Lines raw_lines(raw);
  {
    Reporter reporter(&raw_lines, &doc.file, lang, &doc.diagnostics);
    if (!CheckEncoding(raw, scanned.invalid_utf8, raw_lines, reporter)) return false;
  }
  const std::string_view text = scanned.replaced ? std::string_view(*scanned.replaced) : raw;
  std::optional<Lines> replaced_lines;
  if (scanned.replaced) replaced_lines.emplace(text);
  const Lines& lines = replaced_lines ? *replaced_lines : raw_lines;
  Reporter reporter(&lines, &doc.file, lang, &doc.diagnostics);
  if (const std::optional<size_t> at = FindTooDeepFlow(text, kMaxDepth)) {
    reporter.Say("yaml-too-deep", lines.PosAt(*at), "too deep", kMaxDepth);
    return false;
  }
  Builder builder(text, &lines, &reporter);
  if (!builder.Run()) return false;
  return TakeRoot(builder, reporter, doc);
}

}  // namespace

Document LoadYaml(std::string_view text, std::string file, std::string_view lang) {
  Document doc;
  doc.file = std::move(file);
  // Removed here, so that the parser's first column is the file's first character.
  if (text.starts_with(kBom)) text.remove_prefix(kBom.size());
  try {
    doc.ok = Load(text, lang, doc);
  } catch (...) {  // only running out of memory gets here
    doc.ok = false;
    doc.root = DocNode{};
    try {
      Diagnostic d;
      d.id = "yaml-syntax";
      d.file = doc.file;
      d.message = YamlPhrase("out of memory", lang);
      doc.diagnostics.push_back(std::move(d));
    } catch (...) {
    }
  }
  return doc;
}

}  // namespace grantcheck
