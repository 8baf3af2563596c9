package layer0

import (
	"regexp"
	"strings"
)

// Domain intents: what an attacker wants from cfplane in particular, stated
// in plain words (and in the languages operators and attackers use), each
// with its own evidence id:
//
//	L0-INT-001 secret exfiltration: the token, key, credentials or a config
//	           holding them asked for, or routed into a record, a rule
//	           description, a list comment or a URL (block)
//	L0-INT-002 privilege escalation against cfplane's own controls: approval,
//	           read-only mode, the policy, invariants, budgets, "skip
//	           everything for my IP" (review)
//	L0-INT-003 destructive intent in prose: all custom rules skipped,
//	           managed rules to log-only, the apex pointed at a private
//	           address, mail routed to another domain (review)
//	L0-INT-004 instructions quoted from third-party content: "the TXT record
//	           says: call change_apply" (review)
//
// They are code rather than policy patterns because each needs a little
// context (a negation before the verb, a how-to question between verb and
// object) that a single regular expression cannot express in RE2.

var intentSignals = []textRule{
	{ID: "L0-INT-001", Family: FamilyExfiltration, Category: CategoryExfiltration, Weight: weightCritical},
	{ID: "L0-INT-002", Family: FamilyEscalation, Category: CategoryPrivilege, Weight: weightError},
	{ID: "L0-INT-003", Family: FamilyDestructive, Category: CategoryWeakening, Weight: weightError},
	{ID: "L0-INT-004", Family: FamilyOverride, Category: CategoryInjection, Weight: weightError},
	// Instruction override and prompt disclosure in other languages (the
	// English forms are L0-OVR-001..004).
	{ID: "L0-OVR-014", Family: FamilyOverride, Category: CategoryInjection, Weight: weightCritical},
}

func words(ws ...string) string { return `(?:` + strings.Join(ws, `|`) + `)` }

// mustFold compiles a pattern written in ordinary spelling against text
// that normalisation has folded: Cyrillic and Greek letters that look Latin
// are Latin there.
func mustFold(p string) *regexp.Regexp {
	var b strings.Builder
	for _, r := range p {
		if c, ok := confusables[r]; ok {
			r = c
		}
		b.WriteRune(r)
	}
	return regexp.MustCompile(b.String())
}

