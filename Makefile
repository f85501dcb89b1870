# Gazette — the two set-up commands of the README are `make site` and `make test`.
SWIFT ?= swift
SITE ?= .
OUT ?= public

.PHONY: site test deps release clean

## Build the release binary and the example site into public/.
site: release
	.build/release/gazette build --site $(SITE) --out $(OUT)

## Run every test (unit and end-to-end).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

release: deps
	$(SWIFT) build -c release --product gazette

deps:
	@scripts/install-deps.sh

clean:
	rm -rf .build public
