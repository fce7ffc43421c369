// `grantcheck eval EXPR`: evaluate one expression and print its value, for rule
// authors trying out the language. Documented in docs/rule-language.md.
#pragma once

#include "cli/command.h"