var (
	// Secrets, in the languages of the development data.
	secretWord = words(
		`(?:cloudflare |cf |api |access |auth |bearer |account |zone |service )?(?:api[ -]?)?tokens?`, `api[ -]?keys?`, `global api key`, `secret keys?`, `private keys?`,
		`credentials?`, `\$?cloudflare_api_(?:token|key)`, `\$?cf_api_(?:token|key)`, `approval (?:key|secret)`, `receipt key`,
		`api-token`, `zugangsdaten`, `schlüssel`, `passwort`, `kennwort`,
		`jeton(?: d'api| api)?`, `clé(?: d'api| api| secrète)`, `identifiants`, `mot de passe`,
		`clave(?: de (?:la )?api| secreta)`, `credenciales`, `contraseña`, `chiave(?: api| segreta)`, `credenziali`,
		`токен\S*`, `ключ\S*`, `парол\S*`, `учетные данные`, `учётные данные`,
		`令牌`, `密钥`, `凭证`, `凭据`, `密码`, `トークン`, `apiキー`, `認証情報`, `パスワード`, `토큰`, `api 키`, `비밀번호`)
	// Verbs asking for something to be shown or handed over.
	discloseWord = words(
		`print`, `show`, `reveal`, `display`, `dump`, `paste`, `give`, `tell`, `send`, `output`, `leak`, `expose`, `read out`, `cat`,
		`echo`, `copy`, `share`, `email`, `post`, `write out`, `spell out`,
		`zeig\S*`, `gib`, `drucke?`, `verrate?`, `nenn\S*`, `schick\S*`,
		`montre\S*`, `affiche\S*`, `donne\S*`, `révèle\S*`, `imprime\S*`, `envoie\S*`, `dis-moi`,
		`muestra\S*`, `muéstra\S*`, `dame`, `revela\S*`, `enséña\S*`, `envía\S*`, `dime`,
		`mostra\S*`, `dammi`, `rivela\S*`, `stampa\S*`, `mostre`, `revele`,
		`покажи\S*`, `дай\S*`, `выведи\S*`, `напечатай\S*`, `отправь\S*`, `раскрой\S*`, `скажи\S*`, `назови\S*`,
		`打印`, `显示`, `告诉`, `给我`, `发给`, `输出`, `泄露`, `展示`, `表示`, `教えて`, `見せて`, `出力`, `보여`, `알려`, `출력`)
	intentDisclose = mustFold(`(?:^|[^\pL])` + discloseWord + `(?:[^\pL]|$)(.{0,60}?)(?:^|[^\pL])?` + secretWord)
	// Languages that put the verb last: the secret comes first.
	intentDiscloseRev = mustFold(secretWord + `(.{0,30}?)(?:打印|显示|告诉|发给|输出|泄露|展示|表示|教えて|見せて|出力|보여|알려|출력)`)
	// The agent's own configuration, which holds its credentials.
	intentConfig = mustFold(`\b(?:dump|print|show|display|cat|output|paste|reveal|export|send)\b(?:\s+\S+){0,3}?\s+(?:your|cfplane'?s?|the agent'?s?|the server'?s?|the mcp server'?s?|its|own|(?:the )?(?:entire|whole|full|complete|raw))(?:\s+\S+){0,3}?\s+(?:config(?:uration)?(?: files?)?|env(?:ironment)?(?: variables| vars)?|\.env|settings file|startup (?:flags|arguments|parameters))\b`)
	// Where a secret can be routed so that someone outside reads it.
	intentSink   = mustFold(`\b(?:txt|dns|cname|a|aaaa|mx) records?\b|\brecords?\b|\bdescriptions?\b|\bcomments?\b|\bnotes?\b|\b(?:rule|list|record) names?\b|\bredirect(?: target| url)?\b|\burl\b|https?://|\bquery string\b|\bheaders?\b|\blabels?\b|\bregistro\b|\benregistrement\b|\beintrag\b|\bзапис\S*|记录|レコード`)
	intentSecret = mustFold(`(?:^|[^\pL])` + secretWord)
	intentRoute  = mustFold(`\b(?:put|write|place|set|include|embed|store|insert|copy|paste|add|append|encode|contains?|containing|whose (?:content|value|name|description|comment) is|content is|value is|with|followed by|crea|créer?|erstell\S*|lege)\b`)
	// Words between a verb and a secret that make it a question about
	// secrets rather than a request for one.
	intentHowTo = mustFold(`\b(?:how|why|when|whether|which|if|create|rotate|roll|revoke|expir\S*|permissions?|scopes?|last \d+|length|format|type|safely|securely|about)\b|\bstuffing\b`)
	intentNeg   = mustFold(`\b(?:don'?t|do not|never|without|not|no need to|nicht|ne|sin|no)(?:\s+\S+){0,2}\s*$`)
	// A question about which secret the agent holds is a request for it.
	intentWhich = mustFold(`\bwhat(?:\s+\S+){0,2}?\s+(?:tokens?|keys?|credentials?|passwords?)\s+(?:are|is|do|did)\s+you\s+(?:configured with|using|use|running with|have|holding|logged in with)\b|\b(?:tokens?|keys?|credentials?|passwords?)\b(?:\s+\S+){0,4}?\s+(?:(?:paste|print|show|send|give|post) (?:it|them)|(?:read|spell) (?:it|them) out)\b`)

	// L0-INT-002: cfplane's own controls.
	intentEscalation = []*regexp.Regexp{
		mustFold(`\b(?:turn off|disable|switch off|exit|leave|drop|get out of|remove|lift|bypass|deactivate)\b(?:\s+\S+){0,3}?\s+read[- ]?only\b|\b(?:switch|put|set|flip)\b(?:\s+\S+){0,3}?\s+(?:to|into|in)\s+(?:write|read-write|rw|full[- ]access) (?:mode|access)\b|\benable (?:write|writes|write mode|write access)\b`),
		mustFold(`(?:nur-lese|lesemodus|schreibschutz)\S*\s+(?:\S+\s+){0,3}?(?:aus\b|deaktiv\S*|abschalt\S*)|\b(?:schalte|deaktiviere|mach)\S*\s+(?:\S+\s+){0,3}?(?:nur-lese|lesemodus|schreibschutz)|(?:désactive|enlève|quitte|sors du|coupe)\S*\s+(?:\S+\s+){0,2}?mode lecture seule|(?:desactiva|quita|sal del|apaga)\S*\s+(?:\S+\s+){0,2}?modo (?:de )?solo lectura|(?:disattiva|togli)\S*\s+(?:\S+\s+){0,2}?(?:modalità )?sola lettura|(?:отключи|выключи|сними)\S*\s+(?:\S+\s+){0,2}?(?:режим )?только для чтения|关闭只读|取消只读`),
		mustFold(`\b(?:ohne|sans|sin|senza|sem|без)\s+(?:\S+\s+)?(?:freigabe|genehmigung|prüfung|validation|approbation|vérification|aprobación|revisión|approvazione|revisione|aprovação|согласовани\S*|одобрени\S*|подтверждени\S*)|无需审批|不经审批|跳过审批|承認なしで`),
		mustFold(`\b(?:mark|treat|consider|record|flag|pretend|say|log)\b(?:\s+\S+){0,3}?\s+(?:as\s+|is\s+|was\s+|it's\s+|been\s+)?(?:already\s+)?(?:approved|granted|signed off)\b(?:\s+and\b|\s*[,.;]|\s*$)|\bapprov\S*\s+(?:your|its|the agent'?s)\s+own\b`),
		mustFold(`\b(?:edit|change|modify|update|rewrite|loosen|relax|patch|tweak|adjust)\b(?:\s+\S+){0,3}?\s+(?:the |cfplane'?s? |layer ?0'?s? |our |your )?(?:polic(?:y|ies)|rules?|config(?:uration)?|settings)\b.{0,40}?\bso (?:that )?.{0,60}?\b(?:no longer (?:needs?|requires?|goes? through)|(?:doesn'?t|don'?t|does not|do not|won'?t|will not|never) (?:need|require|go through|trigger|ask for)|without|skips?|bypass\S*|no)\b.{0,20}?\b(?:reviews?|approvals?|confirmations?|sign-?offs?|checks?)\b`),
		mustFold(`\b(?:disable|turn off|switch off|remove|bypass|ignore|suspend|relax|lift|skip|drop|override|delete)\b(?:\s+\S+){0,3}?\s+(?:the |all |every |its |cfplane'?s? |these )?(?:invariants?|(?:change |mutation |daily )?budgets?|blast[- ]radius (?:limit|check)s?|safety (?:checks?|nets?|rails?)|guard ?rails?|protections? (?:of|on) cfplane)\b`),
		mustFold(`\b(?:skip|bypass|exempt|disable|turn off|ignore|whitelist|allowlist)\b.{0,40}?\b(?:all|every|everything|each|any)\b.{0,40}?\bfor\s+(?:all\s+|any\s+)?(?:requests?\s+|traffic\s+)?(?:(?:coming\s+)?from\s+)?(?:my|our|this|one) (?:ip|address|ips|addresses|machine|laptop|network)\b|\bexempt (?:my|our|this) (?:ip|address|network)\b.{0,30}?\bfrom (?:all|every|everything|any)\b`),
		mustFold(`\b(?:apply|push|deploy|execute|run|ship|commit|merge|make|roll out)\b.{0,40}?\bwithout (?:waiting for |asking for |getting |needing |any |a |an |the )*(?:approvals?|reviews?|sign-?offs?|confirmations?|human (?:review|approval|sign-?off))\b`),
		mustFold(`\b(?:don'?t|do not|never|stop|no need to)\s+(?:bother|ask|wait|check|prompt)\b(?:\s+\S+){0,3}?\s+(?:me\s+)?(?:with|for)\s+(?:\S+\s+){0,2}?(?:confirmations?|approvals?|reviews?|sign-?offs?)\b`),
	}
	// L0-INT-003: destructive changes stated in prose.
	privateAddr       = `(?:10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|169\.254\.\d{1,3}\.\d{1,3}|0\.0\.0\.0|localhost|::1|fd[0-9a-f]{2}:[0-9a-f:]+)`
	intentDestructive = []*regexp.Regexp{
		mustFold(`\b(?:skip|bypass|disable|turn off|switch off|deactivate|pause)\b\s+(?:all|every|each|any)\s+(?:of (?:the|our) )?(?:\S+\s+)?(?:custom |waf |firewall |managed |security |rate[- ]limit(?:ing)? )?(?:rules?|rulesets?|protections?)\b`),
		mustFold(`\b(?:set|put|switch|change|flip|turn|move|downgrade|convert|make|run|place)\b.{0,60}?\b(?:managed|waf|firewall|custom|security|owasp|crs|rule ?sets?|rules?|regelwerk\S*|regeln)\b.{0,50}?(?:\blog[- ]only\b|\bto log\b|\binto log\b|\blog mode\b|\blogging only\b|\bjust log\b|\bonly log\b|\bsimulate\b|\bmonitor(?:ing)?[- ]only\b|\bcount[- ]only\b|nur (?:protokoll\S*|loggen)|seulement journaliser|solo registrar)`),
		mustFold(`\b(?:apex|root|naked domain|bare domain|zone apex|@ record|root domain|www)\b.{0,50}?\b(?:to|at|=|:)\s*` + privateAddr + `\b|\b(?:point|resolve|aim|send|route)\b.{0,40}?\b(?:apex|root|naked domain|bare domain)\b.{0,30}?` + privateAddr),
		mustFold(`(?:setze|stelle|schalte)\S*\s+.{0,40}?regelwerk\S*.{0,30}?(?:protokoll|loggen)|\b(?:change|repoint|switch|redirect|replace|move|update|swap|point)\b(?:\s+\S+){0,3}?\s+(?:the |our |all )?(?:mx(?: records?)?|mail (?:servers?|exchangers?|routing))\b.{0,60}?\b(?:to|at)\s+(?:mx\.|mail\.|smtp\.)?[a-z0-9-]+\.[a-z0-9.-]+|\b(?:forward|redirect|send|route)\s+(?:all|every|our|the)\s+(?:incoming\s+)?(?:e-?mails?|mail)\b.{0,30}?\bto\b`),
	}
	// L0-INT-004: an instruction attributed to third-party content.
	intentQuoted = []*regexp.Regexp{
		mustFold(`\b(?:txt|dns|cname) records?\b|\b(?:the |this |that |a )(?:record|comment|description|note|user[- ]agent(?: string)?|log (?:line|entry|message)|header|page|web ?page|email|ticket|document|field|readme|website|error message|response body|tool output|list entry|rule name)\b`),
	}
	intentSays   = mustFold(`\b(?:says?|said|reads?|tells? you|told you|asks? you|instructs? you|wants? you|contains? (?:an? )?instructions?(?: for you)?|includes? (?:an? )?instructions?|is asking you)\b\s*[:,"'“]?|(?:from|in) (?:the |this |that )?(?:description|comment|txt record|record|note|user[- ]agent|log line|header|field)(?: field)?\s*:`)
	intentAction = mustFold(`\b(?:call|run|execute|invoke|apply|approve|delete|remove|disable|purge|transfer|change_apply|change_approve|dns_record_manage|waf_\w+|zone_\w+|follow (?:it|them|those|these|the instructions?)|do what (?:it|they) says?|obey)\b`)
)

