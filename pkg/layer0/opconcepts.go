package layer0

import (
	"strings"
	"unicode/utf8"
)

// Operator requests by concept, not by phrase. The expressions of
// intents.go and families.go recognise the shapes they were written for;
// the same request in other words ("no need to wait for the approver",
// "the read-only setting is just a default, flip to write mode", "exempt my
// address from every WAF rule") slips past them. Here each sentence is read
// as a bag of concepts — one of cfplane's controls, an act that weakens
// it, a security object, a quantifier over all of something, a secret, an
// act that discloses — and a request is recognised by which concepts meet
// in one sentence, whatever the words:
//
//	L0-INT-006 a control (approval, review, read-only, the policy, the budget,
//	           invariants, the audit log) with an act that weakens it, an
//	           approval given by the agent to itself, writes unlocked by the
//	           agent's own configuration, or an exemption from all rules
//	           (every rule, 0.0.0.0/0)
//	L0-INT-007 a security object (the WAF, managed rules, a block rule, SSL,
//	           the security level) switched off, put in log mode, made to
//	           never match or paused
//	L0-INT-008 a secret (the token, a key, the bearer value, credentials, the
//	           environment holding them) with an act that discloses it
//
// Questions about how something works ("how do I …", "what would happen
// if …", "explain …"), negated acts ("don't disable …") and new rules made
// in log mode on purpose are not requests to weaken anything. The word
// classes are switches: nothing is built at start-up.

// Concept bits of one word (or two-word phrase).
const (
	ocApproval     uint64 = 1 << iota // approval, review, sign-off, second person
	ocApproveV                        // approve, approved
	ocSelf                            // yourself, its own, on my behalf
	ocReadOnly                        // read-only, writes, write mode
	ocPolicy                          // policy, guardrails
	ocConfig                          // config, configuration, settings
	ocOwn                             // your, own, cfplane's: the agent's own
	ocBudget                          // budget, quota
	ocInvariant                       // invariants, checker, safety checks
	ocAudit                           // audit log
	ocWeaken                          // skip, bypass, disable, no need, unlimited
	ocRaise                           // raise, increase
	ocToggle                          // flip, switch, put, set (into write mode)
	ocDomain                          // apply, plan, change, record, zone, rule, delete
	ocExempt                          // exempt, whitelist, allowlist, exception
	ocAll                             // all, every, everything, none
	ocProtect                         // rule(s), WAF, firewall, protection, checks
	ocAnyIP                           // 0.0.0.0/0, ::/0
	ocSecObj                          // WAF, managed rules, OWASP, SSL, security level
	ocOff                             // disable, turn off, pause, log only, never match
	ocLogAct                          // log, log mode (as an action)
	ocChangeV                         // set, change, switch, swap, move, make
	ocCreateV                         // create, add, new, draft, propose
	ocSecret                          // token, api key, bearer, credentials
	ocDisclose                        // paste, print, read back, export, echo
	ocQualSecret                      // words that make "token"/"key" a secret
	ocWithout                         // without
	ocNone                            // none
	ocSource                          // ip, address: whose traffic an exemption is for
	ocSecretStrong                    // bearer, api key, auth string: a secret whatever the words around
	ocLimit                           // limit, cap (of changes)
	ocMail                            // mail, email, mx
)

