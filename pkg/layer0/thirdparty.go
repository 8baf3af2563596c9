package layer0

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/cfplane/cfplane/pkg/lazyre"
)

// Indirect injection: instructions planted inside third-party content (an
// email, a table row, a code comment, a web snippet, a DNS TXT value) that
// an assistant is asked to process. Real third-party text says "please
// reply", "click the link", "include your order number in your reply" to
// its human reader; what these detectors look for is text that speaks to
// the assistant processing it, or about the assistant's own output, or a
// task that breaks out of the document it sits in:
//
//	L0-IND-001 an instruction about the assistant's reply: its language
//	           ("translate your response into Spanish"), content planted
//	           in it ("integrate a reminder in your reply for readers to…"),
//	           the assistant addressed by name ("Assistant, please…"), or
//	           a task attached to processing the text ("when you summarise
//	           this, also…", "before answering, ignore…") (review)
//	L0-IND-002 code to be planted in the assistant's code or answer ("embed
//	           the following snippet into your solution") whose body sends
//	           data out, runs commands or destroys files (review)
//	L0-IND-003 a document that is otherwise data (mail headers, a greeting
//	           and sign-off, a code block, a table) opening or closing with
//	           a stand-alone task for the reader that does not refer to the
//	           document (review)
//	L0-IND-004 an imperative naming one of cfplane's own tools ("call
//	           change_apply"), on tool outputs only (UntrustedEvidence)
//	           (review)
//
// Each is a warning on its own (review, not block): the same words in an
// operator's own request are unusual but not hostile.
var thirdPartySignals = []textRule{
	{ID: "L0-IND-001", Family: FamilyOverride, Category: CategoryInjection, Weight: weightWarning},
	{ID: "L0-IND-002", Family: FamilyOverride, Category: CategoryInjection, Weight: weightWarning},
	{ID: "L0-IND-003", Family: FamilyOverride, Category: CategoryInjection, Weight: weightWarning},
	// Raised only on text known to be third-party (UntrustedEvidence): an
	// imperative naming one of cfplane's tools.
	{ID: "L0-IND-004", Family: FamilyOverride, Category: CategoryInjection, Weight: weightWarning},
}

func initThirdparty1() { intentSignals = append(intentSignals, thirdPartySignals...) }

// thirdParty runs the indirect-injection detectors on one normalised view.
// Like the broad style detectors, a finding is added only where no
// override rule weighing as much has spoken already, so a sentence that
// L0-OVR-012 or L0-OVR-018 caught is not scored twice.
func (s *scanState) thirdParty(text string, found *[tpMaxGroups / 64]uint64) {
	// Findings only grow: when an override finding already silences every
	// id detectThirdParty can return, none of its findings would be added,
	// so it need not run (on attack-dense text it mostly need not).
	silenced := true
	for _, id := range thirdPartyTextIDs {
		if !s.hasFamilyFor([]string{FamilyOverride}, id) {
			silenced = false
			break
		}
	}
	if silenced {
		return
	}
	for _, f := range detectThirdPartyFound(text, found) {
		if s.hasFamilyFor([]string{FamilyOverride}, f.id) {
			return
		}
		s.addID(f.id, f.span)
	}
}

// thirdPartyViews runs them on every view, once the learned model has
// scored the text: the model is trained on the other rules' findings, and
// these stay evidence of their own.
//
// The prefilter groups of each view were found by scanView (s.groups, one
// entry per view, in order) when the classifier's automaton has them.
func (s *scanState) thirdPartyViews(views []view) {
	known := s.c.acGroups && len(s.groups) == len(views)
	for i, v := range views {
		if known {
			s.thirdParty(v.text, &s.groups[i])
		} else {
			s.thirdParty(v.text, nil)
		}
	}
}

type tpFinding struct{ id, span string }

// thirdPartyTextIDs are the ids detectThirdParty returns
// (TestThirdPartyTextIDs).
var thirdPartyTextIDs = []string{"L0-IND-001", "L0-IND-002", "L0-IND-003"}

// detectThirdParty returns the indirect-injection findings in a normalised
// (lower-case) text.
func detectThirdParty(text string) []tpFinding { return detectThirdPartyFound(text, nil) }

// detectThirdPartyFound is detectThirdParty, given which prefilter groups
// occur in text when found is not nil.
func detectThirdPartyFound(text string, found *[tpMaxGroups / 64]uint64) []tpFinding {
	var out []tpFinding
	c := newTPCtxFound(text, found)
	if span, ok := outputSteering(text, &c); ok {
		out = append(out, tpFinding{"L0-IND-001", evidenceSpan(span)})
	}
	if span, ok := codeImplant(text, &c); ok {
		out = append(out, tpFinding{"L0-IND-002", evidenceSpan(span)})
	}
	if span, ok := appendedTaskIn(text, true, &c); ok {
		out = append(out, tpFinding{"L0-IND-003", evidenceSpan(span)})
	}
	return out
}

