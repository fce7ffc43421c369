// Loads a YAML file into grantcheck's DocNode tree. The only file that includes
// yaml-cpp: it listens to parser events, so duplicate keys and exact positions survive.
#include <yaml-cpp/anchor.h>
#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstddef>
#include <exception>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/document.h"

namespace grantcheck {
namespace {

// Nesting of lists and mappings. Applications use a handful of levels; the
// limit keeps every recursion over the tree (ours and yaml-cpp's) shallow.
constexpr size_t kMaxDepth = 64;
// What aliases may add to one file, so that a "billion laughs" file is refused
// after a moment's work instead of exhausting memory. Bytes are capped too: one
// long scalar aliased many times costs few nodes but much memory.
constexpr size_t kMaxAliasExpansionNodes = 100000;
constexpr size_t kMaxAliasExpansionBytes = 10'000'000;
// Longer source lines are left out of diagnostics rather than copied into each.
constexpr size_t kMaxSnippetBytes = 1000;

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kStrTag = "tag:yaml.org,2002:str";
constexpr std::string_view kNullTag = "tag:yaml.org,2002:null";
constexpr size_t kNpos = std::string_view::npos;

bool IsBlank(char c) { return c == ' ' || c == '\t'; }
bool IsSpace(char c) { return IsBlank(c) || c == '\r' || c == '\n'; }
bool IsOneOf(char c, std::string_view set) { return set.find(c) != kNpos; }

// A quote opens a quoted scalar only where a token may start; elsewhere
// (it's, 5'000) it is part of plain text.
bool AtTokenStart(std::string_view text, size_t i) {
  return i == 0 || IsSpace(text[i - 1]) || IsOneOf(text[i - 1], "[{,");
}

bool IsNullWord(std::string_view s) {
  return s == "~" || s == "null" || s == "Null" || s == "NULL";
}

// The text being parsed, with a line table to turn yaml-cpp's byte offsets into
// line and code-point column.
class Source {
 public:
  explicit Source(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') line_starts_.push_back(i + 1);
    }
  }

  std::string_view text() const { return text_; }

  Pos PosAt(size_t offset) const {
    offset = std::min(offset, text_.size());
    const size_t line =
        std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - line_starts_.begin();
    return Pos{static_cast<int>(line), ColumnAt(line, offset)};
  }

  // Line `line` (1-based) without its line break.
  std::string_view Line(int line) const {
    const size_t begin = line_starts_[line - 1];
    const size_t end =
        static_cast<size_t>(line) < line_starts_.size() ? line_starts_[line] - 1 : text_.size();
    std::string_view out = text_.substr(begin, end - begin);
    if (!out.empty() && out.back() == '\r') out.remove_suffix(1);
    return out;
  }

 private:
  // Counts from the previous answer when it is on the same line: yaml-cpp's
  // marks mostly increase, so a long one-line file stays linear.
  int ColumnAt(size_t line, size_t offset) const {
    const size_t begin = line_starts_[line - 1];
    const size_t end = line < line_starts_.size() ? line_starts_[line] : text_.size() + 1;
    if (last_offset_ < begin || last_offset_ >= end) {
      last_offset_ = begin;
      last_col_ = 1;
    }
    if (offset >= last_offset_) {
      last_col_ += CodePointCount(text_.substr(last_offset_, offset - last_offset_));
    } else {
      last_col_ -= CodePointCount(text_.substr(offset, last_offset_ - offset));
    }
    last_offset_ = offset;
    return last_col_;
  }

  std::string_view text_;
  std::vector<size_t> line_starts_;
  mutable size_t last_offset_ = 0;
  mutable int last_col_ = 1;
};

class Reporter {
 public:
  Reporter(const Source* source, const std::string* file, std::vector<Diagnostic>* out)
      : source_(source), file_(file), out_(out) {}

  void Error(std::string_view id, Pos pos, std::string message) {
    Diagnostic d;
    d.level = Level::kError;
    d.id = std::string(id);
    d.file = *file_;
    d.pos = pos;
    d.message = std::move(message);
    if (pos.known()) {
      std::string_view line = source_->Line(pos.line);
      if (line.size() <= kMaxSnippetBytes) {
        d.snippet = std::string(line);
        d.caret_col = pos.col;
      }
    }
    out_->push_back(std::move(d));
  }