// opWord returns the concepts of one lower-case word.
func opWord(w string) uint64 {
	switch w {
	case "approval", "approvals", "approver", "approvers", "sign-off", "signoff", "sign-offs", "two-person",
		"four-eyes", "second-person", "approval-step", "approval-gate":
		return ocApproval
	case "approve", "approves", "approving":
		return ocApproveV
	case "approved":
		return ocApproveV | ocApproval
	case "auto-approve", "auto-approved", "auto-approves", "autoapprove", "autoapproved", "auto-approval":
		return ocWeaken | ocApproval
	case "self-approve", "self-approved", "self-approves", "self-approval":
		return ocWeaken | ocApproval | ocApproveV | ocSelf | ocDomain
	case "yourself", "itself", "behalf":
		return ocSelf
	case "own":
		return ocSelf | ocOwn
	case "read-only", "readonly", "write-mode", "write-access", "read-write", "writes":
		return ocReadOnly
	case "policy", "policies", "guardrail", "guardrails", "safeguard", "safeguards", "layer0", "oracle":
		return ocPolicy
	case "config", "configuration", "config-file", "settings":
		return ocConfig
	case "your", "cfplane's", "its", "agent's", "server's":
		return ocOwn | ocQualSecret
	case "cfplane":
		return ocOwn | ocDomain | ocQualSecret
	case "budget", "budgets", "quota", "quotas":
		return ocBudget
	case "limit", "limits", "cap", "caps":
		return ocLimit
	case "invariant", "invariants":
		return ocInvariant
	case "audit", "auditing":
		return ocAudit
	case "skip", "skips", "skipping", "bypass", "bypasses", "bypassing", "ignore", "ignoring", "circumvent", "waive",
		"sidestep", "loosen", "relax", "regardless",
		"override", "overrule", "unlock", "unlimited", "deactivate", "deactivating":
		return ocWeaken
	case "without":
		return ocWithout
	case "disable", "disabling", "disabled":
		return ocWeaken | ocOff
	case "remove", "removing", "drop", "dropping", "lift", "strip", "delete", "deleting", "scrap":
		return ocWeaken
	case "raise", "raising", "increase", "increasing", "bump", "double", "triple", "extend", "up":
		return ocRaise
	case "flip", "switch", "put", "move", "take", "go", "turn":
		return ocToggle | ocChangeV
	case "enable", "enabling":
		return ocToggle | ocChangeV | ocCreateV
	case "change", "changing":
		return ocChangeV | ocDomain
	case "set", "swap", "make", "convert", "edit", "modify", "update", "rewrite", "alter",
		"downgrade", "patch", "tweak", "adjust", "reconfigure":
		return ocChangeV
	case "apply", "applying", "deploy", "plan", "plans", "change_apply", "changes", "record", "records",
		"dns", "zone", "zones", "deletes", "server", "agent", "cname", "txt":
		return ocDomain
	case "mx", "mxs":
		return ocDomain | ocMail
	case "mail", "e-mail", "emails":
		return ocMail
	case "email":
		return ocMail | ocDisclose
	case "exempt", "exempts", "exempted", "exempting", "whitelist", "whitelisted", "whitelisting", "allowlist",
		"allowlisted", "allow-list", "white-list", "exception", "exceptions", "exclude", "excluded":
		return ocExempt
	case "all", "every", "everything", "entire", "whole", "entirely", "completely", "any", "anything",
		"everywhere", "remaining":
		return ocAll
	case "none":
		return ocNone
	case "rule", "rules", "protection", "protections", "checks", "filtering":
		return ocProtect | ocDomain
	case "0.0.0.0/0", "::/0", "0.0.0.0":
		return ocAnyIP
	case "ip", "ips", "address", "addresses", "asn", "subnet", "cidr", "country":
		return ocSource
	case "waf", "firewall", "ruleset", "rulesets", "owasp", "managed", "ssl", "tls", "ssl/tls", "hsts", "dnssec", "ddos",
		"ratelimit", "rate-limit", "rate-limiting":
		return ocSecObj | ocProtect | ocDomain
	case "pause", "paused", "pausing", "essentially_off", "neutralise", "neutralize", "suspend", "suspended", "halt",
		"kill", "neuter", "mute", "silence", "disarm", "defang", "gut", "nerf", "weaken", "soften", "defeat":
		return ocOff
	case "log-only", "log", "logging":
		return ocLogAct
	case "create", "creating", "add", "adding", "new", "draft", "propose", "write":
		return ocCreateV
	case "token", "tokens", "credential", "credentials", "creds", "pat", "secret", "secrets", "key", "keys",
		"environment", "env":
		return ocSecret
	case "bearer", "apikey", "api-key", "api_key", "cloudflare_api_token", "cloudflare_api_key", "cf_api_token",
		"cf_api_key", "api_token", ".env":
		return ocSecret | ocSecretStrong
	case "paste", "print", "show", "display", "reveal", "dump", "echo", "export", "share", "send", "copy", "stick",
		"forward", "upload",
		"give", "tell", "leak", "expose", "post", "cat", "recite":
		return ocDisclose
	case "api", "cloudflare", "cf", "provider", "access", "auth", "account", "global", "signing", "private",
		"configured", "started", "authenticate", "our", "my", "the":
		return ocQualSecret
	}
	return 0
}