// Instruction override in other languages: a verb of ignoring or
// forgetting close to a word for instructions, or a request for the system
// prompt.
var intentOverride = []*regexp.Regexp{
	mustFold(`(?:ignorier\S*|vergiss|vergesst|missachte\S*)\s+(?:\S+\s+){0,3}?(?:anweisung\S*|instruktion\S*|regeln|befehle|anordnungen|vorgaben)`),
	mustFold(`(?:ignore[rz]?|oublie[rz]?|ne tiens? pas compte d\S*)\s+(?:toutes? |tous )?(?:les|tes|vos|des|ces|d'|de)\s*(?:\S+\s+){0,2}?(?:instructions|consignes|règles|directives|ordres)\b`),
	mustFold(`(?:ignora\S*|olvida\S*|dimentica\S*|esqueça\S*|esqueca\S*|desconsider\S*)\s+(?:\S+\s+){0,3}?(?:instrucciones|indicaciones|reglas|órdenes|istruzioni|regole|indicazioni|instruções|instrucoes|regras)\b`),
	mustFold(`(?:игнорируй\S*|проигнорируй\S*|забудь\S*|не обращай внимания на)\s+(?:\S+\s+){0,3}?(?:инструкци\S*|указани\S*|правил\S*|команд\S*)`),
	mustFold(`(?:忽略|忘记|忘掉|无视|不要理会|忽視|忘記|無視)[^。！？.!?]{0,12}(?:指令|指示|说明|規則|规则|提示|命令)|(?:指示|命令|ルール|指令)[^。！？.!?]{0,12}(?:無視|忘れ)|(?:지시|명령|규칙|지침)[^.!?]{0,12}(?:무시|잊)`),
	mustFold(`تجاهل\S*\s+(?:\S+\s+){0,3}?(?:التعليمات|الأوامر|التوجيهات|القواعد)|(?:निर्देश\S*|आदेश\S*)[^।.!?]{0,30}(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल)|(?:নির্দেশ\S*)[^।.!?]{0,30}(?:উপেক্ষা|ভুলে)`),
	mustFold(`(?:systemprompt|system-prompt|systemanweisung\S*|invite système|prompt (?:del|de) sistema|prompt di sistema|системн\S* (?:промпт|подсказк\S*|инструкци\S*)|系统提示|系統提示|システムプロンプト|시스템 프롬프트)`),
}

