# AlertGuard. `make demo` shows it working; `make test` is what CI runs.
SHELL    := /bin/bash
GO       ?= go
BIN      := bin/alertguard
CORPUS   ?= $(CURDIR)/corpus
FUZZTIME ?= 60s
export ALERTGUARD_CORPUS := $(CORPUS)

.PHONY: all build test generated unit signatures corpus cross extension extension-test e2e bench-browser demo demo-cli install bench fuzz clean train eval eval-articles

all: build

build:
	$(GO) build -trimpath -o $(BIN) ./host

# Unit, golden, fuzz-seed and corpus tests; signature fixtures; the corpus
# score; cross-compilation for the platforms we ship.
test: build generated unit signatures corpus cross extension extension-test e2e

# Tables the extension and docs take from Go and YAML must be fresh.
generated:
	$(GO) generate ./...
	git diff --exit-code -- extension/lib/shared.js extension/hooks.js docs/protocol.md

unit:
	$(GO) vet ./...
	$(GO) test -count=1 ./...

signatures: build
	$(BIN) signatures test

corpus: build
	@$(GO) test -count=1 -run '^TestCorpus$$' -v ./internal/judging/analysis | grep -E '^\s+(ok|MISS|known)|as labelled|^(---|ok|FAIL)' ; test $${PIPESTATUS[0]} -eq 0

# One source, two packages: dist/chromium + .zip (Chrome Web Store) and
# dist/firefox + .xpi (background.scripts and the gecko id).
extension:
	cd extension && node build.js
	rm -f dist/alertguard-chromium.zip dist/alertguard-firefox.xpi
	cd dist/chromium && zip -qrX ../alertguard-chromium.zip .
	cd dist/firefox && zip -qrX ../alertguard-firefox.xpi .
	@ls -l dist/*.zip dist/*.xpi

extension-test:
	cd extension && node --test test/unit/

# Real headless Chromium and firefox-esr with the real extension and host
# (needs both browsers and `npm ci` in extension/, which .ci/run installs).
e2e:
	cd extension && node --test --test-concurrency=1 test/e2e/

# Time to the block page in real Chromium and firefox-esr (issue 24): a
# benchmark, not a test (docs/performance.md). NEHBORO_DIR=<checkout> adds
# the open-source peer Nehboro in its own Chromium profile.
bench-browser: build
	cd extension && node test/bench/bench-block.js

cross:
	@for t in windows/amd64 windows/arm64 darwin/amd64 darwin/arm64 linux/arm64; do \
	  echo "cross-compile $$t"; GOOS=$${t%/*} GOARCH=$${t#*/} $(GO) build -o /dev/null ./host || exit 1; done

# The browser demo: real Chromium, the real extension and host, a few corpus
# pages on 127.0.0.1; screenshots land in demo-out/. Without Chromium it
# judges the corpus on the command line instead.
demo: build
	@if [ -x "$${CHROMIUM:-/usr/bin/chromium}" ]; then \
	  [ -d extension/node_modules ] || (cd extension && npm ci --no-audit --no-fund); \
	  cd extension && node test/demo.js; \
	else \
	  echo "Chromium is not installed (apt-get install chromium): showing the command-line demo."; echo; \
	  $(MAKE) --no-print-directory demo-cli; \
	fi

demo-cli: build
	@echo "AlertGuard $$($(BIN) version)"; echo
	@tail -n +2 $(CORPUS)/cases.tsv | while IFS=$$'\t' read -r file expect url rest; do \
	  printf '%-9s ' "$$expect"; $(BIN) scan --url "$$url" "$(CORPUS)/$$file" | head -n 1; \
	done
	@echo; echo "One page in full:"; $(BIN) scan --url 'https://ms-support-jp.example.work/' $(CORPUS)/scam/ja-ms-support-yosshy/index.html

# Register the host for every browser of the current user (the binary is
# copied to the per-user data folder), then check it.
install: build
	$(BIN) install --browser all
	$(BIN) doctor || true