 private:
  const Source* source_;
  const std::string* file_;
  std::vector<Diagnostic>* out_;
};

// Offset of the quote closing the one at `open`, or kNpos.
size_t QuoteEnd(std::string_view text, size_t open) {
  const char quote = text[open];
  for (size_t i = open + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      const bool doubled = quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'';
      if (!doubled) return i;
      ++i;
    }
  }
  return kNpos;
}

// yaml-cpp's mark for a node points at its anchor (&a) or tag (!t) when it has
// them; this is where the node's own text starts.
size_t SkipProperties(std::string_view text, size_t at) {
  while (at < text.size() && (text[at] == '&' || text[at] == '!')) {
    while (at < text.size() && !IsSpace(text[at]) && !IsOneOf(text[at], ",[]{}")) ++at;
    while (at < text.size() && IsBlank(text[at])) ++at;
  }
  return at;
}

// The spelling of a plain null ("~", "null", ...) written at `at`, or "".
std::string_view NullWordAt(std::string_view text, size_t at) {
  for (std::string_view word : {"~", "null", "Null", "NULL"}) {
    if (text.substr(std::min(at, text.size()), word.size()) != word) continue;
    const size_t end = at + word.size();
    if (end == text.size() || IsSpace(text[end]) || IsOneOf(text[end], ",]}:")) {
      return word;
    }
  }
  return {};
}

// True when a ':' follows `end`: the plain text before it is a key.
bool KeyFollows(std::string_view text, size_t end) {
  while (end < text.size() && IsBlank(text[end])) ++end;
  return end < text.size() && text[end] == ':';
}

// Where a comment starts in `line` (its length when there is none).
size_t CommentStart(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || IsBlank(line[i - 1]))) return i;
    if ((line[i] == '"' || line[i] == '\'') && AtTokenStart(line, i)) {
      i = QuoteEnd(line, i);
      if (i == kNpos) return line.size();
    }
  }
  return line.size();
}

// yaml-cpp places an absent value (`key:` and nothing) at the next token, often
// on a later line; walk back over blanks and comments to just after the
// indicator that introduced it.
size_t EmptyValueOffset(std::string_view text, size_t at) {
  while (at > 0) {
    const char c = text[at - 1];
    if (IsBlank(c) || c == '\r') {
      --at;
      continue;
    }
    if (c != '\n') break;
    const size_t line_end = at - 1;
    const size_t prev = line_end == 0 ? kNpos : text.rfind('\n', line_end - 1);
    const size_t begin = prev == kNpos ? 0 : prev + 1;
    at = begin + CommentStart(text.substr(begin, line_end - begin));
  }
  return at;
}

// yaml-cpp parses flow collections recursively, so count unquoted '[' and '{'
// before it sees the text. Brackets in plain or block text count too, which
// errs on the side of refusing.
std::optional<size_t> FindTooDeepFlow(std::string_view text) {
  size_t depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '#' && (i == 0 || IsSpace(text[i - 1]))) {
      i = std::min(text.find('\n', i), text.size());
    } else if ((c == '"' || c == '\'') && AtTokenStart(text, i)) {
      i = QuoteEnd(text, i);
      if (i == kNpos) return std::nullopt;  // the parse reports the open quote
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxDepth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::nullopt;
}

// The character at `offset` in quotes, for messages ("','").
std::string Quoted(std::string_view text, int offset) {
  if (offset < 0 || static_cast<size_t>(offset) >= text.size()) return "end of file";
  size_t end = offset + 1;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  return "'" + std::string(text.substr(offset, end - offset)) + "'";
}

std::string TooDeepMessage() {
  return "lists and mappings are nested more than " + std::to_string(kMaxDepth) + " levels deep";
}

bool IndentHasTab(std::string_view line) {
  for (char c : line) {
    if (c == '\t') return true;
    if (c != ' ') return false;
  }
  return false;
}

