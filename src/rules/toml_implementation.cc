// toml++'s compiled part, built here when GRANTCHECK_STATIC_DEPS links it into
// the binary instead of using Debian's libtomlplusplus.so (CMakeLists.txt).
#if GRANTCHECK_TOML_IMPLEMENTATION
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
#endif