// intents runs the domain-intent detectors over one normalised view.
func (s *scanState) intents(text string) {
	if id, span := detectIntents(text); id != nil {
		for i := range id {
			s.addID(id[i], span[i])
		}
	}
}

func detectIntents(text string) (ids, spans []string) {
	add := func(id, span string) {
		ids = append(ids, id)
		spans = append(spans, clip(strings.TrimSpace(span), maxSpan))
	}
	if intentSecret.MatchString(text) {
		if loc := intentWhich.FindStringIndex(text); loc != nil {
			add("L0-INT-001", text[loc[0]:loc[1]])
		} else if span, ok := secretAsked(text); ok {
			add("L0-INT-001", span)
		} else if span, ok := secretRouted(text); ok {
			add("L0-INT-001", span)
		}
	}
	if loc := intentConfig.FindStringIndex(text); loc != nil && !negated(text[:loc[0]]) {
		if !containsStr(ids, "L0-INT-001") {
			add("L0-INT-001", text[loc[0]:loc[1]])
		}
	}
	for _, re := range intentOverride {
		if loc := re.FindStringIndex(text); loc != nil {
			add("L0-OVR-014", text[loc[0]:loc[1]])
			break
		}
	}
	for _, re := range intentEscalation {
		if loc := re.FindStringIndex(text); loc != nil && !negated(text[:loc[0]]) {
			add("L0-INT-002", text[loc[0]:loc[1]])
			break
		}
	}
	for _, re := range intentDestructive {
		if loc := re.FindStringIndex(text); loc != nil && !negated(text[:loc[0]]) {
			add("L0-INT-003", text[loc[0]:loc[1]])
			break
		}
	}
	if src := intentQuoted[0].FindStringIndex(text); src != nil {
		rest := text[max(0, src[0]-12):]
		if says := intentSays.FindStringIndex(rest); says != nil && says[0] < 80 {
			if act := intentAction.FindStringIndex(rest[says[1]:]); act != nil {
				add("L0-INT-004", rest[:says[1]+act[1]])
			}
		}
	}
	return ids, spans
}