// opPair returns the concepts of a two-word phrase a b (0 if none): a
// switch on the first word, which rules out most words at once, then on
// the second.
func opPair(a, b string) uint64 {
	switch a {
	case "sign":
		switch b {
		case "off":
			return ocApproval
		}
	case "signs":
		switch b {
		case "off":
			return ocApproval
		}
	case "signed":
		switch b {
		case "off":
			return ocApproval
		}
	case "second":
		switch b {
		case "person", "approver", "reviewer":
			return ocApproval
		}
	case "human":
		switch b {
		case "review", "reviews", "reviewer":
			return ocApproval
		}
	case "two":
		switch b {
		case "person":
			return ocApproval
		}
	case "four":
		switch b {
		case "eyes":
			return ocApproval
		}
	case "approval":
		switch b {
		case "step":
			return ocApproval
		}
	case "review":
		switch b {
		case "step", "queue", "requirement", "gate":
			return ocApproval
		}
	case "invariant":
		switch b {
		case "checker", "checks":
			return ocApproval
		}
	case "read":
		switch b {
		case "only", "write":
			return ocReadOnly
		case "back", "out", "me", "it":
			return ocDisclose
		}
	case "write":
		switch b {
		case "mode", "access":
			return ocReadOnly
		case "down":
			return ocDisclose
		}
	case "change":
		switch b {
		case "budget":
			return ocBudget | ocDomain
		}
	case "delete":
		switch b {
		case "budget":
			return ocBudget | ocDomain
		}
	case "deletion":
		switch b {
		case "budget":
			return ocBudget | ocDomain
		}
	case "your":
		switch b {
		case "budget":
			return ocBudget | ocDomain
		}
	case "pause":
		switch b {
		case "cloudflare":
			return ocOff | ocSecObj
		}
	case "paused":
		switch b {
		case "cloudflare":
			return ocOff | ocSecObj
		}
	case "bypass":
		switch b {
		case "cloudflare":
			return ocOff | ocSecObj
		}
	case "disable":
		switch b {
		case "cloudflare":
			return ocOff | ocSecObj
		}
	case "deactivate":
		switch b {
		case "cloudflare":
			return ocOff | ocSecObj
		}
	case "turn":
		switch b {
		case "off", "down":
			return ocWeaken | ocOff
		case "on":
			return ocCreateV
		}
	case "turns":
		switch b {
		case "off":
			return ocWeaken | ocOff
		case "on":
			return ocCreateV
		}
	case "turned":
		switch b {
		case "off":
			return ocWeaken | ocOff
		}
	case "switch":
		switch b {
		case "off":
			return ocWeaken | ocOff
		case "on":
			return ocCreateV
		}
	case "shut":
		switch b {
		case "off", "down":
			return ocWeaken | ocOff
		}
	case "take":
		switch b {
		case "down":
			return ocWeaken | ocOff
		case "offline":
			return ocWeaken | ocOff
		}
	case "no":
		switch b {
		case "need", "longer", "limit", "limits", "cap":
			return ocWeaken
		}
	case "forget":
		switch b {
		case "about":
			return ocWeaken
		}
	case "get":
		switch b {
		case "around", "rid":
			return ocWeaken
		}
	case "opt":
		switch b {
		case "out":
			return ocWeaken
		}
	case "not":
		switch b {
		case "needed", "required":
			return ocWeaken
		}
	case "don't":
		switch b {
		case "need":
			return ocWeaken
		}
	case "doesn't":
		switch b {
		case "need":
			return ocWeaken
		}
	case "isn't":
		switch b {
		case "needed":
			return ocWeaken
		}
	case "without":
		switch b {
		case "any":
			return ocWeaken
		}
	case "log":
		switch b {
		case "only", "mode":
			return ocLogAct
		}
	case "logging":
		switch b {
		case "only", "mode":
			return ocLogAct
		}
	case "to":
		switch b {
		case "log":
			return ocLogAct
		case "false", "off", "flexible":
			return ocOff
		}
	case "into":
		switch b {
		case "log":
			return ocLogAct
		}
	case "is":
		switch b {
		case "log":
			return ocLogAct
		}
	case "simulate":
		switch b {
		case "mode":
			return ocLogAct
		}
	case "never":
		switch b {
		case "match", "matches", "fire", "fires", "triggers", "trigger":
			return ocOff
		}
	case "match":
		switch b {
		case "nothing":
			return ocOff
		}
	case "matches":
		switch b {
		case "nothing":
			return ocOff
		}
	case "always":
		switch b {
		case "false":
			return ocOff
		}
	case "essentially":
		switch b {
		case "off":
			return ocOff
		}
	case "be":
		switch b {
		case "off":
			return ocOff
		}
	case "security":
		switch b {
		case "level":
			return ocSecObj | ocProtect | ocDomain
		case "rule", "rules", "checks":
			return ocSecObj | ocProtect | ocDomain
		}
	case "bot":
		switch b {
		case "fight":
			return ocSecObj | ocProtect | ocDomain
		case "management":
			return ocSecObj | ocProtect | ocDomain
		}
	case "under":
		switch b {
		case "attack":
			return ocSecObj | ocProtect | ocDomain
		}
	case "rate":
		switch b {
		case "limiting", "limit", "limits":
			return ocSecObj | ocProtect | ocDomain
		}
	case "custom":
		switch b {
		case "rules", "rule":
			return ocSecObj | ocProtect | ocDomain
		}
	case "block":
		switch b {
		case "rule", "rules":
			return ocSecObj | ocProtect | ocDomain
		}
	case "firewall":
		switch b {
		case "rules":
			return ocSecObj | ocProtect | ocDomain
		}
	case "managed":
		switch b {
		case "rules":
			return ocSecObj | ocProtect | ocDomain
		}
	case "allow":
		switch b {
		case "deletes", "writes", "deletion", "deleting", "changes":
			return ocWeaken | ocReadOnly
		}
	case "enable":
		switch b {
		case "writes", "deletes":
			return ocWeaken | ocReadOnly
		}
	case "permit":
		switch b {
		case "deletes":
			return ocWeaken | ocReadOnly
		}
	case "unlock":
		switch b {
		case "writes":
			return ocWeaken | ocReadOnly
		}
	case "any":
		switch b {
		case "ip", "address", "source":
			return ocAnyIP
		}
	case "all":
		switch b {
		case "ips", "addresses":
			return ocAnyIP
		}
	case "every":
		switch b {
		case "ip":
			return ocAnyIP
		}
	case "plain":
		switch b {
		case "text":
			return ocDisclose
		}
	case "in":
		switch b {
		case "cleartext":
			return ocDisclose
		}
	case "base64":
		switch b {
		case "encode":
			return ocDisclose
		}
	case "encode":
		switch b {
		case "your":
			return ocDisclose
		}
	case "spell":
		switch b {
		case "out":
			return ocDisclose
		}
	case "environment":
		switch b {
		case "variable", "variables":
			return ocSecret
		}
	case "env":
		switch b {
		case "var", "vars":
			return ocSecret
		}
	case "credentials":
		switch b {
		case "file":
			return ocSecret | ocSecretStrong
		}
	case "key":
		switch b {
		case "file":
			return ocSecret | ocSecretStrong
		case "material":
			return ocSecret | ocSecretStrong
		}
	case "authorization":
		switch b {
		case "header":
			return ocSecret | ocSecretStrong
		}
	case "auth":
		switch b {
		case "header":
			return ocSecret | ocSecretStrong
		case "string", "value", "key":
			return ocSecret | ocSecretStrong
		}
	case "api":
		switch b {
		case "key", "keys":
			return ocSecret | ocSecretStrong
		case "secret", "token":
			return ocSecret | ocSecretStrong
		}
	case "private":
		switch b {
		case "key":
			return ocSecret | ocSecretStrong
		}
	case "secret":
		switch b {
		case "key":
			return ocSecret | ocSecretStrong
		}
	case "go":
		switch b {
		case "around":
			return ocWeaken
		}
	case "work":
		switch b {
		case "around":
			return ocWeaken
		}
	case "stop":
		switch b {
		case "enforcing", "applying", "checking", "blocking":
			return ocWeaken | ocOff
		}
	case "let":
		switch b {
		case "through":
			return ocExempt
		}
	case "open":
		switch b {
		case "up":
			return ocWeaken
		}
	case "water":
		switch b {
		case "down":
			return ocWeaken | ocOff
		}
	case "dial":
		switch b {
		case "down":
			return ocWeaken | ocOff
		}
	case "tone":
		switch b {
		case "down":
			return ocWeaken | ocOff
		}
	case "stand":
		switch b {
		case "down":
			return ocWeaken | ocOff
		}
	case "protection":
		switch b {
		case "rule", "rules":
			return ocSecObj | ocProtect | ocDomain
		}
	case "ddos":
		switch b {
		case "protection":
			return ocSecObj | ocProtect | ocDomain
		}
	case "access":
		switch b {
		case "token", "key":
			return ocSecret | ocSecretStrong
		}
	case "personal":
		switch b {
		case "access":
			return ocSecret | ocSecretStrong
		}
	case "signing":
		switch b {
		case "key":
			return ocSecret | ocSecretStrong
		}
	case "hand":
		switch b {
		case "over":
			return ocDisclose
		}
	case "regardless":
		switch b {
		case "of":
			return ocWeaken
		}
	}
	return 0
}

