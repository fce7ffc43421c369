// Errors carried into an expression from the application (a value of the
// wrong type), told apart from faults of the rule, and said in few words.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "expr/value.h"

namespace grantcheck {

// The field an error is about when it came from the application rather than
// from the rule: the application's typing makes such errors with no span and
// the message "PATH: what is wrong" (model/application.cc). nullopt otherwise.
std::optional<std::string> InputErrorPath(const ErrorData& error);

// "[ogiltigt värde i PATH]": what a message shows for a placeholder whose
// value is invalid in the application, instead of the other finding's text.
std::string InvalidValueText(std::string_view path, std::string_view lang);

// "TITLE: kan inte bedömas förrän PATH är rättat": a rule that needs a field
// the application gives a wrong value for.
std::string CannotJudgeText(std::string_view title, std::string_view path, std::string_view lang);

}  // namespace grantcheck
