package plan

// Approvals are SSH signatures (the SSHSIG format of `ssh-keygen -Y sign`)
// made by a person over a canonical statement that names plan digests,
// protected-object overrides and an expiry. The server holds only public
// keys — the allowed-signers file of the configuration, in the format git
// uses for SSH signing — so nothing the server can read (its configuration,
// its state folder, its environment) can produce an approval it accepts.
//
// The SSHSIG blob framing and armor come from github.com/hiddeco/sshsig
// (the library Flux uses for the same format); keys and signature checks
// are golang.org/x/crypto/ssh, which also enforces the user-presence flag of
// FIDO (sk-ssh-ed25519) signatures.

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/hiddeco/sshsig"
	"golang.org/x/crypto/ssh"

	"github.com/cfplane/cfplane/pkg/config"
)

// ApprovalNamespace is the SSHSIG namespace of approvals: a signature made
// for git, file signing or any other purpose never counts as an approval.
const ApprovalNamespace = "cfplane-approval"

// statementHeader starts every approval statement.
const statementHeader = "cfplane-approval v1"

// MaxApprovalBytes caps the approval text change_apply accepts.
const MaxApprovalBytes = 64 << 10

// MaxApprovalTTL is the longest expiry a statement may name.
const MaxApprovalTTL = 24 * time.Hour

// StatementPlan is one plan a statement approves.
type StatementPlan struct {
	ID     string // 16 hex
	Digest string // 64 hex: sha256 of the stored plan body
	// Overrides are the protected-object patterns approved for this plan.
	Overrides []string
}

// Statement is what a person signs: one or more plans (batch approval) and
// an expiry.
type Statement struct {
	Expires time.Time
	Plans   []StatementPlan
}

// Canonical is the exact text signed: a header line, the expiry, then for
// each plan (sorted by id) its digest line followed by its override lines
// (sorted). Every line ends with "\n".
func (s Statement) Canonical() []byte {
	var b bytes.Buffer
	b.WriteString(statementHeader + "\n")
	b.WriteString("expires " + s.Expires.UTC().Format(time.RFC3339) + "\n")
	ps := append([]StatementPlan(nil), s.Plans...)
	sort.Slice(ps, func(i, j int) bool { return ps[i].ID < ps[j].ID })
	for _, p := range ps {
		b.WriteString("plan " + p.ID + " sha256:" + p.Digest + "\n")
		o := append([]string(nil), p.Overrides...)
		sort.Strings(o)
		for _, x := range o {
			b.WriteString("override " + p.ID + " " + x + "\n")
		}
	}
	return b.Bytes()
}