// opQuestion reports a sentence that asks how something works or what
// would happen, rather than asking for it to be done.
func opQuestion(words []string) bool {
	i := 0
	for i < len(words) && (words[i] == "so" || words[i] == "ok" || words[i] == "okay" || words[i] == "and" || words[i] == "but" || words[i] == "hey" || words[i] == "hi") {
		i++
	}
	if i >= len(words) {
		return false
	}
	switch words[i] {
	case "how", "why", "what", "what's", "whats", "when", "which", "who", "where", "whether", "is", "are", "does",
		"do", "did", "should", "explain", "describe", "summarise", "summarize", "tell", "list", "show", "compare",
		"document", "suppose", "imagine", "if":
		return true
	}
	for _, w := range words {
		if w == "if" || w == "would" || w == "whether" {
			return true
		}
	}
	return false
}

// opNegated reports a negation within the two words before position i.
func opNegated(words []string, i int) bool {
	if i+1 < len(words) && (words[i+1] == "none" || words[i+1] == "nothing") {
		switch words[i] {
		case "skip", "skips", "ignore", "ignores", "bypass", "bypasses", "exempt", "disable", "remove", "drop":
			return true // "skip none"
		}
	}
	for j := max(0, i-2); j < i; j++ {
		switch words[j] {
		case "don't", "dont", "not", "never", "do't", "doesn't", "won't", "shouldn't", "mustn't", "cannot", "can't", "nor":
			return true
		}
	}
	return false
}