// tpRule is an expression tried only when, for each of its groups of
// prefilter words, one of the group occurs in the text: most text has none
// of them, and the expression (unanchored) is the costly part.
type tpRule struct {
	pre  tpPre
	need [][]string
	re   *lazyre.Regexp
	g0   int32 // the number of its first group in tpNeedIndex
}

// tpPre is a cheaper gate, computed once per text (tpCtx), that a rule
// needs before its prefilter words are looked for.
type tpPre uint8

const (
	preNone     tpPre = iota
	preReply          // "your reply" (response, answer, summary, …)
	preReplyThe       // "your reply" or "the reply"
	preName           // an assistant's name followed by "," or ":"
)

// tpCtx holds the gates of one text, and which groups of prefilter words
// occur in it (tpNeedIndex: one pass over the text instead of a search per
// word).
type tpCtx struct {
	reply, theReply, named bool
	found                  [tpMaxGroups / 64]uint64
}

func newTPCtx(text string) tpCtx { return newTPCtxFound(text, nil) }

// newTPCtxFound is newTPCtx, given which groups occur in text when found
// is not nil (a classifier's scan of the view found them).
func newTPCtxFound(text string, found *[tpMaxGroups / 64]uint64) tpCtx {
	c := tpCtx{reply: followedBy(text, "your ", replyNouns), theReply: followedBy(text, "the ", replyNouns), named: addressedName(text)}
	if found != nil {
		c.found = *found
	} else {
		tpNeedIndex().scanGroups(text, c.found[:])
	}
	return c
}

// has reports whether a word of prefilter group g occurs in the text.
func (c *tpCtx) has(g int32) bool { return c.found[g>>6]&(1<<(uint(g)&63)) != 0 }

// needs is, for the prefilter groups numbered g0, g0+1, … (n of them),
// whether a word of each occurs in the text: containsAny for each group.
func (c *tpCtx) needs(g0 int32, n int) bool {
	for k := 0; k < n; k++ {
		if !c.has(g0 + int32(k)) {
			return false
		}
	}
	return true
}

// tpMaxGroups bounds the prefilter groups of the indirect-injection rules
// (TestTPNeedIndexAnswersAsContainsAny checks they fit).
const tpMaxGroups = 256

// tpNeedWord is a prefilter word of the indirect-injection rules and the
// number of its group.
type tpNeedWord struct {
	word  string
	group int32
}

// tpNeedWords lists every prefilter word of the indirect-injection rules
// (outputRules, inDataRules, untrustedRules, codeImplant's implantNeed
// and the one-line document check's dataMarkNeed) with its group's number: the groups are numbered here (a
// rule's groups consecutively, from its g0). Made on first use: most
// processes never get that far.
var tpNeedWords = sync.OnceValue(func() []tpNeedWord {
	var out []tpNeedWord
	g := int32(0)
	group := func(words []string) {
		for _, w := range words {
			if w == "" {
				panic("layer0: empty prefilter word") // containsAny would always accept it
			}
			out = append(out, tpNeedWord{w, g})
		}
		g++
	}
	for _, rules := range [][]tpRule{outputRules, inDataRules, untrustedRules} {
		for i := range rules {
			rules[i].g0 = g
			for _, grp := range rules[i].need {
				group(grp)
			}
		}
	}
	implantG0 = g
	for _, grp := range implantNeed {
		group(grp)
	}
	dataMarkG0 = g
	for _, grp := range dataMarkNeed {
		group(grp)
	}
	if g > tpMaxGroups {
		panic("layer0: too many prefilter groups for tpCtx")
	}
	tpGroups = g
	return out
})

// tpNeedIndex is one automaton over every prefilter word (tpNeedWords); an
// anchor's rule field is its group's number. A classifier's own automaton
// has the words too (reqGroup), so that its scan of a view finds them; this
// one serves texts scanned apart (detectThirdParty, untrustedEvidence).
var tpNeedIndex = sync.OnceValue(func() *acMatcher {
	ws := tpNeedWords()
	anchors := newAnchorSet(len(ws), len(ws))
	for _, w := range ws {
		anchors.add(w.word, anchorRef{rule: w.group})
	}
	return buildAC(anchors)
})

// implantG0 is the number of codeImplant's first prefilter group;
// tpGroups how many groups tpNeedIndex numbered. Both set by tpNeedIndex.
var implantG0, tpGroups int32

// dataMarkNeed is the literal one of which foldedDataMarks needs, a
// prefilter group numbered from dataMarkG0 (set by tpNeedIndex).
var (
	dataMarkNeed [][]string
	dataMarkG0   int32
)