// The tree while it is built. Finished nodes are shared and never changed, so
// an anchor and each alias to it cost a pointer until the final copy, whose
// size the alias limits bound.
struct Node;
using NodePtr = std::shared_ptr<const Node>;

struct Entry {
  std::string key;
  Pos key_pos;
  NodePtr value;
};

struct Node {
  DocKind kind = DocKind::kScalar;
  Pos pos;
  std::string text;
  bool quoted = false;
  bool null = false;
  std::vector<NodePtr> items;
  std::vector<Entry> entries;
  size_t nodes = 1;   // in this subtree, itself included
  size_t bytes = 0;   // of scalar text and keys in this subtree
  size_t height = 0;  // collection levels in this subtree
};

void Account(Node& parent, const Node& child, size_t key_bytes) {
  parent.nodes += child.nodes;
  parent.bytes += child.bytes + key_bytes;
  parent.height = std::max(parent.height, child.height + 1);
}

bool IsAbsent(const Node& node) {
  return node.kind == DocKind::kScalar && node.null && node.text.empty();
}

std::string Describe(const Node& node) {
  if (node.kind == DocKind::kSequence) return "a list";
  if (node.kind == DocKind::kMapping) return "a mapping";
  if (node.null) return "null";
  if (node.text.size() <= 40 && node.text.find('\n') == std::string::npos) {
    return "the single value '" + node.text + "'";
  }
  return "a single value";
}

DocNode Materialize(const Node& node) {
  DocNode out;
  out.kind = node.kind;
  out.pos = node.pos;
  out.text = node.text;
  out.quoted = node.quoted;
  out.null = node.null;
  out.items.reserve(node.items.size());
  for (const NodePtr& item : node.items) out.items.push_back(Materialize(*item));
  out.entries.reserve(node.entries.size());
  for (const Entry& e : node.entries) {
    out.entries.push_back(DocEntry{e.key, e.key_pos, Materialize(*e.value)});
  }
  return out;
}

// Thrown by the handler, once a fatal problem is reported, to stop yaml-cpp.
struct Abort {};

class Builder : public YAML::EventHandler {
 public:
  Builder(const Source* source, Reporter* reporter) : source_(source), reporter_(reporter) {}

  // The document's top node; null when the stream held no document.
  NodePtr root() const { return root_; }

  void OnDocumentStart(const YAML::Mark& mark) override;
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override;
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override;
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override;
  void OnSequenceStart(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value /*style*/) override {
    Open(DocKind::kSequence, mark, anchor);
  }
  void OnSequenceEnd() override { Close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value /*style*/) override {
    Open(DocKind::kMapping, mark, anchor);
  }
  void OnMapEnd() override { Close(); }
  void OnAnchor(const YAML::Mark& /*mark*/, const std::string& name) override {
    anchor_names_.push_back(name);  // yaml-cpp numbers anchors 1, 2, ... in this order
  }

 private:
  // An open list or mapping.
  struct Frame {
    std::shared_ptr<Node> node;
    YAML::anchor_t anchor = YAML::NullAnchor;
    bool have_key = false;    // mapping: a key was read; its value comes next
    bool skip_value = false;  // ... and is dropped (duplicate or complex key)
    std::string key;
    Pos key_pos;
    std::unordered_map<std::string, Pos> seen_keys;  // where each was first given
  };

  Pos At(const YAML::Mark& mark) const;
  bool OpensDocument(int offset) const;
  [[noreturn]] void Fatal(std::string_view id, Pos pos, std::string message);
  void Open(DocKind kind, const YAML::Mark& mark, YAML::anchor_t anchor);
  void Close();
  void Complete(NodePtr node, YAML::anchor_t anchor);
  void Attach(NodePtr node);
  void TakeKey(Frame& frame, const Node& key);
  void TakeValue(Frame& frame, NodePtr value);
  bool ExpectingKey() const;
  void PlaceNull(Node& node, size_t offset) const;
  void ClassifyTagged(Node& node, const std::string& tag, const YAML::Mark& mark);
  void ChargeExpansion(const Node& target, Pos pos);
  std::string AnchorName(YAML::anchor_t anchor) const;