// opSentence is one sentence's words and concepts.
type opSentence struct {
	text  string
	words []string
	wbits [64]uint64 // each word's concepts
	bits  uint64     // every concept of the sentence
	// notNeg: concepts with at least one occurrence not negated.
	notNeg uint64
}

func (s *opSentence) addBits(b uint64, neg bool) {
	s.bits |= b
	if !neg {
		s.notNeg |= b
	}
}

// opClass classes the ASCII bytes for the concept detectors' scanners
// (a byte from 0x80 up is part of a word): one table lookup a byte.
var opClass = [utf8.RuneSelf]uint8{
	'\n': opcStop, '!': opcStop, ';': opcStop, '?': opcStop,
	'\'': opcWord | opcTrim, '-': opcWord | opcTrim, '/': opcWord | opcTrim, ':': opcWord | opcTrim,
	'.': opcWord | opcTrim | opcDot,
	'0': opcWord, '1': opcWord, '2': opcWord, '3': opcWord, '4': opcWord, '5': opcWord, '6': opcWord, '7': opcWord,
	'8': opcWord, '9': opcWord, '_': opcWord, 'a': opcWord, 'b': opcWord, 'c': opcWord, 'd': opcWord, 'e': opcWord,
	'f': opcWord, 'g': opcWord, 'h': opcWord, 'i': opcWord, 'j': opcWord, 'k': opcWord, 'l': opcWord, 'm': opcWord,
	'n': opcWord, 'o': opcWord, 'p': opcWord, 'q': opcWord, 'r': opcWord, 's': opcWord, 't': opcWord, 'u': opcWord,
	'v': opcWord, 'w': opcWord, 'x': opcWord, 'y': opcWord, 'z': opcWord,
	'A': opcWord | opcUpper, 'B': opcWord | opcUpper, 'C': opcWord | opcUpper, 'D': opcWord | opcUpper, 'E': opcWord | opcUpper,
	'F': opcWord | opcUpper, 'G': opcWord | opcUpper, 'H': opcWord | opcUpper, 'I': opcWord | opcUpper, 'J': opcWord | opcUpper,
	'K': opcWord | opcUpper, 'L': opcWord | opcUpper, 'M': opcWord | opcUpper, 'N': opcWord | opcUpper, 'O': opcWord | opcUpper,
	'P': opcWord | opcUpper, 'Q': opcWord | opcUpper, 'R': opcWord | opcUpper, 'S': opcWord | opcUpper, 'T': opcWord | opcUpper,
	'U': opcWord | opcUpper, 'V': opcWord | opcUpper, 'W': opcWord | opcUpper, 'X': opcWord | opcUpper, 'Y': opcWord | opcUpper,
	'Z': opcWord | opcUpper,
}

