#include "engine/app_facts.h"

#include "model/application.h"

namespace grantcheck {
namespace {

// The value at a dotted path of plain keys, or nullptr when a step is absent
// or not a map.
const Value* At(const Value& root, std::initializer_list<std::string_view> keys) {
  const Value* v = &root;
  for (std::string_view key : keys) {
    v = v->Find(key);
    if (v == nullptr) return nullptr;
  }
  return v;
}

std::optional<std::string> StringAt(const Value& root,
                                    std::initializer_list<std::string_view> keys) {
  const Value* v = At(root, keys);
  if (v == nullptr || v->kind() != ValueKind::kString) return std::nullopt;
  return v->as_string();
}

std::optional<Date> DateAt(const Value& root, std::initializer_list<std::string_view> keys) {
  const Value* v = At(root, keys);
  if (v == nullptr || v->kind() != ValueKind::kDate) return std::nullopt;
  return v->as_date();
}

std::optional<Decimal> NumberAt(const Value& root, std::initializer_list<std::string_view> keys) {
  const Value* v = At(root, keys);
  if (v == nullptr || v->kind() != ValueKind::kNumber) return std::nullopt;
  return v->as_number();
}

std::vector<std::string> Strings(const Value* list) {
  std::vector<std::string> out;
  if (list == nullptr || list->kind() != ValueKind::kList) return out;
  for (const Value& item : list->as_list().items) {
    if (item.kind() == ValueKind::kString) out.push_back(item.as_string());
  }
  return out;
}

std::optional<Decimal> SumOfLines(const Value& root) {
  const Value* lines = At(root, {"budget", "lines"});
  if (lines == nullptr || lines->kind() != ValueKind::kList || lines->as_list().items.empty()) {
    return std::nullopt;
  }
  Decimal total;
  for (const Value& line : lines->as_list().items) {
    const Value* amount = line.Find("amount");
    if (amount == nullptr || amount->kind() != ValueKind::kNumber) return std::nullopt;
    std::optional<Decimal> sum = Decimal::Add(total, amount->as_number());
    if (!sum) return std::nullopt;
    total = *sum;
  }
  return total;
}

}  // namespace

bool AppFacts::empty() const {
  return !title && !applicant && municipalities.empty() && !start && !end && !requested &&
         !currency && !total_budget;
}

AppFacts FactsOf(const Application& app) {
  const Value& root = app.root;
  AppFacts facts{.title = StringAt(root, {"title"}),
                 .applicant = StringAt(root, {"applicant", "organisation"}),
                 .municipalities = Strings(root.Find("municipalities")),
                 .start = DateAt(root, {"period", "start"}),
                 .end = DateAt(root, {"period", "end"}),
                 .requested = NumberAt(root, {"budget", "requested"}),
                 .currency = StringAt(root, {"budget", "currency"}),
                 .total_budget = SumOfLines(root),
                 .summary = StringAt(root, {"summary"})};
  if (facts.title) facts.title_pos = app.PosOf("title");
  if (facts.summary) facts.summary_pos = app.PosOf("summary");
  return facts;
}

}  // namespace grantcheck