  const Source* source_;
  Reporter* reporter_;
  std::vector<Frame> stack_;
  NodePtr root_;
  int documents_ = 0;
  std::unordered_map<YAML::anchor_t, NodePtr> anchors_;  // finished nodes only
  std::vector<std::string> anchor_names_;
  size_t expanded_nodes_ = 0;
  size_t expanded_bytes_ = 0;
};

Pos Builder::At(const YAML::Mark& mark) const {
  if (mark.pos < 0) return Pos{};
  return source_->PosAt(static_cast<size_t>(mark.pos));
}

void Builder::Fatal(std::string_view id, Pos pos, std::string message) {
  reporter_->Error(id, pos, std::move(message));
  throw Abort{};
}

void Builder::OnDocumentStart(const YAML::Mark& mark) {
  if (++documents_ == 1) return;
  // yaml-cpp also starts a "document" at junk after the top-level value ("[a] x",
  // "[a], b"), and on a ',' at the very start yields empty ones forever.
  if (!OpensDocument(mark.pos)) {
    Fatal("yaml-syntax", At(mark), "unexpected " + Quoted(source_->text(), mark.pos));
  }
  Fatal("yaml-multiple-documents", At(mark),
        "a second YAML document starts here; an application file holds exactly one");
}

// True when a document really starts at `offset`: at "---" or a directive, or
// after a "..." that ended the previous one.
bool Builder::OpensDocument(int offset) const {
  std::string_view text = source_->text();
  if (offset < 0 || static_cast<size_t>(offset) >= text.size()) return false;
  std::string_view rest = text.substr(offset);
  if (rest.starts_with("---") || rest.starts_with("%")) return true;
  const size_t before = EmptyValueOffset(text, offset);  // skips blanks and comments
  return before >= 3 && text.substr(before - 3, 3) == "...";
}

void Builder::OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) {
  auto node = std::make_shared<Node>();
  node->null = true;
  node->pos = At(mark);
  if (mark.pos >= 0) PlaceNull(*node, static_cast<size_t>(mark.pos));
  Complete(std::move(node), anchor);
}

// yaml-cpp reports a written null ("~", "null") and an absent value alike, at
// the next token's mark for the latter. Recover the spelling of the first, and
// move the second to just after the indicator that introduced it.
void Builder::PlaceNull(Node& node, size_t offset) const {
  std::string_view text = source_->text();
  offset = std::min(offset, text.size());
  const size_t start = SkipProperties(text, offset);
  const std::string_view word = NullWordAt(text, start);
  const bool key = ExpectingKey();
  if (!word.empty() && (key || !KeyFollows(text, start + word.size()))) {
    node.text = std::string(word);
  } else if (start == offset && !key) {
    node.pos = source_->PosAt(EmptyValueOffset(text, offset));
  }
}

void Builder::OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       const std::string& value) {
  auto node = std::make_shared<Node>();
  node->pos = At(mark);
  node->text = value;
  node->bytes = value.size();
  if (tag != "?") ClassifyTagged(*node, tag, mark);  // "?" is a plain, untagged scalar
  Complete(std::move(node), anchor);
}

// yaml-cpp tags quoted and block scalars "!", and tagged ones with their tag
// (which hides the style); the source shows how the value was written.
void Builder::ClassifyTagged(Node& node, const std::string& tag, const YAML::Mark& mark) {
  std::string_view text = source_->text();
  const size_t start =
      mark.pos < 0 ? text.size() : SkipProperties(text, std::min<size_t>(mark.pos, text.size()));
  const char first = start < text.size() ? text[start] : ' ';
  // yaml-cpp accepts an unclosed quote, taking the rest of the file as its text.
  if ((first == '"' || first == '\'') && QuoteEnd(text, start) == kNpos) {
    Fatal("yaml-syntax", source_->PosAt(start),
          "this quoted text is never closed (missing " + std::string(1, first) + ")");
  }
  node.null = tag == kNullTag;
  node.quoted = !node.null && (tag == "!" || tag == kStrTag || IsOneOf(first, "\"'|>"));
  if (!node.quoted && IsNullWord(node.text)) node.null = true;
}