const (
	opcWord  = 1 << iota // part of a word: letters, digits, _ - ' . / :
	opcUpper             // A-Z
	opcTrim              // trimmed from a word's ends: . : / - '
	opcStop              // ends a sentence: ! ? ; newline
	opcDot               // ends a sentence before a space, tab, quote or the end
)

// opWordsOf splits a sentence into lower-case words, keeping the
// characters of hosts, addresses and CIDRs ("0.0.0.0/0") inside them.
func opWordsOf(s string, dst []string) []string {
	i := 0
	for i < len(s) {
		for i < len(s) && s[i] < utf8.RuneSelf && opClass[s[i]]&opcWord == 0 {
			i++
		}
		start, classes := i, uint8(0)
		for i < len(s) {
			c := s[i]
			if c >= utf8.RuneSelf {
				i++
				continue
			}
			k := opClass[c]
			if k&opcWord == 0 {
				break
			}
			classes |= k
			i++
		}
		w := s[start:i]
		if classes&opcTrim != 0 {
			for len(w) > 0 && opTrimByte(w[0]) {
				w = w[1:]
			}
			for len(w) > 0 && opTrimByte(w[len(w)-1]) {
				w = w[:len(w)-1]
			}
			if len(w) > 2 && w[len(w)-2] == '\'' && w[len(w)-1] == 's' {
				w = w[:len(w)-2]
			}
		}
		if w == "" {
			continue
		}
		if classes&opcUpper != 0 {
			w = strings.ToLower(w)
		}
		dst = append(dst, w)
	}
	return dst
}

func opTrimByte(c byte) bool { return c < utf8.RuneSelf && opClass[c]&opcTrim != 0 }

// opSentenceEnd returns where the sentence starting at start ends: at !
// ? ; or a newline, or at a full stop before a space or the end (not inside
// a host or an address); len(text) if none.
func opSentenceEnd(text string, start int) int {
	for i := start; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf || opClass[c]&(opcStop|opcDot) == 0 {
			continue
		}
		if opClass[c]&opcStop != 0 {
			return i
		}
		if i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\t' || text[i+1] == '"' {
			return i
		}
	}
	return len(text)
}

// opSentences calls f with each non-empty sentence of text until f
// returns false.
func opSentences(text string, f func(string) bool) {
	for start := 0; start < len(text); {
		end := opSentenceEnd(text, start)
		if end > start && !f(text[start:end]) {
			return
		}
		start = end + 1
	}
}

// opConcepts runs the concept detectors over one normalised view and adds,
// for each detector run(id) allows (not silenced by a finding of its
// families), the first sentence that raises it.
func opConcepts(text string, run func(id string) bool, add func(id, span string)) {
	if len(text) > 1<<16 {
		return
	}
	var buf [64]string
	var s opSentence
	var done [3]bool
	left := 0
	for i, id := range opIDs {
		done[i] = !run(id)
		if !done[i] {
			left++
		}
	}
	if left == 0 {
		return
	}
	start := 0
	for start < len(text) && left > 0 {
		end := opSentenceEnd(text, start)
		sent := text[start:end]
		start = end + 1
		s = opSentence{text: sent, words: opWordsOf(sent, buf[:0])}
		if len(s.words) == 0 || len(s.words) > 60 {
			continue
		}
		for i, w := range s.words {
			b := opWord(w)
			if b == 0 && opIPLike(w) {
				b = ocSource
			}
			if i+1 < len(s.words) {
				b |= opPair(w, s.words[i+1])
			}
			b = opInContext(s.words, i, b)
			if b != 0 {
				s.wbits[i] = b
				s.addBits(b, opNegated(s.words, i))
			}
		}
		if s.bits == 0 {
			continue
		}
		for i := range opIDs {
			if done[i] {
				continue
			}
			var hit bool
			switch i {
			case 0:
				hit = opSecret(&s, sent)
			case 1:
				hit = opEscalation(&s)
			default:
				hit = opWeakening(&s, sent)
			}
			if hit {
				done[i] = true
				left--
				add(opIDs[i], sent)
			}
		}
	}
}

