# The two entry points of the README's Quick start. Everything else is CMake.
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: demo test deps build bench clean

demo: build
	$(BUILD)/precis summarize --words 120 examples/harbor-bridge

test: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

deps:
	@scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j$(JOBS)

bench: build
	cmake --build $(BUILD) -j$(JOBS) --target precis_bench
	$(BUILD)/bench/precis_bench

clean:
	rm -rf $(BUILD)