void Builder::OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) {
  const Pos pos = At(mark);
  const auto found = anchors_.find(anchor);
  if (found == anchors_.end()) {
    Fatal("yaml-syntax", pos,
          "alias '*" + AnchorName(anchor) + "' is used inside the node it names");
  }
  const Node& target = *found->second;
  if (stack_.size() + target.height > kMaxDepth) {
    Fatal("yaml-too-deep", pos, TooDeepMessage());
  }
  ChargeExpansion(target, pos);
  auto copy = std::make_shared<Node>(target);  // shallow: children stay shared
  copy->pos = pos;  // the value sits here; what is inside keeps the anchor's places
  Attach(std::move(copy));
}

void Builder::ChargeExpansion(const Node& target, Pos pos) {
  expanded_nodes_ += target.nodes;
  expanded_bytes_ += target.bytes;
  if (expanded_nodes_ <= kMaxAliasExpansionNodes && expanded_bytes_ <= kMaxAliasExpansionBytes) {
    return;
  }
  Fatal("yaml-too-many-aliases", pos,
        "aliases (*name) expand to more than " + std::to_string(kMaxAliasExpansionNodes) +
            " values or " + std::to_string(kMaxAliasExpansionBytes) + " bytes of text");
}

std::string Builder::AnchorName(YAML::anchor_t anchor) const {
  if (anchor >= 1 && anchor <= anchor_names_.size()) return anchor_names_[anchor - 1];
  return std::to_string(anchor);
}

void Builder::Open(DocKind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
  const Pos pos = At(mark);
  if (stack_.size() >= kMaxDepth) Fatal("yaml-too-deep", pos, TooDeepMessage());
  Frame frame;
  frame.node = std::make_shared<Node>();
  frame.node->kind = kind;
  frame.node->pos = pos;
  frame.node->height = 1;
  frame.anchor = anchor;
  stack_.push_back(std::move(frame));
}

void Builder::Close() {
  if (stack_.empty()) return;  // yaml-cpp pairs its events; stay safe if not
  NodePtr node = std::move(stack_.back().node);
  const YAML::anchor_t anchor = stack_.back().anchor;
  stack_.pop_back();
  Complete(std::move(node), anchor);
}

// Anchors are recorded only once their node is finished, so an alias inside
// its own anchor's node finds nothing.
void Builder::Complete(NodePtr node, YAML::anchor_t anchor) {
  if (anchor != YAML::NullAnchor) anchors_[anchor] = node;
  Attach(std::move(node));
}

void Builder::Attach(NodePtr node) {
  if (stack_.empty()) {
    root_ = std::move(node);
    return;
  }
  Frame& top = stack_.back();
  if (top.node->kind == DocKind::kSequence) {
    Account(*top.node, *node, 0);
    top.node->items.push_back(std::move(node));
  } else if (!top.have_key) {
    TakeKey(top, *node);
  } else {
    TakeValue(top, std::move(node));
  }
}

bool Builder::ExpectingKey() const {
  return !stack_.empty() && stack_.back().node->kind == DocKind::kMapping &&
         !stack_.back().have_key;
}

void Builder::TakeKey(Frame& frame, const Node& key) {
  frame.have_key = true;
  frame.skip_value = true;
  if (key.kind != DocKind::kScalar) {
    reporter_->Error("yaml-complex-key", key.pos,
                     "a key must be plain text, not " + Describe(key) + "; this entry is skipped");
    return;
  }
  const auto [first, fresh] = frame.seen_keys.try_emplace(key.text, key.pos);
  if (!fresh) {
    reporter_->Error("yaml-duplicate-key", key.pos,
                     "duplicate key '" + key.text + "' (first given at line " +
                         std::to_string(first->second.line) + ")");
    return;
  }
  frame.skip_value = false;
  frame.key = key.text;
  frame.key_pos = key.pos;
}

