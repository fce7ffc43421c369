// `grantcheck eval EXPR`: evaluate one expression and print its value, for rule
// authors trying out the language. Not part of SPEC §4; documented in docs/rule-language.md.
#pragma once

#include "cli/command.h"