// scanGroups sets in found the bit of every anchor's rule number (here a
// group number) that occurs in text, wherever it occurs: strings.Contains
// for every anchor at once.
func (m *acMatcher) scanGroups(text string, found []uint64) {
	s := int32(0)
	nc, dense := int32(m.nclass), int32(m.dense)
	next16, class, hasOut := m.next16, &m.class, m.hasOut
	for i := 0; i < len(text); i++ {
		switch { // step, with a full row's entry read here (as scan does)
		case s >= dense:
			s = m.step(s, class[text[i]])
		case next16 != nil:
			s = int32(next16[s*nc+int32(class[text[i]])])
		default:
			s = m.next[s*nc+int32(class[text[i]])]
		}
		if hasOut[s>>6]&(1<<(uint(s)&63)) == 0 {
			continue
		}
		for _, o := range m.outs[m.outStart[s]:m.outStart[s+1]] {
			found[o.rule>>6] |= 1 << (uint(o.rule) & 63)
		}
	}
}

var replyNouns = []string{"response", "reply", "replies", "answer", "output", "summar", "translation", "entire", "whole", "full", "final", "next", "complete"}

// followedBy reports whether one occurrence of lead in text is followed by
// a word starting with one of words. An occurrence is tried against the
// words only when the byte after it starts one of them.
func followedBy(text, lead string, words []string) bool {
	var first [4]uint64 // the words' first bytes
	for _, w := range words {
		if w == "" {
			return strings.Contains(text, lead)
		}
		first[w[0]>>6] |= 1 << (w[0] & 63)
	}
	for i := 0; ; {
		j := strings.Index(text[i:], lead)
		if j < 0 {
			return false
		}
		i += j + len(lead)
		if i >= len(text) || first[text[i]>>6]&(1<<(text[i]&63)) == 0 {
			continue
		}
		for _, w := range words {
			if strings.HasPrefix(text[i:], w) {
				return true
			}
		}
	}
}

// aiNames are the names text uses to address an assistant (English and
// the other languages of the rules), ahead of "," or ":".
var aiNames map[string]bool

// addressedName reports whether a word of aiNames stands right before a
// comma or colon somewhere in text.
func addressedName(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] != ',' && text[i] != ':' {
			continue
		}
		end := i
		for end > 0 && text[end-1] == ' ' {
			end--
		}
		// The word before: back to the last of " \n.!?;:," (as
		// strings.LastIndexAny(text[:end], " \n.!?;:,")+1, without building
		// its byte set at every comma).
		start := end
	back:
		for start > 0 {
			switch text[start-1] {
			case ' ', '\n', '.', '!', '?', ';', ':', ',':
				break back
			}
			start--
		}
		if start < end && aiNames[text[start:end]] {
			return true
		}
	}
	return false
}

// tpR is tp for a rule about "your reply"; tpRT also accepts "the reply";
// tpN for one addressing the assistant by name.
func tpR(need, pattern string, more ...string) tpRule {
	r := tp(need, pattern, more...)
	r.pre = preReply
	return r
}

func tpRT(need, pattern string, more ...string) tpRule {
	r := tp(need, pattern, more...)
	r.pre = preReplyThe
	return r
}

func tpN(pattern string) tpRule {
	return tpRule{pre: preName, re: lazyre.New(pattern)}
}

// tp compiles pattern behind the prefilter groups need and more (each a
// "|"-separated list of literals, lower case).
func tp(need, pattern string, more ...string) tpRule {
	r := tpRule{need: [][]string{strings.Split(need, "|")}, re: lazyre.New(pattern)}
	for _, m := range more {
		r.need = append(r.need, strings.Split(m, "|"))
	}
	return r
}

func (r tpRule) find(text string, c *tpCtx) (string, bool) {
	switch {
	case r.pre == preReply && !c.reply,
		r.pre == preReplyThe && !c.reply && !c.theReply,
		r.pre == preName && !c.named:
		return "", false
	}
	if !c.needs(r.g0, len(r.need)) {
		return "", false
	}
	if loc := r.re.FindStringIndex(text); loc != nil {
		return text[loc[0]:loc[1]], true
	}
	return "", false
}

const (
	tpReply   = `(?:(?:entire|whole|full|final|next|complete)\s+)?(?:response|reply|answer|output|summary|summari[sz]ation|translation)s?`
	tpLangs   = `(?:english|spanish|german|french|italian|portuguese|russian|chinese|mandarin|japanese|korean|arabic|hindi|dutch|swedish|norwegian|danish|finnish|polish|turkish|greek|hebrew|latin|vietnamese|thai|indonesian|ukrainian|czech|romanian|hungarian|swahili|klingon|pig latin|morse code|leetspeak|emojis?)`
	tpAIName  = `(?:ai|a\.i\.|assistant|ai assistant|chatbot|chat bot|language model|llm|gpt|chatgpt|claude|copilot|gemini|summari[sz]er|ai model|ai agent)`
	tpAIVerbs = `(?:ignore|disregard|forget|include|add|tell|say|reply|respond|answer|write|translate|summari[sz]e|do not|don'?t|make sure|be sure|remember|mention|insert|append|forward|send|recommend|visit|click|call|run|execute|output|print|delete|open|use|stop|instead|from now on|your new)`
)