bench: build
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 20x ./internal/judging/analysis ./host
	$(BIN) bench --runs 20 $(CORPUS)
	$(BIN) bench --startup 20
	$(BIN) bench --scan 3 $(CORPUS)

# The detection model (docs/detection.md): `make train` rewrites the weights
# (embedded in the binary) and the training report from the corpus; `make
# eval` prints grouped cross-validation; `make eval-articles ARTICLES=dir`
# judges every .html under dir and fails on a block or more than 1% warned.
train:
	$(GO) run ./tools/detect train -corpus $(CORPUS)

eval:
	$(GO) run ./tools/detect eval -corpus $(CORPUS)

eval-articles:
	@test -n "$(ARTICLES)" || { echo "usage: make eval-articles ARTICLES=folder-of-html"; exit 2; }
	$(GO) run ./tools/detect articles $(ARTICLES)

# Long fuzz campaigns (not part of `make test`; the seeds run there).
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzRead$$' -fuzztime $(FUZZTIME) ./internal/nativehost/framing
	$(GO) test -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME) ./internal/judging/snapshot
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./internal/judging/page
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./internal/judging/signature
	$(GO) test -run '^$$' -fuzz '^FuzzAnalyze$$' -fuzztime $(FUZZTIME) ./internal/judging/analysis
	$(GO) test -run '^$$' -fuzz '^FuzzServe$$' -fuzztime $(FUZZTIME) ./internal/nativehost
	$(GO) test -run '^$$' -fuzz '^FuzzRun$$' -fuzztime $(FUZZTIME) ./internal/judging/unpack
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./internal/family/config
	$(GO) test -run '^$$' -fuzz '^FuzzVerify$$' -fuzztime $(FUZZTIME) ./internal/family/guardian
	$(GO) test -run '^$$' -fuzz '^FuzzNormalize$$' -fuzztime $(FUZZTIME) ./internal/family/sites
	$(GO) test -run '^$$' -fuzz '^FuzzParseQueue$$' -fuzztime $(FUZZTIME) ./internal/family/alerts
	$(GO) test -run '^$$' -fuzz '^FuzzFind$$' -fuzztime $(FUZZTIME) ./internal/family/session
	$(GO) test -run '^$$' -fuzz '^FuzzFind$$' -fuzztime $(FUZZTIME) ./internal/judging/phones
	$(GO) test -run '^$$' -fuzz '^FuzzNotPhones$$' -fuzztime $(FUZZTIME) ./internal/judging/phones
	$(GO) test -run '^$$' -fuzz '^FuzzScriptText$$' -fuzztime $(FUZZTIME) ./internal/judging/features
	$(GO) test -run '^$$' -fuzz '^FuzzFoldShortcuts$$' -fuzztime $(FUZZTIME) ./internal/judging/textnorm
	$(GO) test -run '^$$' -fuzz '^FuzzAutomaton$$' -fuzztime $(FUZZTIME) ./internal/judging/textnorm
	$(GO) test -run '^$$' -fuzz '^FuzzDialogCalls$$' -fuzztime $(FUZZTIME) ./internal/judging/scriptfacts
	$(GO) test -run '^$$' -fuzz '^FuzzRead$$' -fuzztime $(FUZZTIME) ./internal/judging/savedpage
	$(GO) test -run '^$$' -fuzz '^FuzzPrepare$$' -fuzztime $(FUZZTIME) ./internal/judging/ocr
	$(GO) test -run '^$$' -fuzz '^FuzzRead$$' -fuzztime $(FUZZTIME) ./packaging/internal/cpio
	$(GO) test -run '^$$' -fuzz '^FuzzRead$$' -fuzztime $(FUZZTIME) ./packaging/internal/bom
	$(GO) test -run '^$$' -fuzz '^FuzzRead$$' -fuzztime $(FUZZTIME) ./packaging/internal/xar
	$(GO) test -run '^$$' -fuzz '^FuzzInspect$$' -fuzztime $(FUZZTIME) ./packaging/internal/flatpkg

clean:
	rm -rf bin dist demo-out

include packaging/dist.mk
