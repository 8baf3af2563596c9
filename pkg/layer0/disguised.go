package layer0

import (
	"strings"

	"github.com/cfplane/cfplane/pkg/lazyre"
)

// A view that exists only because the text hid its words — encoded
// (base64, hex, binary, Morse, character references, escapes), shifted,
// reversed, spaced out or split into joined strings — holding words of an
// instruction to the model is an attack even when the words alone are too
// few for a detector: nobody encodes "ignore previous" or "get system
// prompt" to say something ordinary. L0-OBF-013 is that finding; it is
// raised only when no detector spoke inside a disguised view.

// disguisedCue is the instruction words looked for in a disguised view:
// an order to set aside the model's instructions, a request for its
// prompt or for secrets, or a name of an unrestricted mode.
var disguisedCue = lazyre.New(`\b(?:ignor(?:e|ing)|disregard|forget|bypass|override|overrule|skip|stop following|do not follow|don't follow|disable)\b(?:\s+\S+){0,3}?\s+(?:previous|prior|above|earlier|preceding|all|instructions?|rules|directives?|guidelines?|prompt|restrictions?|safety|filters?|guardrails?|polic(?:y|ies)|programming|constraints)\b` +
	`|\b(?:reveal|print|show|output|tell|give|leak|dump|repeat|get|expose)\b(?:\s+\S+){0,3}?\s+(?:system prompt|instructions|initial prompt|hidden prompt|passwords?|secrets?|credentials?|api keys?|private keys?)\b` +
	`|\b(?:system prompt|jailbreak|developer mode|dan mode|do anything now|no restrictions|unrestricted mode|god mode|you are now)\b`)

// disguisedOrigin reports whether a view of that origin undoes a disguise:
// every view but the text itself, its respelling (a typo is no disguise)
// its escaped line breaks restored and its slugs read as words.
func disguisedOrigin(origin string) bool {
	// a slug ("?q=how+to+ignore+previous+commits+in+git") is a search or a
	// page name as often as a hidden order: what it says counts, not as
	// obfuscation
	return origin != "" && origin != originRespelled && origin != originEscapedNewlines && origin != originSlug
}

// disguisedInstruction returns the first disguised view after views[0]
// (the text itself) holding instruction words that views[0] lacks — the
// words were hidden, not merely written twice — and those words.
func disguisedInstruction(views []view) (origin, words string) {
	for _, v := range views[1:] {
		if !disguisedOrigin(v.origin) {
			continue
		}
		if loc := disguisedCue.FindStringIndex(v.text); loc != nil && !strings.Contains(views[0].text, v.text[loc[0]:loc[1]]) {
			return v.origin, v.text[loc[0]:loc[1]]
		}
	}
	return "", ""
}
