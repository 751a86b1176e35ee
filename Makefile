# The entry points of the README's Quick start and of CI. Everything else is
# CMake. `make demo` builds the CLI alone; `make test` the CLI and the tests
# (benchmarks only with `make bench`).
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: demo test asan tsan deps configure cli bench clean

demo: cli
	$(BUILD)/precis summarize --words 120 examples/harbor-bridge

test: configure
	cmake --build $(BUILD) -j$(JOBS)
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

# The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer, in
# its own build folder (CI runs it after `make test`).
asan:
	$(MAKE) test BUILD=build-asan \
	  CMAKE_FLAGS="-DPRECIS_SANITIZE=address,undefined $(CMAKE_FLAGS)"

# The CLI under ThreadSanitizer, e.g. build-tsan/precis eval ... --threads 2.
tsan:
	$(MAKE) cli BUILD=build-tsan \
	  CMAKE_FLAGS="-DPRECIS_SANITIZE=thread $(CMAKE_FLAGS)"

deps:
	@scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)

cli: configure
	cmake --build $(BUILD) -j$(JOBS) --target precis_cli

bench: configure
	cmake --build $(BUILD) -j$(JOBS) --target precis_bench
	$(BUILD)/bench/precis_bench

clean:
	rm -rf $(BUILD) build-asan build-tsan