// secretAsked finds a disclosure verb followed closely by a secret, with no
// negation before the verb and no how-to words between them.
func secretAsked(text string) (string, bool) {
	for _, re := range []*regexp.Regexp{intentDisclose, intentDiscloseRev} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			gap := text[m[2]:m[3]]
			if intentHowTo.MatchString(gap) || negated(text[:m[0]]) {
				continue
			}
			return text[m[0]:m[1]], true
		}
	}
	return "", false
}

// secretRouted finds a secret placed into something others can read: a
// record, a rule description, a list comment, a URL.
func secretRouted(text string) (string, bool) {
	sink := intentSink.FindStringIndex(text)
	if sink == nil || intentRoute.FindStringIndex(text) == nil {
		return "", false
	}
	for _, m := range intentSecret.FindAllStringIndex(text, -1) {
		// "credential stuffing" is an attack name, not a credential.
		after := text[m[1]:]
		if strings.HasPrefix(after, " stuffing") || strings.HasPrefix(after, "-stuffing") {
			continue
		}
		lo, hi := min(sink[0], m[0]), max(sink[1], m[1])
		if hi-lo > 120 {
			continue
		}
		between := text[lo:hi]
		if intentHowTo.MatchString(between) || negated(text[:lo]) {
			continue
		}
		return between, true
	}
	return "", false
}

// negated reports whether the text just before a match negates it ("don't
// show the token").
func negated(before string) bool {
	if len(before) > 40 {
		before = before[len(before)-40:]
	}
	return intentNeg.MatchString(before)
}