func isLowerHexN(s string, n int) bool {
	if len(s) != n {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil && strings.ToLower(s) == s
}

// ParseStatement reads a statement (lines may carry surrounding blanks and
// CR, as pasting adds them) and checks it is in canonical form.
func ParseStatement(lines []string) (Statement, error) {
	var s Statement
	if len(lines) < 3 || lines[0] != statementHeader {
		return s, errors.New("an approval statement starts with the line \"" + statementHeader + "\", then \"expires TIME\" and \"plan ID sha256:DIGEST\" lines")
	}
	exp, ok := strings.CutPrefix(lines[1], "expires ")
	t, err := time.Parse(time.RFC3339, exp)
	if !ok || err != nil {
		return s, fmt.Errorf("statement line 2 %s is not \"expires YYYY-MM-DDTHH:MM:SSZ\"", strconv.Quote(lines[1]))
	}
	s.Expires = t.UTC()
	byID := map[string]int{}
	for i, l := range lines[2:] {
		kw, rest, _ := strings.Cut(l, " ")
		switch kw {
		case "plan":
			id, dg, _ := strings.Cut(rest, " ")
			dg, ok := strings.CutPrefix(dg, "sha256:")
			if !ok || !isLowerHexN(id, 2*idLen) || !isLowerHexN(dg, 64) {
				return s, fmt.Errorf("statement line %d %s is not \"plan ID sha256:DIGEST\" (16 and 64 lower-case hex digits)", i+3, strconv.Quote(l))
			}
			if _, dup := byID[id]; dup {
				return s, fmt.Errorf("statement names plan %s twice", id)
			}
			byID[id] = len(s.Plans)
			s.Plans = append(s.Plans, StatementPlan{ID: id, Digest: dg})
		case "override":
			id, pat, _ := strings.Cut(rest, " ")
			k, ok := byID[id]
			if !ok || pat == "" {
				return s, fmt.Errorf("statement line %d %s is not \"override ID PATTERN\" after the line of plan ID", i+3, strconv.Quote(l))
			}
			s.Plans[k].Overrides = append(s.Plans[k].Overrides, pat)
		default:
			return s, fmt.Errorf("statement line %d %s: accepted lines are \"plan ID sha256:DIGEST\" and \"override ID PATTERN\"", i+3, strconv.Quote(l))
		}
	}
	if len(s.Plans) == 0 {
		return s, errors.New("the statement names no plan")
	}
	if got := strings.Join(lines, "\n") + "\n"; got != string(s.Canonical()) {
		return s, errors.New("the statement is not in canonical form (plans sorted by id, each followed by its overrides, sorted); sign the text `cloudflare_safe approve --statement` prints, unchanged")
	}
	return s, nil
}

// SignedStatement is a statement with the signatures found after it.
type SignedStatement struct {
	Statement  Statement
	Signatures []*sshsig.Signature
}

// ParseApproval reads approval text: one or more statements, each followed
// by one or more armored SSH signatures ("-----BEGIN SSH SIGNATURE-----"),
// as `cloudflare_safe approve` prints them or as a person assembles them
// from `ssh-keygen -Y sign` output.
func ParseApproval(text string) ([]SignedStatement, error) {
	if len(text) > MaxApprovalBytes {
		return nil, fmt.Errorf("the approval is %d bytes; accepted: at most %d", len(text), MaxApprovalBytes)
	}
	var out []SignedStatement
	var stmt []string
	var armor []string
	inSig := false
	flush := func() error {
		if len(stmt) == 0 {
			return nil
		}
		s, err := ParseStatement(stmt)
		if err != nil {
			return err
		}
		out = append(out, SignedStatement{Statement: s})
		stmt = nil
		return nil
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 4096), MaxApprovalBytes)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		switch {
		case inSig:
			armor = append(armor, l)
			if l == "-----END SSH SIGNATURE-----" {
				inSig = false
				sig, err := sshsig.Unarmor([]byte(strings.Join(armor, "\n") + "\n"))
				if err != nil {
					return nil, fmt.Errorf("an SSH signature block is unreadable: %v", err)
				}
				out[len(out)-1].Signatures = append(out[len(out)-1].Signatures, sig)
				armor = nil
			}
		case l == "-----BEGIN SSH SIGNATURE-----":
			if err := flush(); err != nil {
				return nil, err
			}
			if len(out) == 0 {
				return nil, errors.New("an SSH signature comes before any statement; accepted: the statement text, then its signature(s)")
			}
			inSig, armor = true, []string{l}
		case l == "":
		default:
			if len(stmt) == 0 && len(out) > 0 && len(out[len(out)-1].Signatures) == 0 {
				return nil, errors.New("a statement has no signature after it")
			}
			stmt = append(stmt, l)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if inSig {
		return nil, errors.New("an SSH signature block has no \"-----END SSH SIGNATURE-----\" line")
	}
	if len(stmt) > 0 {
		if strings.HasPrefix(strings.ToUpper(stmt[0]), "AP-") {
			return nil, errors.New("this is an approval code of the old shared-key scheme; approvals are now SSH signatures: a person runs `cloudflare_safe approve PLAN` with their SSH key")
		}
		if _, err := ParseStatement(stmt); err != nil {
			return nil, err
		}
		return nil, errors.New("the last statement has no signature after it; accepted: the statement, then the -----BEGIN SSH SIGNATURE----- block(s)")
	}
	if len(out) == 0 {
		return nil, errors.New("no approval statement found; accepted: the text `cloudflare_safe approve` printed")
	}
	return out, nil
}

// ArmorSignature armors a signature with short lines, so no run of it looks
// like a credential to the output redactor and a terminal copy keeps it whole.
func ArmorSignature(sig *sshsig.Signature) string {
	var body strings.Builder
	for _, l := range strings.Split(strings.TrimSpace(string(sshsig.Armor(sig))), "\n") {
		if !strings.HasPrefix(l, "-----") {
			body.WriteString(strings.TrimSpace(l))
		}
	}
	b64 := body.String()
	var b strings.Builder
	b.WriteString("-----BEGIN SSH SIGNATURE-----\n")
	for len(b64) > 36 {
		b.WriteString(b64[:36] + "\n")
		b64 = b64[36:]
	}
	if b64 != "" {
		b.WriteString(b64 + "\n")
	}
	b.WriteString("-----END SSH SIGNATURE-----\n")
	return b.String()
}

// SignStatement signs the canonical statement with signer.
func SignStatement(s Statement, signer ssh.Signer) (*sshsig.Signature, error) {
	return sshsig.Sign(bytes.NewReader(s.Canonical()), signer, sshsig.HashSHA512, ApprovalNamespace)
}

// FormatApproval is the approval text: the statement, then the signatures.
func FormatApproval(s Statement, sigs ...*sshsig.Signature) string {
	var b strings.Builder
	b.Write(s.Canonical())
	for _, sig := range sigs {
		b.WriteString(ArmorSignature(sig))
	}
	return b.String()
}

// ---- allowed signers ----

// AllowedSigner is one line of the allowed-signers file.
type AllowedSigner struct {
	Principal   string // the first principal of the line
	Key         ssh.PublicKey
	Namespaces  []string // empty: any
	ValidAfter  time.Time
	ValidBefore time.Time
	Line        int
}

// ParseAllowedSigners reads git's allowed-signers format: "PRINCIPALS
// [OPTIONS] KEYTYPE BASE64 [COMMENT]" per line, '#' comments. Options
// namespaces="…", valid-after="…", valid-before="…" are honoured;
// cert-authority is refused (certificates are not supported).
func ParseAllowedSigners(name string, b []byte) ([]AllowedSigner, error) {
	var out []AllowedSigner
	for i, raw := range strings.Split(string(b), "\n") {
		l := strings.TrimSpace(raw)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		where := fmt.Sprintf("%s:%d", name, i+1)
		var princ, rest string
		if strings.HasPrefix(l, "\"") {
			end := strings.Index(l[1:], "\"")
			if end < 0 {
				return nil, fmt.Errorf("%s: unterminated quoted principals", where)
			}
			princ, rest = l[1:end+1], l[end+2:]
		} else {
			princ, rest, _ = strings.Cut(l, " ")
		}
		princ = strings.TrimSpace(strings.Split(princ, ",")[0])
		if princ == "" {
			return nil, fmt.Errorf("%s: no principal; accepted: \"PRINCIPAL [OPTIONS] KEYTYPE KEY\" (git's allowed-signers format)", where)
		}
		key, _, opts, _, err := ssh.ParseAuthorizedKey([]byte(strings.TrimSpace(rest)))
		if err != nil {
			return nil, fmt.Errorf("%s: no public key after the principal %s (%v); accepted: \"PRINCIPAL [OPTIONS] KEYTYPE KEY\" (git's allowed-signers format)", where, strconv.Quote(princ), err)
		}
		as := AllowedSigner{Principal: princ, Key: key, Line: i + 1}
		for _, o := range opts {
			k, v, _ := strings.Cut(o, "=")
			v = strings.Trim(v, "\"")
			switch strings.ToLower(k) {
			case "namespaces":
				for _, n := range strings.Split(v, ",") {
					as.Namespaces = append(as.Namespaces, strings.TrimSpace(n))
				}
			case "valid-after", "valid-before":
				t, err := parseSSHTime(v)
				if err != nil {
					return nil, fmt.Errorf("%s: %s=%q: %v", where, k, v, err)
				}
				if strings.ToLower(k) == "valid-after" {
					as.ValidAfter = t
				} else {
					as.ValidBefore = t
				}
			case "cert-authority":
				return nil, fmt.Errorf("%s: cert-authority lines are not supported; list each person's public key", where)
			}
		}
		out = append(out, as)
	}
	return out, nil
}

// parseSSHTime reads ssh-keygen's YYYYMMDD[HHMM[SS]][Z] times (UTC here).
func parseSSHTime(v string) (time.Time, error) {
	v = strings.TrimSuffix(v, "Z")
	for _, f := range []string{"20060102150405", "200601021504", "20060102"} {
		if len(v) == len(f) {
			return time.Parse(f, v)
		}
	}
	return time.Time{}, errors.New("accepted: YYYYMMDD, YYYYMMDDHHMM or YYYYMMDDHHMMSS")
}

// LoadAllowedSigners reads the file approval.allowed_signers names.
func LoadAllowedSigners(cfg *config.Config) ([]AllowedSigner, error) {
	path := cfg.Approval.AllowedSigners
	if path == "" {
		return nil, errors.New("approval.allowed_signers is not configured; set it to a file of the approvers' public keys (\"PRINCIPAL ssh-ed25519 AAAA…\" lines, git's allowed-signers format)")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("approval.allowed_signers %s cannot be read: %v", path, errors.Unwrap(err))
	}
	ss, err := ParseAllowedSigners(path, b)
	if err != nil {
		return nil, err
	}
	if len(ss) == 0 {
		return nil, fmt.Errorf("approval.allowed_signers %s lists no key", path)
	}
	return ss, nil
}

// SignersFileWarning says when the allowed-signers file is writable by the
// user this process runs as (so the agent sharing that user could add its
// own key); "" otherwise.
func SignersFileWarning(path string) string {
	if path == "" {
		return ""
	}
	if f, err := os.OpenFile(path, os.O_WRONLY, 0); err == nil {
		f.Close()
		return "approval.allowed_signers " + path + " is writable by this user: an agent running as this user could add its own key; make it owned by another user (e.g. root, mode 0644)"
	}
	return ""
}

// Approver is a person whose signature approved a plan.
type Approver struct {
	Principal   string `json:"principal"`
	Fingerprint string `json:"key"`
}

func (s AllowedSigner) allows(now time.Time) bool {
	if len(s.Namespaces) > 0 {
		ok := false
		for _, n := range s.Namespaces {
			if n == ApprovalNamespace {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	if !s.ValidAfter.IsZero() && now.Before(s.ValidAfter) {
		return false
	}
	if !s.ValidBefore.IsZero() && !now.Before(s.ValidBefore) {
		return false
	}
	return true
}

// VerifySignature checks sig over msg against the allowed signers and
// returns the signer.
func VerifySignature(signers []AllowedSigner, msg []byte, sig *sshsig.Signature, now time.Time) (Approver, error) {
	if sig.Namespace != ApprovalNamespace {
		return Approver{}, fmt.Errorf("a signature is for namespace %q; accepted: %q (ssh-keygen -Y sign -n %s)", sig.Namespace, ApprovalNamespace, ApprovalNamespace)
	}
	if err := sig.HashAlgorithm.Supported(); err != nil {
		return Approver{}, fmt.Errorf("a signature uses hash %q; accepted: sha256, sha512", sig.HashAlgorithm)
	}
	fp := ssh.FingerprintSHA256(sig.PublicKey)
	known := false
	for _, s := range signers {
		if ssh.FingerprintSHA256(s.Key) != fp {
			continue
		}
		known = true
		if !s.allows(now) {
			continue
		}
		if err := sshsig.Verify(bytes.NewReader(msg), sig, s.Key, sig.HashAlgorithm, ApprovalNamespace); err != nil {
			return Approver{}, fmt.Errorf("the signature by %s (%s) does not verify over this statement", s.Principal, fp)
		}
		return Approver{Principal: s.Principal, Fingerprint: fp}, nil
	}
	if known {
		return Approver{}, fmt.Errorf("key %s is in approval.allowed_signers but not valid now or not for namespace %s", fp, ApprovalNamespace)
	}
	return Approver{}, fmt.Errorf("key %s is not in approval.allowed_signers", fp)
}

// RequiredSigners is how many different people must approve plan p (at
// least 1): the largest count of the approval.required_signers rules that
// apply (risk at or above min_risk, or an override the rule names).
func RequiredSigners(cfg *config.Config, p *Plan) (int, string) {
	n, why := 1, ""
	for _, r := range cfg.Approval.RequiredSigners {
		applies := ""
		if r.MinRisk > 0 && p.Risk.Score >= r.MinRisk {
			applies = fmt.Sprintf("risk %d ≥ %d", p.Risk.Score, r.MinRisk)
		}
		for _, o := range p.Approval.Overrides {
			for _, x := range r.Protected {
				if o == x && applies == "" {
					applies = "protected " + o
				}
			}
		}
		if applies != "" && r.Signers > n {
			n, why = r.Signers, applies
		}
	}
	return n, why
}

// checkApproval verifies approval text for plan p (stored body digest
// digest) at now. It returns the distinct approvers, or an error saying
// what is missing.
func checkApproval(cfg *config.Config, p *Plan, digest, text string, now time.Time) ([]Approver, error) {
	signers, err := LoadAllowedSigners(cfg)
	if err != nil {
		return nil, err
	}
	sts, err := ParseApproval(text)
	if err != nil {
		return nil, err
	}
	need, why := RequiredSigners(cfg, p)
	allowed := map[string]bool(nil)
	if n, w, set := emergencySigners(cfg, p); set != nil {
		need, why, allowed = n, w, set
	}
	var got []Approver
	seen := map[string]bool{}
	var problems []string
	for _, st := range sts {
		var sp *StatementPlan
		for i := range st.Statement.Plans {
			if st.Statement.Plans[i].ID == p.ID {
				sp = &st.Statement.Plans[i]
			}
		}
		switch {
		case sp == nil:
			problems = append(problems, "a statement does not name plan "+p.ID)
			continue
		case sp.Digest != digest:
			problems = append(problems, "a statement names plan "+p.ID+" with another digest (it was signed for other plan content)")
			continue
		case !now.Before(st.Statement.Expires):
			problems = append(problems, "a statement expired at "+st.Statement.Expires.Format(time.RFC3339))
			continue
		case st.Statement.Expires.Sub(now) > MaxApprovalTTL+time.Minute:
			problems = append(problems, "a statement names an expiry more than 24h ahead")
			continue
		}
		if miss := missingOverrides(p.Approval.Overrides, sp.Overrides); len(miss) > 0 {
			problems = append(problems, "a statement does not name the override(s) "+strings.Join(miss, ", "))
			continue
		}
		msg := st.Statement.Canonical()
		for _, sig := range st.Signatures {
			a, err := VerifySignature(signers, msg, sig, now)
			if err != nil {
				problems = append(problems, err.Error())
				continue
			}
			if allowed != nil && !allowed[a.Principal] {
				problems = append(problems, a.Principal+" is not in approval.emergency.principals")
				continue
			}
			if !seen[a.Principal] {
				seen[a.Principal] = true
				got = append(got, a)
			}
		}
	}
	if len(got) >= need {
		return got, nil
	}
	msg := fmt.Sprintf("the approval holds %d valid signature(s) of distinct approvers for plan %s; %d needed", len(got), p.ID, need)
	switch {
	case allowed != nil:
		msg += " (" + why + ")"
	case why != "":
		msg += " (approval.required_signers: " + why + ")"
	}
	if len(problems) > 0 {
		msg += ": " + strings.Join(capList(problems, 5), "; ")
	}
	return got, errors.New(msg)
}

func missingOverrides(need, have []string) []string {
	h := map[string]bool{}
	for _, x := range have {
		h[x] = true
	}
	var miss []string
	for _, x := range need {
		if !h[x] {
			miss = append(miss, x)
		}
	}
	return miss
}

// ApprovalID is a short non-secret id of approval text, for the audit log.
func ApprovalID(text string) string {
	return digestOf([]byte(strings.TrimSpace(text)))[:16]
}
