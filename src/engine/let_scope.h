// Named values ([let] and a rule's `let`) evaluated for one application into
// the locals its rule's expressions see; the loader has ordered and checked them.
#pragma once

#include <memory>
#include <vector>

#include "expr/evaluator.h"
#include "rules/program.h"

namespace grantcheck {

// Appends each of `lets`, in order, to `scope` with its value for `bindings`;
// each let sees `scope` as it stands (the lets before it). A fault in a let's
// own expression becomes an error value that names its place in the rule
// file, as a fault of the check does.
void BindLets(const std::vector<Let>& lets, const Bindings& bindings, const EvalContext& ctx,
              std::vector<Local>& scope);

// The scope of `rule` on one application: `base` (batch, group), the
// program's lets, then the rule's.
std::vector<Local> RuleScope(const Program& program, const Rule& rule, const Bindings& bindings,
                             const EvalContext& ctx, std::vector<Local> base = {});

// `expr` with every named value it reads written out as its expression
// (recursively), compiled anew, for explain: its tree and hints then reach the
// application's fields a named value reads. nullptr when `expr` reads none of
// `lets` (or the text does not compile, which a loaded rule's cannot).
std::shared_ptr<const Expression> ExpandLets(const Expression& expr,
                                             const std::vector<const Let*>& lets);

}  // namespace grantcheck
