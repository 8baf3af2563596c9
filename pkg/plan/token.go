package plan

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/cfplane/cfplane/pkg/keyfile"
)

// PlanKeyEnv may hold the plan-signing key (at least 32 characters); when it
// is unset the key lives in STATE_DIR/plan.key (created on first use, 0600),
// so every replica sharing the state folder signs and verifies alike.
const PlanKeyEnv = "CFPLANE_PLAN_KEY"

// tokenPrefix starts every plan token.
const tokenPrefix = "cfp1."

// Token layout: cfp1.<base64url(id[8] ‖ expiry[8] ‖ digest[16])>.<base64url(hmac[16])>
const (
	idLen     = 8
	digestLen = 16
	macLen    = 16
	payLen    = idLen + 8 + digestLen
)

var b64 = base64.RawURLEncoding.Strict()

// TokenError is a plan token that cannot be used; the message says why and
// what to do.
type TokenError struct{ Msg string }

func (e *TokenError) Error() string { return e.Msg }

func tokenErr(format string, args ...any) error {
	return &TokenError{Msg: fmt.Sprintf(format, args...)}
}

// tokenClaims are what a token carries.
type tokenClaims struct {
	ID      string // 16 hex
	Expires time.Time
	Digest  []byte // first 16 bytes of the plan body's sha256
}

func newPlanID() (string, error) {
	var b [idLen]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	return hex.EncodeToString(b[:]), nil
}

func sign(key []byte, c tokenClaims) (string, error) {
	id, err := hex.DecodeString(c.ID)
	if err != nil || len(id) != idLen {
		return "", fmt.Errorf("plan id %q is not %d hex bytes", c.ID, idLen)
	}
	pay := make([]byte, 0, payLen)
	pay = append(pay, id...)
	pay = binary.BigEndian.AppendUint64(pay, uint64(c.Expires.Unix()))
	pay = append(pay, c.Digest[:digestLen]...)
	m := hmac.New(sha256.New, key)
	m.Write([]byte(tokenPrefix))
	m.Write(pay)
	return tokenPrefix + b64.EncodeToString(pay) + "." + b64.EncodeToString(m.Sum(nil)[:macLen]), nil
}

// parseToken checks a token's shape and signature and returns its claims.
// Expiry is checked by the caller.
func parseToken(key []byte, tok string) (tokenClaims, error) {
	const accepted = "a plan_id exactly as a dns_record_manage, zone_settings_manage, waf_rule_configure or change_rollback plan returned it (cfp1.…)"
	tok = strings.TrimSpace(tok)
	if !strings.HasPrefix(tok, tokenPrefix) {
		return tokenClaims{}, tokenErr("plan_id is not a plan token; accepted: %s", accepted)
	}
	payS, macS, ok := strings.Cut(strings.TrimPrefix(tok, tokenPrefix), ".")
	pay, err1 := b64.DecodeString(payS)
	mac, err2 := b64.DecodeString(macS)
	if !ok || err1 != nil || err2 != nil || len(pay) != payLen || len(mac) != macLen {
		return tokenClaims{}, tokenErr("plan_id is malformed (truncated or altered); accepted: %s", accepted)
	}
	m := hmac.New(sha256.New, key)
	m.Write([]byte(tokenPrefix))
	m.Write(pay)
	if !hmac.Equal(m.Sum(nil)[:macLen], mac) {
		return tokenClaims{}, tokenErr("plan_id failed its signature check: it was altered, or it was issued by a server with another plan-signing key; make a new plan")
	}
	return tokenClaims{
		ID:      hex.EncodeToString(pay[:idLen]),
		Expires: time.Unix(int64(binary.BigEndian.Uint64(pay[idLen:idLen+8])), 0).UTC(),
		Digest:  pay[idLen+8:],
	}, nil
}

// TokenPlanID returns the plan id inside a token without verifying it (for
// messages and the approve command's summary); "" when malformed.
func TokenPlanID(tok string) string {
	payS, _, ok := strings.Cut(strings.TrimPrefix(strings.TrimSpace(tok), tokenPrefix), ".")
	pay, err := b64.DecodeString(payS)
	if !ok || err != nil || len(pay) != payLen {
		return ""
	}
	return hex.EncodeToString(pay[:idLen])
}

// loadPlanKey returns the plan-signing key: $CFPLANE_PLAN_KEY, or
// stateDir/plan.key, created (32 random bytes, hex, 0600) on first use.
func loadPlanKey(stateDir string) ([]byte, error) {
	if v := strings.TrimSpace(os.Getenv(PlanKeyEnv)); v != "" {
		if len(v) < 32 {
			return nil, fmt.Errorf("%s is %d characters; accepted: at least 32 (e.g. 64 hex digits from `openssl rand -hex 32`)", PlanKeyEnv, len(v))
		}
		return []byte(v), nil
	}
	if err := os.MkdirAll(stateDir, 0o700); err != nil {
		return nil, fmt.Errorf("state folder %s: %w", stateDir, err)
	}
	path := filepath.Join(stateDir, "plan.key")
	if b, err := os.ReadFile(path); err == nil {
		return checkKeyFile(path, b)
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("plan-signing key %s: %w", path, err)
	}
	var raw [32]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return nil, err
	}
	// Published whole (pkg/keyfile): when replicas race, exactly one key
	// wins and every one of them reads it.
	if err := keyfile.Publish(path, []byte(hex.EncodeToString(raw[:])+"\n"), 0o600); err != nil && !errors.Is(err, os.ErrExist) {
		return nil, fmt.Errorf("plan-signing key %s: %w", path, err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("plan-signing key %s: %w", path, err)
	}
	return checkKeyFile(path, b)
}

func checkKeyFile(path string, b []byte) ([]byte, error) {
	k := strings.TrimSpace(string(b))
	if len(k) < 32 {
		return nil, fmt.Errorf("plan-signing key %s is %d characters; accepted: at least 32 (delete it to have a new one made)", path, len(k))
	}
	return []byte(k), nil
}
