# grantcheck: `make demo` and `make test` do all the set-up on a fresh Debian machine.
#   make deps     install missing Debian packages (apt-get; sudo when not root)
#   make build    configure and build into build/ (warnings are errors)
#   make demo     build, then check the bundled examples
#   make test     build, then the whole test suite through CTest
#   make sanitize the test suite again, built by clang with AddressSanitizer and UBSan (build-asan/)
#   make fuzz     the libFuzzer targets in fuzz/, FUZZ_SECONDS each (the same clang build)
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGRANTCHECK_WERROR=ON

# Build and test dependencies, all from Debian.
DEB_PACKAGES = cmake make g++ pkg-config \
  libcli11-dev libyaml-dev libfmt-dev libtomlplusplus-dev doctest-dev libbenchmark-dev \
  libutf8proc-dev nlohmann-json3-dev nettle-dev libmimalloc-dev \
  $(TEST_PACKAGES)
# Real consumers of our output formats, and the shells that load our
# completion scripts, used by the tests only.
TEST_PACKAGES = python3 python3-icalendar python3-jsonschema libxml2-utils cmark-gfm python3-junitparser \
  dpkg-dev groff-base man-db lintian zsh fish chromium chromium-driver python3-selenium

# Hardening (docs/hardening.md): the whole suite built with the sanitizers,
# and libFuzzer targets. The fuzz targets need clang, so the sanitized suite is
# built by clang too, in one tree with them: CI compiles the project twice
# (g++ for `make test`, clang for both of these), not three times.
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= $(ASAN_BUILD)
FUZZ_SECONDS ?= 20
FUZZ_TARGETS ?= expr rules yaml
FUZZ_PACKAGES = clang libclang-rt-dev llvm
CLANG_FLAGS = -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++
# The sanitized builds are compiled for finding faults, not speed: -O1 (the
# level the sanitizers' manuals advise) with line tables only (-g1, enough
# for a report's stack) compiles in half the time of -O2 -g. NDEBUG as in the
# shipped build: toml++'s own assert() calls are not what is under test (one
# fires on fuzzed input that the shipped parser rejects). They never run the
# micro-benchmarks, so they do not build them.
SANITIZE_CMAKE_FLAGS = -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1 -DNDEBUG" \
  -DGRANTCHECK_WERROR=ON -DGRANTCHECK_SANITIZE=ON -DGRANTCHECK_BENCH=OFF \
  $(CLANG_FLAGS) -DGRANTCHECK_FUZZ=ON
# Stop at the first report, with a stack; leaks count.
SANITIZER_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps configure build demo test clean format sanitize fuzz fuzz-deps

all: build

deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

configure: deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

# examples/fails.yaml fails on purpose, so check exits 1 here; anything else
# (2: a file or rule file could not be read) stops the demo.
demo: build
	@echo '$$ grantcheck check examples/'
	@./$(BUILD)/grantcheck check examples/; test $$? -eq 1
	@echo
	@echo '$$ grantcheck check --lang en --quiet examples/fails.yaml'
	@./$(BUILD)/grantcheck check --lang en --quiet examples/fails.yaml; test $$? -eq 1

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

fuzz-deps:
	@$(MAKE) --no-print-directory deps DEB_PACKAGES="$(DEB_PACKAGES) $(FUZZ_PACKAGES)"

# Left out: the packaging tests (install.*), which check what a package holds,
# which a sanitized build would only distort; and the tests whose work is a
# consumer's (the browser rendering the HTML report, the repository's docs and
# CI files), where the sanitizers would watch chromium or python, not us.
SANITIZE_EXCLUDE = ^install\.|^docs\.|^ci\.actions|browser
sanitize: fuzz-deps
	cmake -S . -B $(ASAN_BUILD) $(SANITIZE_CMAKE_FLAGS)
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && $(SANITIZER_ENV) ctest --output-on-failure -j $(JOBS) -E '$(SANITIZE_EXCLUDE)'

# Each target runs FUZZ_SECONDS after replaying fuzz/regressions/; a finding
# stops with status 1 and leaves its input in $(FUZZ_BUILD)/fuzz-artifacts/.
# After `make sanitize` (as in .ci/run) the targets are already built.
fuzz: fuzz-deps
	cmake -S . -B $(FUZZ_BUILD) $(SANITIZE_CMAKE_FLAGS)
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target $(addprefix fuzz_,$(FUZZ_TARGETS))
	$(SANITIZER_ENV) fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf $(BUILD)
