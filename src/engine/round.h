// The round a batch rule judges: the named applications of a program and the
// others beside them in the same directories, so that a batch rule never gives a verdict from part of a round.
#pragma once

#include <string>
#include <vector>

namespace grantcheck {

// The application files (*.yaml, *.yml; not hidden; not in subdirectories)
// in the directories of `round_files` that are not among `named` (every file
// of the run), sorted. A path is compared by where it leads, so
// "./a.yaml" is "a.yaml". Standard input ("-") has no directory. A directory
// that cannot be listed adds nothing. Which of the files belong to the
// program is the caller's to find out, by loading them.
std::vector<std::string> RestOfRound(const std::vector<std::string>& round_files,
                                     const std::vector<std::string>& named);

}  // namespace grantcheck
