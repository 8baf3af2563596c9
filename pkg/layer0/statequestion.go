package layer0

import (
	"slices"
	"strings"
)

// stateLeads open a question about which objects are in some state, in
// English, French, Spanish, Portuguese, German and Italian ("which zones
// have …", "list the zones where …", "quelles zones ont …").
var stateLeads = [...]string{"which", "what", "list", "show", "find", "are", "is", "how", "do", "does", "count", "report", "tell",
	"quel", "quels", "quelle", "quelles", "cual", "cuales", "cuál", "cuáles", "que", "qué", "quais", "qual", "welche", "welcher", "welches", "quali", "quale"}

// stateOrders are words that order a change: beside a state asked about,
// the question asks for it to be made ("list the zones with SSL off and
// turn HTTPS off everywhere").
var stateOrders = [...]string{"set", "change", "switch", "turn", "make", "put", "disable", "remove", "drop", "lower", "downgrade", "move", "flip",
	"update", "apply", "plan", "force", "keep", "leave", "mets", "passe", "désactive", "desactive", "desactiva", "desativa", "pon", "ponga", "cambia",
	"coloca", "stelle", "setze", "schalte", "deaktiviere", "imposta", "disattiva", "metti"}

// stateQuestion reports whether the match text[start:end], which names a
// setting and a state, lies in a question about which objects are in that
// state: its sentence is opened by a lead (or one follows a colon), no
// word of it orders a change, and the match itself does not open with one.
func stateQuestion(text string, start, end int) bool {
	if reportedSetting(text[:start]) {
		return true
	}
	lo := max(0, start-160)
	if i := strings.LastIndexAny(text[lo:start], ".!?;\n"); i >= 0 {
		lo += i + 1
	}
	hi := min(len(text), end+160)
	if i := strings.IndexAny(text[end:hi], ".!?;\n"); i >= 0 {
		hi = end + i
	}
	before := text[lo:start]
	if i := strings.LastIndexByte(before, ':'); i >= 0 {
		before = before[i+1:] // "quick summary please: which zones …"
	}
	var buf [24]string
	words := appendWords(buf[:0], before)
	if len(words) == 0 || !slices.Contains(stateLeads[:], words[0]) {
		return false
	}
	for _, w := range words {
		if slices.Contains(stateOrders[:], w) {
			return false
		}
	}
	if first := appendWords(buf[:0], text[start:end]); len(first) > 0 && slices.Contains(stateOrders[:], first[0]) {
		return false
	}
	for _, w := range appendWords(buf[:0], text[end:hi]) {
		if slices.Contains(stateOrders[:], w) {
			return false
		}
	}
	return true
}

// reportedSetting reports a setting someone else changed, told of: the
// words right before the match are a subject and a past tense ("Someone
// set SSL to Flexible yesterday", "the intern switched HSTS off"). "I" and
// "we" count only with a verb whose past differs from its present ("we
// changed …", not "we set …").
func reportedSetting(before string) bool {
	b := strings.TrimRight(before, " ")
	i := strings.LastIndexAny(b, " \n\t")
	verb := b[i+1:]
	if i < 0 {
		return false
	}
	b = strings.TrimRight(b[:i], " ")
	subject := b[strings.LastIndexAny(b, " \n\t")+1:]
	past := false
	switch verb {
	case "changed", "switched", "turned", "flipped", "moved", "lowered", "downgraded", "disabled":
		past = true
	case "set", "put":
	default:
		return false
	}
	switch subject {
	case "someone", "somebody", "who", "he", "she", "colleague", "intern", "contractor", "vendor", "attacker":
		return true
	case "i", "we":
		return past
	}
	return false
}
