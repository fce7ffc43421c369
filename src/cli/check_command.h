// `grantcheck check PATH...`: check applications against their programs' rules
// and report findings in the chosen format; the exit status says how it went.
#pragma once

#include "cli/command.h"