void Builder::TakeValue(Frame& frame, NodePtr value) {
  frame.have_key = false;
  if (frame.skip_value) return;
  Account(*frame.node, *value, frame.key.size());
  frame.node->entries.push_back(Entry{std::move(frame.key), frame.key_pos, std::move(value)});
}

// yaml-cpp's messages ("illegal map value") do not name the usual cause.
std::string SyntaxMessage(const YAML::Exception& e, const Source& source, Pos pos) {
  std::string message = e.msg.empty() ? "invalid YAML" : e.msg;
  if (pos.known() && IndentHasTab(source.Line(pos.line))) {
    message += " (this line is indented with a tab; YAML allows only spaces)";
  }
  return message;
}

// Runs yaml-cpp over the whole stream (a second document is an error, so it
// must be looked for). False once a fatal problem is reported.
bool ParseEvents(const Source& source, Reporter& reporter, NodePtr& root) {
  Builder builder(&source, &reporter);
  try {
    std::istringstream in{std::string(source.text())};
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const Abort&) {
    return false;
  } catch (const YAML::Exception& e) {
    const Pos pos = e.mark.pos < 0 ? Pos{} : source.PosAt(e.mark.pos);
    reporter.Error("yaml-syntax", pos, SyntaxMessage(e, source, pos));
    return false;
  } catch (const std::exception& e) {
    reporter.Error("yaml-syntax", Pos{}, std::string("could not read the YAML: ") + e.what());
    return false;
  }
  root = builder.root();
  return true;
}

// yaml-cpp guesses UTF-16 or UTF-32 from NUL bytes and byte-order marks, after
// which its positions no longer match the bytes. A NUL is never valid YAML.
bool CheckEncoding(const Source& source, Reporter& reporter) {
  std::string_view text = source.text();
  if (text.starts_with("\xFE\xFF") || text.starts_with("\xFF\xFE")) {
    reporter.Error("yaml-syntax", Pos{1, 1}, "the file is UTF-16; save it as UTF-8");
    return false;
  }
  const size_t nul = text.find('\0');
  if (nul == kNpos) return true;
  reporter.Error("yaml-syntax", source.PosAt(nul),
                 "the file contains a NUL byte; is it a binary file?");
  return false;
}

bool TakeRoot(const NodePtr& root, Reporter& reporter, Document& doc) {
  if (root == nullptr || IsAbsent(*root)) {
    reporter.Error("yaml-empty", Pos{1, 1},
                   "the file is empty; expected a mapping of application fields");
    return false;
  }
  if (root->kind != DocKind::kMapping) {
    reporter.Error("yaml-not-mapping", root->pos,
                   "expected a mapping of fields such as 'program:' at the top "
                   "level, got " +
                       Describe(*root));
    return false;
  }
  doc.root = Materialize(*root);
  return true;
}

bool Load(std::string_view text, Document& doc) {
  const Source source(text);
  Reporter reporter(&source, &doc.file, &doc.diagnostics);
  if (!CheckEncoding(source, reporter)) return false;
  if (const std::optional<size_t> at = FindTooDeepFlow(text)) {
    reporter.Error("yaml-too-deep", source.PosAt(*at), TooDeepMessage());
    return false;
  }
  NodePtr root;
  if (!ParseEvents(source, reporter, root)) return false;
  return TakeRoot(root, reporter, doc);
}

}  // namespace

Document LoadYaml(std::string_view text, std::string file) {
  Document doc;
  doc.file = std::move(file);
  // Removed here rather than by yaml-cpp so that its offsets index `text`.
  if (text.starts_with(kBom)) text.remove_prefix(kBom.size());
  try {
    doc.ok = Load(text, doc);
  } catch (...) {  // only running out of memory gets here
    doc.ok = false;
    doc.root = DocNode{};
    try {
      Diagnostic d;
      d.id = "yaml-syntax";
      d.file = doc.file;
      d.message = "could not read the file (out of memory?)";
      doc.diagnostics.push_back(std::move(d));
    } catch (...) {
    }
  }
  return doc;
}

}  // namespace grantcheck
