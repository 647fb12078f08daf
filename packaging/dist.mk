# Release packages (docs/release.md). Included by the Makefile.
#   make dist       every release artifact into dist/release/ with SHA256SUMS
#   make dist-test  the proof: checksums, reproducible binaries, the .deb
#                   installed and used by real Chromium and Firefox, which
#                   offers the extension by itself, then removed; the .rpm's
#                   file list; the .msi's tables; the .pkg unpacked
#   make dist-golden  rewrite the .msi golden dumps after a deliberate change
#   make store-screenshots  the store listings' pictures (packaging/store)
# dist/ itself holds the extension build (make extension), so the release
# goes to dist/release/; dist/stage/ is scratch.
REL      := dist/release
STAGE    := dist/stage
VERSION  := $(shell packaging/version.sh)
SOURCE_DATE_EPOCH := $(shell git log -1 --format=%ct)
export SOURCE_DATE_EPOCH
# nfpm builds the .deb and .rpm. Pinned; later versions need modules the
# proxy here does not serve.
NFPM_VERSION := v2.45.0
NFPM     := bin/nfpm-$(NFPM_VERSION)
REL_LDFLAGS := -s -w -buildid= -X main.Version=$(VERSION)
# The platforms we ship binaries for.
DIST_PLATFORMS := linux/amd64 linux/arm64 windows/amd64 windows/arm64 darwin/amd64 darwin/arm64
REL_BIN  = $(STAGE)/bin/$(1)-$(2)/alertguard$(if $(filter windows,$(1)),.exe)

.PHONY: dist dist-bins dist-linux dist-windows dist-macos dist-extension dist-sums dist-test dist-golden dist-clean store-screenshots

dist: dist-bins dist-linux dist-windows dist-macos dist-extension dist-sums
	@echo "AlertGuard $(VERSION): dist/release/"; cd $(REL) && ls -l

# Reproducible: -trimpath, no build id, no VCS stamp, no cgo; the version
# comes from packaging/version.sh (git describe).
dist-bins:
	@rm -rf $(STAGE)/bin $(REL) && mkdir -p $(REL)
	@for t in $(DIST_PLATFORMS); do \
	  os=$${t%/*}; arch=$${t#*/}; out=$(STAGE)/bin/$$os-$$arch/alertguard; [ $$os = windows ] && out=$$out.exe; \
	  echo "go build $$os/$$arch"; \
	  CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch $(GO) build -trimpath -buildvcs=false -ldflags '$(REL_LDFLAGS)' -o $$out ./host || exit 1; \
	done

$(NFPM):
	@mkdir -p bin
	GOBIN=$(CURDIR)/bin/nfpm.tmp $(GO) install github.com/goreleaser/nfpm/v2/cmd/nfpm@$(NFPM_VERSION)
	mv bin/nfpm.tmp/nfpm $@ && rmdir bin/nfpm.tmp

# .deb and .rpm: /usr/bin/alertguard, the system-wide manifests of every
# browser (the folder list comes from internal/install), the docs and
# policy templates; no maintainer scripts.
dist-linux: $(NFPM)
	@mkdir -p $(REL)
	@for arch in amd64 arm64; do \
	  s=$(STAGE)/linux-$$arch; rm -rf $$s; \
	  $(GO) run ./packaging/cmd/stage linux -bin $(call REL_BIN,linux,$$arch) -version '$(VERSION)' -arch $$arch -out $$s || exit 1; \
	  $(NFPM) package -f $$s/nfpm.yaml -p deb -t $(REL)/alertguard_$(VERSION)_$$arch.deb || exit 1; \
	  $(NFPM) package -f $$s/nfpm.yaml -p rpm -t $(REL)/alertguard-$(VERSION).$$([ $$arch = amd64 ] && echo x86_64 || echo aarch64).rpm || exit 1; \
	done