// outputRules are the forms of L0-IND-001.
var outputRules []tpRule

// inDataRules are forms of L0-IND-001 that count only inside a document
// that is otherwise data (dataMarks): there a request about the language
// of the reply is a change of addressee, in a user's own message it is not.
var inDataRules []tpRule

func outputSteering(text string, c *tpCtx) (string, bool) {
	for _, r := range outputRules {
		if span, ok := r.find(text, c); ok {
			return span, true
		}
	}
	for _, r := range inDataRules {
		if span, ok := r.find(text, c); ok && dataMarks.MatchString(text) {
			return span, true
		}
	}
	return "", false
}

// L0-IND-002: "add the following code to your solution" with a body that
// acts on the machine or the network. A Stack Overflow answer says "add
// the following code to your script" too; what it rarely carries is a body
// that posts files, environment variables or cookies to a server, deletes
// system files or forks forever.
var (
	implantNeed [][]string
	implantAsk  = lazyre.New(`\b(?:following|subsequent|below|provided|next|attached)\s+(?:python\s+|bash\s+|shell\s+|js\s+|javascript\s+|short\s+|small\s+)?(?:code|script|snippet)(?:\s+(?:block|snippet|section|excerpt|segment|fragment|piece|chunk|lines?))?\b[^\n]{0,100}|\b(?:code|script)\s+(?:block|snippet|section|excerpt|segment|fragment)\s+(?:below|that follows)\b[^\n]{0,100}`)
	implantTo   = lazyre.New(`\byour\s+(?:code|codebase|program|solution|algorithm|implementation|script|response|answer|reply|elucidation|explanation|logic|project|application|app|function|work|output)\b|\bcode\s+you\s+(?:develop|write|produce|generate|create)\b|\b(?:into|in)\s+it\b`)
	riskyCode   = lazyre.New(`requests\.(?:post|put|get)\(|urllib|http\.client|httpx|\bsocket\.|smtplib|ftplib|paramiko|subprocess|os\.system|os\.popen|os\.remove|os\.rename|os\.fork|shutil\.(?:rmtree|move)|os\.environ|cookie|\.ssh|private[/_ ]?key|clipboard|pynput|keyboard\.|screenshot|psutil|/dev/sd|/etc/|\bexec\(|\beval\(|\bwget\b|\bcurl\b|\bnc -e|cryptography|while true:`)
)

func codeImplant(text string, c *tpCtx) (string, bool) {
	if !c.needs(implantG0, len(implantNeed)) {
		return "", false
	}
	for _, loc := range implantAsk.FindAllStringIndex(text, 4) {
		// The sentence holding the request, both sides of the match.
		lo := strings.LastIndexAny(text[:loc[0]], "\n.!?") + 1
		hi := loc[1]
		if !implantTo.MatchString(text[lo:hi]) {
			continue
		}
		// The body is read from the request on: the request's match runs
		// up to 100 bytes on, over the first lines of the code when they
		// share its line (a text read one line at a time).
		if riskyCode.MatchString(text[loc[0]:min(len(text), loc[0]+1600)]) {
			return text[lo:hi], true
		}
	}
	return "", false
}

// L0-IND-003: a stand-alone task at the edge of a data document.
var (
	taskQuestion = lazyre.New(`^(?:what|who|whom|which|how|why|where|when|can you|could you|would you|will you|is there|are there|do you|does)\b[^\n]{3,200}\?$`)
	taskCommand  = lazyre.New(`^(?:explain|describe|provide|compose|write|summari[sz]e|translate|analy[sz]e|list|suggest|give|tell me|break down|create|generate|recommend|calculate|compare|outline|draft|define|share|detail|discuss|elaborate on|illustrate|propose|design|evaluate|assess|predict|rewrite|convert|solve|show me|teach me|help me|find)\b[^\n]{5,200}$`)
	// A task that refers to the document is the user's own question about
	// it ("summarise the email above"), not one planted in it.
	taskRefers = lazyre.New(`\b(?:this|these|those|above|below|following|attached|here|it)\b|\bthe (?:\w+ )?(?:email|text|message|code|table|document|data|content|article|passage|results?)\b`)
	// Marks of data: mail headers, a greeting or sign-off, a code block or
	// shell transcript, a table row.
	dataMarks = lazyre.New(`(?m)(?:^|\|)\s*(?:subject|email_from|from|to|received date|sent|date|cc)\s*:|^(?:hi|hello|dear)\s+\w+|` + "```" + `|traceback \(most recent|^\s*(?:>>>|\$ )|^\s*\|[^\n|]+\|[^\n|]+\||best regards|kind regards|sincerely|unsubscribe`)
)

