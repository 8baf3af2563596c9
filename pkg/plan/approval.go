package plan

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/cfplane/cfplane/pkg/config"
)

// ErrNoApprovalKey means no approval key is configured.
var ErrNoApprovalKey = errors.New("no approval key is configured")

// MinApprovalKeyLen is the shortest approval key accepted.
const MinApprovalKeyLen = 16

// ApprovalKey reads the approval key named by the configuration: the file
// approval.key_file, else the environment variable approval.key_env. The key
// is a secret of the person approving; the server only verifies codes.
func ApprovalKey(cfg *config.Config) ([]byte, error) {
	var k, from string
	switch {
	case cfg.Approval.KeyFile != "":
		b, err := os.ReadFile(cfg.Approval.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("approval key file %s cannot be read: %w", cfg.Approval.KeyFile, errors.Unwrap(err))
		}
		k, from = strings.TrimSpace(string(b)), "approval key file "+cfg.Approval.KeyFile
	case cfg.Approval.KeyEnv != "":
		k, from = strings.TrimSpace(os.Getenv(cfg.Approval.KeyEnv)), "$"+cfg.Approval.KeyEnv
	}
	if k == "" {
		return nil, ErrNoApprovalKey
	}
	if len(k) < MinApprovalKeyLen {
		return nil, fmt.Errorf("the %s holds %d characters; accepted: at least %d", from, len(k), MinApprovalKeyLen)
	}
	return []byte(k), nil
}

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

// ApprovalCode is the code a person holding key gives for the plan whose
// body digest is digest, naming the protected-object overrides. It is bound
// to that one plan: any other plan, or other overrides, need another code.
func ApprovalCode(key []byte, digest string, overrides []string) string {
	o := append([]string(nil), overrides...)
	sort.Strings(o)
	m := hmac.New(sha256.New, key)
	m.Write([]byte("cfplane-approval-v1\n" + digest + "\n" + strings.Join(o, "\n")))
	s := b32.EncodeToString(m.Sum(nil)[:10])
	return "AP-" + s[0:4] + "-" + s[4:8] + "-" + s[8:12] + "-" + s[12:16]
}

// ApprovalID is a short non-secret id of an approval code, for the audit log.
func ApprovalID(code string) string {
	return digestOf([]byte(normCode(code)))[:16]
}

func normCode(c string) string {
	c = strings.ToUpper(strings.TrimSpace(c))
	c = strings.NewReplacer("-", "", " ", "").Replace(c)
	return strings.TrimPrefix(c, "AP")
}

func checkApproval(key []byte, digest string, overrides []string, code string) bool {
	want := normCode(ApprovalCode(key, digest, overrides))
	return hmac.Equal([]byte(want), []byte(normCode(code)))
}