# .msi with wixl (msitools): per-user (default, no administrator) and
# per-machine ("allusers"), x64. wixl cannot target arm64: Windows on Arm
# gets a .zip with the native arm64 program and `alertguard install`
# (docs/release.md).
dist-windows:
	@mkdir -p $(REL)
	@command -v wixl >/dev/null || { echo "wixl is missing: apt-get install wixl msitools"; exit 1; }
	@for scope in user machine; do \
	  s=$(STAGE)/windows-amd64-$$scope; rm -rf $$s; \
	  $(GO) run ./packaging/cmd/stage windows -exe $(call REL_BIN,windows,amd64) -version '$(VERSION)' -arch amd64 -scope $$scope -out $$s || exit 1; \
	  name=alertguard-$(VERSION)-windows-x64$$([ $$scope = machine ] && echo -allusers).msi; \
	  (cd $$s && wixl -a x64 -o $(CURDIR)/$(REL)/$$name alertguard.wxs) || exit 1; \
	done
	@s=$(STAGE)/windows-arm64; rm -rf $$s; mkdir -p $$s/alertguard/policies; \
	  cp $(call REL_BIN,windows,arm64) $$s/alertguard/; cp manifest-templates/policies/* $$s/alertguard/policies/; \
	  cp packaging/windows/README-arm64.txt $$s/alertguard/README.txt; \
	  packaging/zip.sh $(CURDIR)/$(REL)/alertguard-$(VERSION)-windows-arm64.zip $$s alertguard

# macOS: one universal (x86_64 + arm64) program, in a double-click
# AlertGuard-VERSION.pkg (written here by packaging/internal/flatpkg) and,
# for the terminal way, in a zip (docs/release.md).
# MACOS_INSTALLER_IDENTITY="Developer ID Installer: NAME (TEAMID)" signs
# the .pkg with productsign (on a Mac); RCODESIGN_P12 (a .p12 holding that
# certificate) with RCODESIGN_P12_PASSWORD_FILE signs it with rcodesign
# (any OS). Unset: unsigned.
MACOS_INSTALLER_IDENTITY ?=
RCODESIGN_P12 ?=
RCODESIGN_P12_PASSWORD_FILE ?=
MAC_PKG = $(REL)/AlertGuard-$(VERSION).pkg
dist-macos:
	@mkdir -p $(REL)
	@s=$(STAGE)/macos; rm -rf $$s; mkdir -p $$s/alertguard/policies; \
	  $(GO) run ./packaging/cmd/lipo -output $$s/alertguard/alertguard $(call REL_BIN,darwin,amd64) $(call REL_BIN,darwin,arm64) && \
	  $(GO) run ./packaging/cmd/lipo -verify $$s/alertguard/alertguard x86_64 arm64 && \
	  cp manifest-templates/policies/* $$s/alertguard/policies/ && cp packaging/macos/INSTALL.txt $$s/alertguard/ && \
	  packaging/zip.sh $(CURDIR)/$(REL)/alertguard-$(VERSION)-macos-universal.zip $$s alertguard && \
	  $(GO) run ./packaging/cmd/stage macos -bin $$s/alertguard/alertguard -version '$(VERSION)' -out $$s/pkg -pkg $(MAC_PKG)
	@if [ -n "$(MACOS_INSTALLER_IDENTITY)" ]; then \
	  echo "productsign: $(MACOS_INSTALLER_IDENTITY)"; \
	  productsign --sign "$(MACOS_INSTALLER_IDENTITY)" --timestamp $(MAC_PKG) $(MAC_PKG).signed && mv $(MAC_PKG).signed $(MAC_PKG); \
	elif [ -n "$(RCODESIGN_P12)" ]; then \
	  echo "rcodesign: $(RCODESIGN_P12)"; \
	  rcodesign sign --p12-file "$(RCODESIGN_P12)" --p12-password-file "$(RCODESIGN_P12_PASSWORD_FILE)" $(MAC_PKG) $(MAC_PKG).signed && mv $(MAC_PKG).signed $(MAC_PKG); \
	else echo "$(MAC_PKG): unsigned (docs/release.md: MACOS_INSTALLER_IDENTITY or RCODESIGN_P12)"; fi

# The store packages from `make extension`, checked with web-ext lint
# (extension/node_modules, from npm ci) before they are copied.
dist-extension: extension
	node packaging/check-extension.js dist/alertguard-chromium.zip dist/alertguard-firefox.xpi
	cp dist/alertguard-chromium.zip dist/alertguard-firefox.xpi $(REL)/

dist-sums:
	cd $(REL) && rm -f SHA256SUMS && sha256sum $$(ls | LC_ALL=C sort) > SHA256SUMS.tmp && mv SHA256SUMS.tmp SHA256SUMS

dist-test: dist
	packaging/dist-test.sh '$(VERSION)'

dist-golden:
	$(GO) run ./packaging/cmd/msicheck -scope user -update -golden packaging/testdata/msi-user.golden $(REL)/alertguard-$(VERSION)-windows-x64.msi
	$(GO) run ./packaging/cmd/msicheck -scope machine -update -golden packaging/testdata/msi-machine.golden $(REL)/alertguard-$(VERSION)-windows-x64-allusers.msi

dist-clean:
	rm -rf $(REL) $(STAGE)

# The store listings' pictures (packaging/store/README.md): the real
# extension and host in headless Chromium, 1280x800, ja and en.
store-screenshots: build
	[ -d extension/node_modules ] || (cd extension && npm ci --no-audit --no-fund)
	cd extension && node ../packaging/store/screenshots.js
