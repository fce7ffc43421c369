// `grantcheck schedule PATH...`: the dated deadlines of each application, in
// the chosen format (text, json, csv, ics, markdown); formatting is report's.
#pragma once

#include "cli/command.h"