// taskQuestionStart and taskCommandStart are taskQuestion and
// taskCommand behind their leading words.
var (
	taskQuestionStart *startGate
	taskCommandStart  *startGate
)

// startGate is an expression anchored at the start of the text ("^…"),
// run only on text that starts with one of the literals every match starts
// with (leadingLiterals of the rest, derived on first use): most lines
// start with none, and the expression's set-up is the costly part.
type startGate struct {
	re    *lazyre.Regexp
	leads func() ([]string, bool)
}

func startGated(re *lazyre.Regexp) *startGate {
	return &startGate{re: re, leads: sync.OnceValues(func() ([]string, bool) {
		src := re.String()
		if !strings.HasPrefix(src, "^") {
			return nil, false // not anchored at the text's start: no gate
		}
		return leadingLiterals(src[1:])
	})}
}

// matchString is re.MatchString(s).
func (g *startGate) matchString(s string) bool {
	if leads, ok := g.leads(); ok {
		found := false
		for _, l := range leads {
			if strings.HasPrefix(s, l) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return g.re.MatchString(s)
}

// appendedTaskIn is L0-IND-003's check: a task opening or closing a
// document. needMarks false drops the requirement that the rest look like
// data (its provenance already says so); c says which prefilter words
// occur in text.
func appendedTaskIn(text string, needMarks bool, c *tpCtx) (string, bool) {
	first := strings.IndexByte(text, '\n')
	if first < 0 {
		if len(text) < 120 || needMarks && !c.needs(dataMarkG0, len(dataMarkNeed)) {
			return "", false // no literal of a data mark: nothing compiled or run
		}
		return appendedTaskFolded(text, needMarks)
	}
	last := strings.LastIndexByte(strings.TrimRight(text, "\n "), '\n')
	head, tail := strings.TrimSpace(text[:first]), strings.TrimSpace(text[last+1:])
	for _, c := range []struct{ line, rest string }{{tail, text[:last]}, {head, text[first+1:]}} {
		if taskAtEdge(c.line, c.rest, needMarks, dataMarks) {
			return c.line, true
		}
	}
	return "", false
}

// taskAtEdge reports whether line, opening or closing a document whose
// other text is rest, is a stand-alone task for the reader: a question or
// an order that does not refer to the document, in a document that looks
// like data (marks, unless needMarks is false).
func taskAtEdge(line, rest string, needMarks bool, marks *lazyre.Regexp) bool {
	if len(rest) < 100 || len(line) > 220 {
		return false
	}
	if !taskQuestionStart.matchString(line) && !taskCommandStart.matchString(line) {
		return false
	}
	return !taskRefers.MatchString(strings.NewReplacer("this week", "", "this year", "", "this month", "").Replace(line)) &&
		!sharesWord(line, rest) && (!needMarks || marks.MatchString(rest))
}

// foldedDataMarks are dataMarks that still mark data when the line breaks
// were folded into spaces (a text read one line at a time): without the
// line starts, only the unmistakable ones.
var foldedDataMarks = lazyre.New(`(?:^|\|)\s*(?:subject|email_from|received date)\s*:|\b(?:hi|hello|dear)\s+[a-z]+\s*,|` + "```" + `|traceback \(most recent|best regards|kind regards|sincerely|unsubscribe`)

// appendedTaskFolded is appendedTaskIn for a text on one line: the task is
// the first sentence, or the question ending the text.
func appendedTaskFolded(text string, needMarks bool) (string, bool) {
	var cands [2]struct{ line, rest string }
	n := 0
	if end := strings.IndexAny(text, ".?!"); end > 0 && end < 220 && end+1 < len(text) && text[end+1] == ' ' {
		cands[n].line, cands[n].rest = strings.TrimSpace(text[:end+1]), text[end+1:]
		n++
	}
	if strings.HasSuffix(text, "?") {
		// the question: from the last question word after which no
		// sentence ends before the final mark
		body := text[:len(text)-1]
		lo := max(0, len(body)-220)
		if k := strings.LastIndexAny(body[lo:], ".?!"); k >= 0 {
			lo += k + 1
		}
		tail := body[lo:]
		for i := 0; i < len(tail); i++ {
			// mid-sentence, only after a line that lost its break (a
			// sign-off, a cut-off line), not after a clause of the same
			// sentence ("…, and is there anything I should add?")
			if (i == 0 || tail[i-1] == ' ' && !joinsClause(tail[:i-1])) && taskQuestionStart.matchString(tail[i:]+"?") {
				cands[n].line, cands[n].rest = tail[i:]+"?", text[:lo+i]
				n++
				break
			}
		}
	}
	for _, c := range cands[:n] {
		if taskAtEdge(c.line, c.rest, needMarks, foldedDataMarks) {
			return c.line, true
		}
	}
	return "", false
}

// joinsClause reports text ending in a comma or a word that joins the next
// words to its sentence.
func joinsClause(text string) bool {
	if strings.HasSuffix(text, ",") || strings.HasSuffix(text, ";") || strings.HasSuffix(text, ":") || strings.HasSuffix(text, "—") {
		return true
	}
	w := text[strings.LastIndexByte(text, ' ')+1:]
	switch w {
	case "and", "or", "but", "so", "because", "if", "whether", "then", "also", "know", "wonder", "ask", "asking", "tell", "me", "see", "check":
		return true
	}
	return false
}

// sharesWord reports whether line uses a longer word of rest: a question
// about the invoice in a mail about an invoice is the reader's own.
func sharesWord(line, rest string) bool {
	for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 6 && !commonTaskWords[w] && strings.Contains(rest, w) {
			return true
		}
	}
	return false
}

var commonTaskWords map[string]bool

// Text whose provenance is known — a DNS TXT value, a rule description, a
// list item comment, a user agent, a request path returned by a tool — is
// data by definition, so forms that are ordinary in an operator's own
// request are instructions there: the assistant addressed by name at the
// very start ("Assistant, please run…"), the reply's language ("reply in
// German"), "tell the user…", and an imperative naming one of cfplane's
// own tools ("call change_apply", L0-IND-004).
var untrustedRules []tpRule

// toolImperative is "call change_apply": a verb of running aimed at one of
// the tools in cfplane's catalogue.
var toolImperative = lazyre.NewFunc(func() string {
	names := make([]string, 0, len(catalogue))
	for n := range catalogue {
		names = append(names, regexp.QuoteMeta(n))
	}
	sort.Strings(names)
	return `\b(?:call|run|invoke|execute|use|trigger|apply|approve|approve and apply)\s+(?:the\s+)?(?:tool\s+|function\s+)?(?:` + strings.Join(names, "|") + `)\b`
})

// UntrustedEvidence returns the findings that text holds as third-party
// content, beyond what ClassifyText finds in it: pkg/untrusted flags a
// tool output on either. Rules the policy disabled are left out.
func (c *Classifier) UntrustedEvidence(text string) []Evidence {
	if len(text) > MaxInputBytes || strings.TrimSpace(text) == "" {
		return nil
	}
	var out []Evidence
	add := func(id, span string) {
		if i, ok := c.byID[id]; ok && !c.rules[i].disabled {
			for _, e := range out {
				if e.Rule == id {
					return
				}
			}
			out = append(out, Evidence{Rule: id, Span: evidenceSpan(span)})
		}
	}
	for _, v := range normalize(text).views {
		ctx := newTPCtx(v.text)
		for _, r := range untrustedRules {
			if span, ok := r.find(v.text, &ctx); ok {
				add("L0-IND-001", span)
				break
			}
		}
		if span, ok := appendedTaskIn(v.text, false, &ctx); ok {
			add("L0-IND-003", span)
		}
		if strings.Contains(v.text, "_") {
			if loc := toolImperative.FindStringIndex(v.text); loc != nil {
				add("L0-IND-004", v.text[loc[0]:loc[1]])
			}
		}
	}
	return out
}

// initThirdpartyTables assigns this file's tables (buildTables, on first use).
func initThirdpartyTables() {
	aiNames = map[string]bool{"ai": true, "a.i.": true, "assistant": true, "chatbot": true, "bot": true, "model": true, "llm": true, "gpt": true,
		"chatgpt": true, "claude": true, "copilot": true, "gemini": true, "summarizer": true, "summariser": true, "agent": true,
		"ki": true, "assistent": true, "asistente": true, "assistente": true, "ia": true, "l'ia": true}
	outputRules = []tpRule{
		// The reply's language changed for the user.
		tpRT("translat|render|write|give|provide|put|deliver|present|compos|convert|rewrit", `\b(?:translate|render|write|give|provide|put|deliver|present|compose|convert|rewrite)\s+(?:your|the)\s+(?:entire\s+|whole\s+|final\s+|full\s+)?`+tpReply+`\s+(?:in|into|to)\s+`+tpLangs+`\b`, "english|spanish|german|french|italian|portuguese|russian|chinese|mandarin|japanese|korean|arabic|hindi|dutch|swedish|norwegian|danish|finnish|polish|turkish|greek|hebrew|latin|vietnamese|thai|indonesian|ukrainian|czech|romanian|hungarian|swahili|klingon|morse|leetspeak|emoji"),
		// "reply in German" alone is an ordinary request ("who is the president
		// of Brasil? answer in english"); only always/only forms count anywhere,
		// the bare form inside a data document (inDataRules).
		tp("reply|respond|answer", `\b(?:always|only|exclusively|solely|from now on)\s+(?:reply|respond|answer)\s+(?:in|using)\s+`+tpLangs+`\b|\b(?:reply|respond|answer)\s+(?:only|exclusively|solely|always)\s+(?:in|using)\s+`+tpLangs+`\b`, "always|only|exclusively|solely|from now on", "english|spanish|german|french|italian|portuguese|russian|chinese|mandarin|japanese|korean|arabic|hindi|dutch|swedish|norwegian|danish|finnish|polish|turkish|greek|hebrew|latin|vietnamese|thai|indonesian|ukrainian|czech|romanian|hungarian|swahili|klingon|morse|leetspeak|emoji"),
		// Content planted in the reply.
		tpR("integrat|incorporat|weav|embed|slip|inject|insert|sneak", `\b(?:integrate|incorporate|weave|embed|slip|inject|insert|sneak|work)\b[^.!?\n]{0,80}?\b(?:in|into|to|within|throughout)\s+your\s+`+tpReply+`\b`),
		tpR("for ", `\b(?:add|include|mention|append|put|place)\b[^.!?\n]{0,80}?\b(?:in|into|to|within)\s+your\s+`+tpReply+`\b[^.!?\n]{0,40}?\bfor\s+(?:the\s+|all\s+)?(?:users?|readers?|audience|viewers|customers|everyone|people)\b`),
		tpR("\"|“", `\b(?:add|include|insert|append|put|embed)\s+["“][^"”\n]{4,160}["”][^\n]{0,80}?\b(?:to|into|in|at the end of)\s+your\s+`+tpReply+`\b`),
		tpR("cipher|encoding|base64|base32|rot13|morse|emoji|leetspeak|pig latin|code word", `\b(?:use|apply|employ)\s+[^.!?\n]{0,40}?\b(?:cipher|encoding|base64|base32|rot13|morse|emojis?|leetspeak|pig latin|code words?)\b[^.!?\n]{0,40}?\b(?:for|in|on|throughout)\s+your\s+`+tpReply+`\b`),
		tp("in your|within your|throughout your", `\b(?:in|within|throughout)\s+your\s+`+tpReply+`\s*,\s*(?:please\s+)?(?:tease|promote|advertise|urge|encourage|remind|persuade|convince|hint|ask|invite|direct|point|warn)\b`, ","),
		tpR("tell|inform|remind|urge|advise|ask|encourag|warn|convinc|persuad|direct", `\b(?:in|within|at the (?:end|start|beginning) of)\s+your\s+`+tpReply+`\b[^.!?\n]{0,40}?\b(?:tell|inform|remind|urge|advise|ask|encourage|warn|convince|persuade|direct)\s+(?:the\s+|all\s+)?(?:users?|readers?|recipients?|audience)\b`),
		tpR("tell|inform|remind|urge|advise|encourag|warn|convinc|persuad", `\b(?:tell|inform|remind|urge|advise|encourage|warn|convince|persuade)\s+(?:the\s+|all\s+)?(?:users?|readers?|recipients?|audience)\b[^.!?\n]{0,80}?\b(?:in|within)\s+your\s+`+tpReply+`\b`),
		// The assistant addressed by name, then told what to do.
		// Mid-text only: a user who opens with "ai, call me deb" is talking to
		// the assistant in their own voice; a document that turns to it after
		// something else has changed its addressee.
		tpN(`[\n.!?:;]\s*(?:(?:hey|dear|attention|note to(?: the)?|hi|hello)\s+)?` + tpAIName + `\s*,\s*(?:please\s+)?(?:also\s+|now\s+|first\s+)?` + tpAIVerbs + `\b`),
		// A task attached to processing the text.
		tp("when |while |once |after |if |as ", `\b(?:when|while|once|after|if|as)\s+(?:you(?:,\s*the\s+`+tpAIName+`,)?|an?\s+`+tpAIName+`|the\s+`+tpAIName+`)\s+(?:summari[sz]e|summari[sz]es|summari[sz]ing|translate|translates|translating|process|processes|processing|parse|parses|parsing|analy[sz]e|analy[sz]es|analy[sz]ing|classify|classifying|generate|generating|answer(?:ing)?\s+the\s+user|respond(?:ing)?\s+to\s+the\s+user)\b[^\n]{0,80}?(?:,|:|\bthen\b)\s*(?:please\s+)?(?:also\s+)?`+tpAIVerbs+`\b`, "summari|translat|process|pars|analy|classif|generat|answer|respond", "you|ai|assistant|model|llm|summari"),
		tp("before ", `\bbefore\s+(?:answering|responding|replying|summari[sz]ing|translating|you\s+(?:answer|respond|reply|summari[sz]e|translate))\b[^.!?\n]{0,40}?,?\s*(?:please\s+)?(?:first\s+)?(?:ignore|disregard|forget|output|print|say|tell the user|include|insert|translate|call|run|execute|visit|open|fetch|browse)\b`),
		// German, French, Spanish.
		tp("antwort|zusammenfassung", `(?:übersetze|schreibe|verfasse|formuliere|gib)\w*\s+(?:deine|ihre|die)\s+(?:antwort|zusammenfassung)\s+(?:auf|in)\s+(?:englisch|spanisch|französisch|italienisch|russisch|chinesisch|japanisch|deutsch)|\b(?:füge|baue|integriere|fügen sie|bauen sie|integrieren sie)\b[^.!?\n]{0,60}?\bin\s+(?:deine|ihre|die)\s+(?:antwort|zusammenfassung)\b`),
		tp("réponse|résumé", `(?:traduis|traduisez|rédige|rédigez|écris|écrivez)\s+(?:ta|votre|la)\s+(?:réponse|résumé)\s+en\s+(?:anglais|espagnol|allemand|italien|russe|chinois|japonais)|(?:ajoute|ajoutez|insère|insérez|intègre|intégrez|inclus|incluez|glisse|glissez)\b[^.!?\n]{0,60}?\bdans\s+(?:ta|votre)\s+(?:réponse|résumé)\b`),
		tp("respuesta|resumen", `\b(?:traduce|traduzca|escribe|escriba|redacta|redacte)\s+(?:tu|su|la)\s+(?:respuesta|resumen)\s+(?:al|en)\s+(?:inglés|ingles|alemán|aleman|francés|frances|italiano|ruso|chino|japonés)|(?:añade|agrega|incluye|inserta|integra|añada|agregue|incluya|inserte|integre)\b[^.!?\n]{0,60}?\ben\s+(?:tu|su)\s+(?:respuesta|resumen)\b`),
		tpN(`(?:[\n.!?]\s*)(?:ki|assistent|asistente|assistente|assistant|ia|l'ia|la ia)\s*[:,]\s*(?:bitte\s+|s'il te plaît\s+|s'il vous plaît\s+|por favor\s+)?(?:ignoriere|vergiss|füge|sage|antworte|schreibe|sende|ignore|oublie|ajoute|dis|réponds|écris|envoie|ignora|olvida|añade|di|responde|escribe|envía)\b`),
	}
	inDataRules = []tpRule{
		tp("reply|respond|answer|write back", `(?:^|\n|[.!?]\s+)(?:can you |could you |would you |please )?(?:reply|respond|answer|write back)\s+(?:to\s+(?:me|the user|the question|everything)\s+)?(?:only\s+)?(?:in|using)\s+`+tpLangs+`\b`, "english|spanish|german|french|italian|portuguese|russian|chinese|mandarin|japanese|korean|arabic|hindi|dutch|swedish|norwegian|danish|finnish|polish|turkish|greek|hebrew|latin|vietnamese|thai|indonesian|ukrainian|czech|romanian|hungarian|swahili|klingon|morse|leetspeak|emoji"),
	}
	implantNeed = [][]string{bar("code|script|snippet"), bar("following|subsequent|below|provided|next|attached"), bar("your|code you|into it|in it")}
	dataMarkNeed = [][]string{bar("subject|email_from|received date|hi |hello |dear |```|traceback|regards|sincerely|unsubscribe")}
	taskQuestionStart = startGated(taskQuestion)
	taskCommandStart = startGated(taskCommand)
	commonTaskWords = map[string]bool{"please": true, "should": true, "would": true, "could": true, "explain": true, "describe": true,
		"provide": true, "summarize": true, "summarise": true, "between": true, "through": true, "create": true, "generate": true,
		"recommend": true, "suggest": true, "different": true, "important": true, "question": true, "questions": true}
	untrustedRules = []tpRule{
		tpN(`^(?:(?:hey|dear|attention|note to(?: the)?|hi|hello)\s+)?` + tpAIName + `\s*[,:]\s*(?:please\s+)?(?:also\s+|now\s+|first\s+)?` + tpAIVerbs + `\b`),
		tp("reply|respond|answer|write back", `(?:^|[\n.!?;]\s*)(?:can you |could you |would you |please )?(?:always\s+)?(?:reply|respond|answer|write back)\s+(?:to\s+(?:me|the user|the question|everything)\s+)?(?:only\s+)?(?:in|using)\s+`+tpLangs+`\b`, "english|spanish|german|french|italian|portuguese|russian|chinese|mandarin|japanese|korean|arabic|hindi|dutch|swedish|norwegian|danish|finnish|polish|turkish|greek|hebrew|latin|vietnamese|thai|indonesian|ukrainian|czech|romanian|hungarian|swahili|klingon|morse|leetspeak|emoji"),
		// Not "ask the user": a challenge rule's description may say that.
		tp("user", `\b(?:tell|inform|instruct|convince|persuade)\s+(?:the|your)\s+users?\b`),
	}
}