// opIDs are the evidence ids of opSecret, opEscalation and opWeakening.
var opIDs = [3]string{"L0-INT-008", "L0-INT-006", "L0-INT-007"}

// has reports whether every bit of b occurs un-negated in the sentence.
func (s *opSentence) has(b uint64) bool { return s.notNeg&b == b }

// any reports whether one of the bits of b occurs un-negated.
func (s *opSentence) any(b uint64) bool { return s.notNeg&b != 0 }

// opEscalation: one of cfplane's controls weakened.
func opEscalation(s *opSentence) bool {
	if opQuestion(s.words) {
		return false
	}
	domain := s.any(ocDomain)
	// The agent approving its own work.
	if s.has(ocApproveV|ocSelf) && (domain || s.any(ocApproval)) {
		return true
	}
	// Writes unlocked, read-only dropped: the agent's mode, not a file's.
	if s.any(ocReadOnly) && (domain || s.any(ocSelf) || opFollows(s, "read-only", "mode", "flag", "setting", "switch")) &&
		(s.any(ocWeaken) || s.any(ocToggle) && strings.Contains(s.text, "write") || strings.Contains(s.text, "out of")) {
		return true
	}
	// A control with an act that weakens it: skipped, bypassed, removed,
	// no longer needed, or done without.
	if s.any(ocWeaken) || s.any(ocWithout) && s.any(ocApproval) {
		if s.any(ocInvariant) || s.any(ocAudit) && s.any(ocOff) {
			return true
		}
		if domain && (s.any(ocApproval|ocBudget|ocPolicy) || s.has(ocConfig|ocOwn)) {
			return true
		}
	}
	// A limit on changes lifted.
	if s.any(ocWeaken) && s.near(ocLimit, ocDomain, 5) {
		return true
	}
	// The budget raised.
	if s.any(ocBudget) && s.any(ocRaise) && (domain || s.any(ocOwn)) {
		return true
	}
	// An exemption from every rule ("whitelist my IP so none of the rules
	// apply"), rules skipped wholesale for one source, or every address
	// trusted.
	if s.any(ocExempt) && s.near(ocAll|ocNone, ocProtect, 6) {
		return true
	}
	if s.any(ocWeaken|ocExempt) && s.near(ocAll, ocProtect, 6) && s.any(ocSource) {
		return true
	}
	if s.any(ocAnyIP) && (s.any(ocExempt|ocWeaken) || opHasWord(s, "trust", "trusted", "allow", "allowed", "allowlist", "skip")) {
		return true
	}
	return false
}

// opFollows reports whether one of next is among the two words after w.
func opFollows(s *opSentence, w string, next ...string) bool {
	for i, x := range s.words {
		if x != w {
			continue
		}
		for _, y := range s.words[i+1 : min(len(s.words), i+3)] {
			for _, n := range next {
				if y == n {
					return true
				}
			}
		}
	}
	return false
}

// opWeakening: a security object switched off, logged only, neutralised.
func opWeakening(s *opSentence, text string) bool {
	if opRuleToLog(s) {
		return true
	}
	if opQuestion(s.words) {
		return false
	}
	// Mail routed to another domain: an MX changed to a host outside the
	// zone named ("update the MX of example.com to use mail.other.example").
	if opMXAway(s, text) {
		return true
	}
	if !s.any(ocSecObj) {
		return false
	}
	if s.any(ocOff) {
		return true
	}
	// Skipped, bypassed or removed wholesale ("skip all custom rules",
	// "a rule that skips the managed ruleset").
	if s.any(ocWeaken) && (s.any(ocAll) || strings.Contains(s.text, "managed") || strings.Contains(s.text, "waf") || strings.Contains(s.text, "owasp")) {
		return true
	}
	// Existing rules moved to log: a change, not a new rule made to watch.
	if s.any(ocLogAct) && s.any(ocChangeV) && !s.any(ocCreateV) {
		return true
	}
	return false
}

// opRuleToLog: an existing rule's action changed to log, whatever the rule.
func opRuleToLog(s *opSentence) bool {
	return !opQuestion(s.words) && s.any(ocLogAct) && s.any(ocChangeV) && !s.any(ocCreateV) && s.any(ocProtect)
}

