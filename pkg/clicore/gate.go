package clicore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/rs/zerolog"

	"github.com/cfplane/cfplane/pkg/keyfile"
	"github.com/cfplane/cfplane/pkg/layer0"
	"github.com/cfplane/cfplane/pkg/mcpkit"
)

// Layer0 gate modes (config layer0.mode for mutating calls, layer0.read_mode
// for reads).
const (
	GateOff     = "off"
	GateShadow  = "shadow"
	GateEnforce = "enforce"
)

// Layer0Gate runs the Layer0 classifier on every tool call before it
// executes. Whether a call mutates comes from Layer0's own catalogue of
// cfplane's tools and actions, never from annotations: an unknown tool or
// action counts as mutating. In enforce mode a block verdict refuses the
// call and a review verdict marks the plan it makes as needing approval; in
// shadow mode the verdict is only logged and its receipt recorded.
type Layer0Gate struct {
	MutatingMode string
	ReadMode     string
	Log          zerolog.Logger
	classifier   func() (*layer0.Classifier, error)
	// built closes when the classifier's build has finished (built or
	// failed): until then a read in shadow mode is classified after it
	// runs instead of waiting.
	built    chan struct{}
	warmOnce sync.Once
	warmed   <-chan struct{}
	// deferred counts the classifications run after their call (tests).
	deferred sync.WaitGroup
	// Quiet, when set, holds a classification deferred past its call until
	// the server is idle, so that building the classifier does not compete
	// with the call (or the ones right after it).
	Quiet *mcpkit.Quiet
}

// NewLayer0Gate builds a gate whose classifier compiles on the first call,
// or in the background once Warm is called (start-up stays fast).
func NewLayer0Gate(mutatingMode, readMode, policyPath string, receiptKey []byte, log zerolog.Logger) *Layer0Gate {
	g := &Layer0Gate{
		MutatingMode: mutatingMode,
		ReadMode:     readMode,
		Log:          log,
		built:        make(chan struct{}),
	}
	g.classifier = sync.OnceValues(func() (*layer0.Classifier, error) {
		defer close(g.built)
		return BuildLayer0(layer0.Options{PolicyPath: policyPath, ReceiptKey: receiptKey})
	})
	return g
}

// Warm builds the classifier in the background (once); the channel closes
// when it is built or has failed. Servers call it at start so that the first
// tool call does not pay for the build.
func (g *Layer0Gate) Warm() <-chan struct{} {
	g.warmOnce.Do(func() { g.warmed = WarmClassifier(g.classifier) })
	return g.warmed
}

// WarmClassifier calls get in the background, then warms the classifier
// (layer0's Warm: a first classification pages in its code and weights) and
// hands the memory the build left as garbage back to the operating system;
// the channel closes when all that is done. A tool call waiting for the
// classifier waits for the build only: the rest happens once it is
// available.
func WarmClassifier(get func() (*layer0.Classifier, error)) <-chan struct{} {
	done := make(chan struct{})
	go func() {
		defer close(done)
		c, err := get()
		if err != nil || c == nil {
			return
		}
		c.Warm()
		// The build allocates about 1.1 MB of which about 0.6 MB stays;
		// without this the process keeps the rest until the heap grows
		// into it.
		debug.FreeOSMemory()
	}()
	return done
}

// Check implements mcpkit.Gate.
//
// A read in shadow mode never waits for the classifier's build: while it is
// still being built (the first calls after start), the read runs at once and
// is classified after, in the background, its verdict logged as for any
// other call (with layer0_after). Shadow verdicts decide nothing, so only
// the receipt id is missing from such a call's decision. Once the
// classifier is built every call is classified before it runs, as before.
func (g *Layer0Gate) Check(_ context.Context, call mcpkit.GateCall) (mcpkit.GateDecision, error) {
	mutating, known := layer0.IsMutating(call.Tool, call.Arguments)
	mode := g.ReadMode
	if mutating || !known {
		mode = g.MutatingMode
	}
	if mode == GateOff {
		return mcpkit.GateDecision{}, nil
	}
	if mode == GateShadow && !mutating && known {
		select {
		case <-g.built:
		default:
			call.Arguments = copyJSON(call.Arguments)
			g.deferred.Add(1)
			go func() {
				defer g.deferred.Done()
				g.Quiet.Wait()
				if _, err := g.classify(mode, call, true); err != nil {
					g.Log.Error().Err(err).Str("tool", call.Tool).Str("layer0_mode", mode).Bool("layer0_after", true).Msg("layer0 could not classify the call")
				}
			}()
			return mcpkit.GateDecision{}, nil
		}
	}
	return g.classify(mode, call, false)
}

