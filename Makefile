# cfplane — `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

GO       ?= go
BIN      := $(CURDIR)/bin
CLIENTS  := test/clients
NODE_BIN := $(CLIENTS)/node_modules/.bin
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS  := -s -w -X github.com/cfplane/cfplane/pkg/clicore.Version=$(VERSION) -X github.com/cfplane/cfplane/pkg/cfsim.Version=$(VERSION)
BINARIES := cloudflare_safe waf_intelligence oracle_answer cfsim

.PHONY: help
help: ## list the targets
	@awk 'BEGIN{FS=":.*## "} /^[a-z0-9_-]+:.*## /{printf "  %-14s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

.PHONY: build
build: ## build the four binaries into bin/
	@mkdir -p $(BIN)
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN)/ $(addprefix ./cmd/,$(BINARIES))

.PHONY: images
images: ## container image tarballs dist/images/NAME.tar from static binaries (no Docker daemon), then check them
	@mkdir -p dist/bin
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags '$(LDFLAGS)' -o dist/bin/ $(addprefix ./cmd/,$(BINARIES))
	$(GO) run ./scripts/images --bin-dir dist/bin --out dist/images --version '$(VERSION)' $(BINARIES)
	CFPLANE_IMAGES=$(CURDIR)/dist/images CFPLANE_IMAGE_BINARIES='$(BINARIES)' $(GO) test -count=1 -run TestShippedImages -v ./scripts/images

CLIENTS_STAMP := $(CLIENTS)/node_modules/.cfplane-installed

# npm installs the Node 22 build of this machine (linux/darwin × x64/arm64,
# optional dependencies); elsewhere a system Node ≥ 22 is linked in.
$(CLIENTS_STAMP): $(CLIENTS)/package.json $(CLIENTS)/package-lock.json
	cd $(CLIENTS) && npm ci --no-audit --no-fund --loglevel=error
	@if [ ! -x $(NODE_BIN)/node ]; then \
	  v=$$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0); \
	  if [ "$$v" -ge 22 ]; then mkdir -p $(NODE_BIN) && ln -sf "$$(command -v node)" $(NODE_BIN)/node; \
	  else echo "no Node 22 build for $$(uname -s)/$$(uname -m) in test/clients and no system Node >= 22 on PATH: install Node 22 or newer"; exit 1; fi; \
	fi
	@touch $@

.PHONY: clients
clients: $(CLIENTS_STAMP) ## install the pinned MCP test clients (TS SDK, conformance suite, Node 22)

.PHONY: demo
demo: build clients ## the story in a minute: find a WAF gap, plan, approve, apply, roll back, audit, Layer0 (PASS/FAIL)
	./scripts/demo.sh

.PHONY: test
test: vet unit e2e ## what CI runs: vet, unit tests with -race, end-to-end tests with real MCP clients

.PHONY: vet
vet: ## go vet
	$(GO) vet ./...
	$(GO) vet -tags e2e ./test/e2e

# The evaluation-heavy tests (whole benign corpus replays, the differential
# run against the reference evaluator) exercise no concurrency and cost
# minutes under -race: they skip themselves there (pkg/racetest) and run in
# the second pass, without -race.
HEAVY_PKGS = ./pkg/rules ./pkg/wafsynth ./servers/wafintel

.PHONY: unit
unit: ## unit and in-process tests with the race detector; evaluation-heavy tests without it
	$(GO) test -race -count=1 ./...
	$(GO) test -count=1 $(HEAVY_PKGS)
	$(GO) test -count=1 -run '^(TestAnchoringLosesNoMatches|TestSpacedLiteralsAnswerAsTheExpression)$$' ./pkg/layer0

.PHONY: e2e
e2e: build clients ## end-to-end: binaries over stdio and HTTP with the TS SDK client, conformance suite, canary check
	CGO_ENABLED=0 CFPLANE_E2E=1 CFPLANE_BIN=$(BIN) $(GO) test -count=1 -tags e2e -v -run . ./test/e2e

.PHONY: bench
bench: build ## every benchmark (start-up side by side with a minimal mcp-go server, start-up to tools/list, redaction, simulator, rules, Layer0, plans…) as a table
	CGO_ENABLED=0 CFPLANE_BIN=$(BIN) $(GO) test -run '^TestBinariesAreStatic$$' -bench . -benchmem -count=1 ./... 2>&1 | tee bench.out | ./scripts/benchtable.sh

.PHONY: snapshots
snapshots: ## rewrite the tool schema snapshots after an intended change
	UPDATE_TOOLSNAPS=true $(GO) test ./servers/...

.PHONY: docs
docs: ## regenerate the README tool tables from the registry
	UPDATE_README=true $(GO) test -run TestReadmeToolTables ./test/docs

.PHONY: layer0-eval
layer0-eval: ## Layer0 leave-one-source-out table on the development datasets (test/layer0eval -data), then the operator sets, the operator model's leave-one-round-out table and the injection model's leave-one-origin-out table
	$(GO) run ./test/layer0eval
	$(GO) run ./test/layer0eval -operator-only -operator pkg/layer0/testdata/operator-effects.jsonl
	$(GO) run ./test/layer0optrain -out ''
	$(GO) run ./test/layer0itrain -out ''

.PHONY: layer0-train
layer0-train: ## retrain Layer0's learned components: the model of the development datasets (test/layer0train -data) into pkg/layer0/model.bin, the operator model of pkg/layer0/testdata into pkg/layer0/opmodel.bin, the injection model of both into pkg/layer0/injmodel.bin
	$(GO) run ./test/layer0train -out pkg/layer0/model.bin
	$(GO) run ./test/layer0optrain -out pkg/layer0/opmodel.bin
	$(GO) run ./test/layer0itrain -out pkg/layer0/injmodel.bin

.PHONY: lint
lint: ## gofmt check and go vet
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) vet -tags e2e ./test/e2e

.PHONY: clean
.PHONY: tofu-validate
tofu-validate: ## opt-in: export the sandbox zones and run a real validate on them (TF=tofu|terraform, CFPLANE_TF_PROVIDER_DIR)
	scripts/tofu-validate.sh

.PHONY: tf-plan-fixtures
tf-plan-fixtures: ## opt-in: regenerate the invariant gate's plan fixtures with a real plan against cfsim (TF=terraform|tofu, CFPLANE_TF_PROVIDER_DIR, jq)
	scripts/tf-plan-fixtures.sh

ACTIONLINT := github.com/rhysd/actionlint/cmd/actionlint@v1.7.12

.PHONY: actionlint
actionlint: ## opt-in: actionlint (pinned, fetched by go run) on the workflows, then the action's and scripts' shell through shellcheck and the publish tests
	$(GO) run $(ACTIONLINT) -color=false
	$(GO) test -count=1 ./test/action

clean: ## remove build output
	rm -rf $(BIN) bench.out

.PHONY: waf-diff
waf-diff: ## compare the compiled attack-class rules with the reference evaluator on every benign and CRS request
	CFPLANE_FULL_DIFF=1 $(GO) test -count=1 -run 'TestCompileMatchesReference' -v ./pkg/rules

.PHONY: waf-eval
waf-eval: ## measure the synthesised attack-class rules on OWASP CRS regression tests and benign requests
	$(GO) run ./test/wafeval