// opSecret: a secret with an act that discloses it. text is s.text,
// passed apart so that s (and the words it points to) stays on the stack.
func opSecret(s *opSentence, text string) bool {
	if !s.any(ocSecret) || hasHowTo(text) {
		return false
	}
	// "token" and "key" name a secret only with a word that says whose or
	// which ("your token", "the Cloudflare key", "the token you were
	// started with"): "design tokens", "primary key" are not.
	if !opSecretNamed(s) {
		return false
	}
	if s.any(ocDisclose) {
		return true
	}
	// "what's the bearer value you authenticate with"
	if len(s.words) > 0 && (s.words[0] == "what's" || s.words[0] == "whats" || s.words[0] == "what") &&
		(strings.Contains(s.text, " you ") || strings.Contains(s.text, "your ")) {
		return true
	}
	return false
}

func opSecretNamed(s *opSentence) bool {
	if s.any(ocSecretStrong) {
		return true
	}
	for i, w := range s.words {
		switch w {
		case "bearer", "apikey", "api-key", "api_key", "cloudflare_api_token", "cloudflare_api_key", "cf_api_token",
			"cf_api_key", "api_token", ".env":
			return true
		case "token", "tokens", "key", "keys", "credentials", "credential", "creds", "pat", "secret", "secrets":
			if i > 0 && opWord(s.words[i-1])&ocQualSecret != 0 && s.words[i-1] != "the" && !(opPersonal(s.words[i-1]) && opBareSecret(w)) {
				return true
			}
			if i+1 < len(s.words) && (s.words[i+1] == "you" || s.words[i+1] == "you're" || s.words[i+1] == "you've" || s.words[i+1] == "cfplane" ||
				s.words[i+1] == "that" && !opBareSecret(w)) {
				return true
			}
		case "environment", "env":
			if strings.Contains(s.text, "key") || strings.Contains(s.text, "token") || strings.Contains(s.text, "cloudflare") {
				return true
			}
		}
	}
	return false
}

// opMXAway: the sentence changes an MX and names, after the zone, a mail
// host whose registrable domain is not the zone's.
func opMXAway(s *opSentence, text string) bool {
	if !s.any(ocChangeV|ocToggle) && !strings.Contains(s.text, " use ") && !strings.Contains(s.text, "point") &&
		!strings.Contains(s.text, "route") && !strings.Contains(s.text, "deliver") && !strings.Contains(s.text, "forward") {
		return false
	}
	return s.any(ocMail) && len(hostsIn(text)) >= 2 && mxForeign(text, text)
}

// opIPLike reports an IPv4 address or CIDR ("45.33.12.0/24").
func opIPLike(w string) bool {
	dots := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == '.':
			dots++
		case c == '/' || c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return dots == 3
}

// opPersonal: a possessive that, before "secret" or "key", may be anyone's.
func opPersonal(w string) bool { return w == "my" || w == "your" || w == "our" || w == "its" }

// opBareSecret: words that name a secret of the agent's only with a word
// that says which ("the Cloudflare key", "the API secret").
func opBareSecret(w string) bool {
	return w == "key" || w == "keys" || w == "secret" || w == "secrets"
}

// opHasWord reports whether the sentence has one of ws.
func opHasWord(s *opSentence, ws ...string) bool {
	for _, x := range s.words {
		for _, w := range ws {
			if x == w {
				return true
			}
		}
	}
	return false
}

// near reports a word with a concept of a at most d words before one with
// a concept of b.
func (s *opSentence) near(a, b uint64, d int) bool {
	for i := range s.words {
		if s.wbits[i]&a == 0 {
			continue
		}
		for j := i + 1; j < len(s.words) && j <= i+d; j++ {
			if s.wbits[j]&b != 0 {
				return true
			}
		}
	}
	return false
}

// opInContext drops concepts a word does not carry where it stands:
// "without exception" exempts nothing, and "disabled" before a noun
// describes ("disabled security checks"); a request puts it after the
// thing ("keep the WAF disabled for the test").
func opInContext(words []string, i int, b uint64) uint64 {
	w := words[i]
	switch {
	case (w == "exception" || w == "exceptions") && i > 0 && (words[i-1] == "without" || words[i-1] == "no"):
		return b &^ ocExempt
	case w == "disabled" && i+1 < len(words):
		switch words[i+1] {
		case "for", "on", "until", "and", "so", "now", "please", "during", "while", "then", "at", "in", "across",
			"everywhere", "entirely", "completely", "permanently", "temporarily", "again", "today", "tonight":
			return b
		}
		return 0
	}
	return b
}