// classify runs the classifier on call, logs the verdict and returns the
// decision for mode. after marks a classification made after the call ran.
func (g *Layer0Gate) classify(mode string, call mcpkit.GateCall, after bool) (mcpkit.GateDecision, error) {
	c, err := g.classifier()
	if err != nil {
		layer0Anomaly("policy")
		return mcpkit.GateDecision{}, fmt.Errorf("the Layer0 policy does not compile: %w", err)
	}
	v, err := c.ClassifyToolCall(call.Tool, call.Arguments)
	if err != nil {
		if errors.Is(err, layer0.ErrTooLarge) {
			layer0Anomaly("too_large")
		} else {
			layer0Anomaly("error")
		}
		if mode == GateShadow {
			g.Log.Warn().Str("tool", call.Tool).Str("layer0_mode", mode).Msg("layer0 could not classify the call; shadow mode lets it through")
			return mcpkit.GateDecision{}, nil
		}
		if errors.Is(err, layer0.ErrTooLarge) {
			return mcpkit.GateDecision{}, fmt.Errorf("the arguments are larger than %d bytes", layer0.MaxInputBytes)
		}
		return mcpkit.GateDecision{}, err
	}
	rules := make([]string, 0, len(v.Evidence))
	for _, e := range v.Evidence {
		rules = append(rules, e.Rule)
	}
	if Hooks.Layer0Verdict != nil {
		Hooks.Layer0Verdict(v.Class, v.Verdict, mode)
	}
	ev := g.Log.Info()
	if v.Verdict != "allow" {
		ev = g.Log.Warn()
	}
	if after {
		ev = ev.Bool("layer0_after", true)
	}
	ev.Str("tool", call.Tool).Str("layer0_mode", mode).Str("verdict", v.Verdict).Int("score", v.Score).
		Strs("rules", rules).Str("receipt_id", v.ReceiptID).Msg("layer0")
	d := mcpkit.GateDecision{ReceiptID: v.ReceiptID, Rules: rules}
	if mode != GateEnforce {
		return d, nil
	}
	switch v.Verdict {
	case "block":
		d.Block = true
		d.Reason = fmt.Sprintf("verdict %s (%s, score %d, categories %s)", v.Verdict, v.Class, v.Score, strings.Join(v.Categories, ", "))
	case "review":
		d.Review = true
		d.Reason = fmt.Sprintf("score %d, categories %s", v.Score, strings.Join(v.Categories, ", "))
	}
	return d, nil
}

// copyJSON copies decoded JSON arguments deeply, so that a classification
// running after its call reads what the client sent whatever the handler
// did with them.
func copyJSON(m map[string]any) map[string]any {
	if m == nil {
		return nil
	}
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = copyJSONValue(v)
	}
	return out
}

func copyJSONValue(v any) any {
	switch x := v.(type) {
	case map[string]any:
		return copyJSON(x)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = copyJSONValue(e)
		}
		return out
	default:
		return v
	}
}

// BuildLayer0 builds a classifier (once per process: callers keep it).
// Built in the background (WarmClassifier), its garbage is handed back to
// the operating system after it is ready, not before: a first tool call
// waiting for it does not wait for a forced collection too.
func BuildLayer0(opts layer0.Options) (*layer0.Classifier, error) {
	return layer0.New(opts)
}

func layer0Anomaly(kind string) {
	if Hooks.Layer0Anomaly != nil {
		Hooks.Layer0Anomaly(kind)
	}
}

// ReceiptKeyFile is where a server keeps its Layer0 receipt key inside the
// state directory when CFPLANE_LAYER0_RECEIPT_KEY is not set. Replicas that
// share the state directory share the key, so their receipts verify
// everywhere.
const ReceiptKeyFile = "keys/layer0-receipt.key"

// LoadReceiptKey returns the receipt key: from the environment (hex), else
// from the state directory (created 0600 on first use), else — when the
// state directory is not writable — a random key for this process only.
func LoadReceiptKey(stateDir string) ([]byte, error) {
	if h := strings.TrimSpace(os.Getenv(layer0.ReceiptKeyEnv)); h != "" {
		k, err := hex.DecodeString(h)
		if err != nil || len(k) < 16 {
			return nil, fmt.Errorf("%s must be at least 32 hex digits (16 bytes)", layer0.ReceiptKeyEnv)
		}
		return k, nil
	}
	if stateDir != "" {
		path := filepath.Join(stateDir, ReceiptKeyFile)
		if b, err := os.ReadFile(path); err == nil {
			k, err := hex.DecodeString(strings.TrimSpace(string(b)))
			if err != nil || len(k) < 16 {
				return nil, fmt.Errorf("%s is not a hex key of at least 16 bytes; delete it to have a new one made", path)
			}
			return k, nil
		}
		k := make([]byte, 32)
		if _, err := rand.Read(k); err != nil {
			return nil, err
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err == nil {
			// The key is written whole to a file of its own and linked into
			// place, so servers starting together on one state directory
			// never read a key half written: the first link wins and the
			// others read its key.
			if err := keyfile.Publish(path, []byte(hex.EncodeToString(k)+"\n"), 0o600); err == nil {
				return k, nil
			} else if errors.Is(err, os.ErrExist) {
				return LoadReceiptKey(stateDir)
			}
		}
	}
	k := make([]byte, 32)
	if _, err := rand.Read(k); err != nil {
		return nil, fmt.Errorf("cannot make a receipt key: %w", err)
	}
	return k, nil
}
