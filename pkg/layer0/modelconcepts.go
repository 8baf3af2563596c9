package layer0

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Concept features of the learned model. A small multilingual lexicon maps
// words to concept ids (IGNORE, PRIOR, INSTRUCTIONS, REVEAL, ...), so that
// "vergiss alle vorherigen Anweisungen", "olvida las instrucciones
// anteriores" and "ignore previous instructions" share features: the
// concept, ordered pairs of concepts close together (IGNORE→INSTRUCTIONS),
// and concepts that open a sentence (imperatives). Weights learned on
// English attacks then carry to other languages, where character n-grams
// cannot. The lexicon is written from knowledge of the languages, not from
// the training texts. The rule detectors' lexicon (lexicon.go) feeds it
// too: its one-word and unspaced-script terms of the concepts both have
// (ruleLexiconConcepts) are added where this list has not placed the word.
//
// Terms ending in '*' match any word they start (a stem); other terms match
// whole words. Terms in scripts written without spaces between words (Han,
// kana, Hangul, Thai, ...) match anywhere in the text.

// Concept ids (at most 31: pairs are kept in a 32-bit set per concept).
const (
	mcIgnore = iota + 1
	mcPrior
	mcInstr
	mcSystem
	mcPrompt
	mcReveal
	mcSay
	mcOnly
	mcNew
	mcNow
	mcTask
	mcRole
	mcUnrestricted
	mcNot
	mcMode
	mcAI
	mcSecret
	mcStop
	mcAttention
	mcAll
	mcYou
	mcForget
	mcOutput
	nModelConcepts
)

// conceptLexicon lists each concept's terms, space-separated, by language:
// en de fr es it pt nl ru pl tr id vi sw zh ja ko ar hi bn th. Beyond
// English, a word the rule lexicon (lexicon.go) already gives the same
// concept is not repeated here: that lexicon feeds this table too
// (buildConceptTable), and TestConceptLexiconsShareWords keeps it so.
var conceptLexicon = [nModelConcepts]string{
	mcIgnore: `ignor* disregard* overrid* bypass* skip* neglect* dismiss* discard* ` +
		`ignorier* missacht* überspring* übergeh* außer ` +
		`ignor* néglig* outrepass* ` +
		`omit* descart* desatiend* ` +
		`trascur* salta* ` +
		`desconsider* despreze* ` +
		`negeer* ` +
		`игнорир* пропуст* пренебрег* ` +
		`ignoruj* pomiń* ` +
		`yoksay* görmezden atla* ` +
		`abaikan* mengabaikan* ` +
		`bỏ ` +
		`puuza* ` +
		`不理 無視して ` +
		`تجاهل* أهمل* ` +
		`अनदेखा* नज़रअंदाज़* नजरअंदाज* ` +
		`উপেক্ষা* ` +
		`ละเว้น`,
	mcForget: `forget* forgot* ` +
		`vergiss* vergess* ` +
		`oubli* ` +
		`olvid* ` +
		`dimentic* scord* ` +
		`esqueç* esquec* ` +
		`vergeet* vergeten ` +
		`забуд* забыть* ` +
		`zapomnij* zapomnieć ` +
		`unut* ` +
		`lupakan* lupa ` +
		`quên ` +
		`sahau* ` +
		`忘记 忘記 忘掉 忘れ 잊어 잊고 잊으 ` +
		`انس انسى تناس* ` +
		`भूल* ` +
		`ভুলে* ভুল ` +
		`ลืม`,
	mcPrior: `previous* prior above earlier preceding former original* initial* foregoing ` +
		`vorherig* vorig* obig* bisherig* vorangegangen* zuvor ursprünglich* früher* ` +
		`antérieur* dessus auparavant initial* ` +
		`previ* precedent* arriba original* ` +
		`precedent* originari* ` +
		`prévi* acima ` +
		`vorige eerdere bovenstaande ` +
		`ранее ` +
		`sebelumnya atas ` +
		`trên ` +
		`iliyopita awali ` +
		`原來 ` +
		`سابق* أعلاه ` +
		`पिछल* पूर्व ऊपर`,
	mcInstr: `instruction* rule* guideline* directive* command* constraint* programming ` +
		`regel* befehl* vorgabe* ` +
		`ordre* ` +
		`instruccion* instrucción* regla* directriz* directrices indicacion* ` +
		`regol* direttiv* ` +
		`instruc* regra* diretriz* ` +
		`maagizo maelekezo amri sheria`,
	mcSystem: `system* ` +
		`système* ` +
		`sistema* ` +
		`systeem ` +
		`систем* ` +
		`sistem* ` +
		`hệ ` +
		`mfumo ` +
		`系统 系統 システム 시스템 ` +
		`النظام نظام ` +
		`सिस्टम ` +
		`সিস্টেম ` +
		`ระบบ`,
	mcPrompt: `prompt* preprompt* промпт* ` +
		`提示词 提示詞 プロンプト 프롬프트 ` +
		`موجه* ` +
		`प्रॉम्प्ट ` +
		`พรอมต์`,
	mcReveal: `reveal* show* print* display* disclos* leak* expos* repeat* tell* spell* dump* recit* divulg* ` +
		`zeig* verrat* offenbar* wiederhol* druck* nenn* enthüll* ` +
		`révél* montr* affich* répét* imprim* dévoil* ` +
		`revel* muestr* mostr* repit* repet* ` +
		`rivel* ripet* stamp* ` +
		`exib* repit* ` +
		`toon* onthul* herhaal* ` +
		`покаж* раскро* выведи* повтор* напечата* ` +
		`pokaż* ujawnij* powtórz* ` +
		`göster* açıkla* tekrarla* yazdır* ` +
		`tunjukkan* tampilkan* ungkapkan* ulangi* cetak* ` +
		`lộ hiển lặp ` +
		`onyesha* fichua* rudia* ` +
		`揭示 表示して 明かし ` +
		`اكشف* أظهر* اعرض* كرر* اطبع* ` +
		`दिखा* बता* प्रकट* दोहरा* ` +
		`দেখা* প্রকাশ*`,
	mcOutput: `output* verbatim ` +
		`ausgabe* ausgeb* gib ` +
		`sortie* ` +
		`salida* emit* ` +
		`uscita ` +
		`saída* ` +
		`uitvoer* ` +
		`вывод* ` +
		`çıktı* ` +
		`keluaran* ` +
		`输出 輸出 出力 ` +
		`الإخراج إخراج ` +
		`आउटपुट ` +
		`ผลลัพธ์`,
	mcSay: `say says answer* respond* reply* write* ` +
		`sag* antwort* schreib* ` +
		`dis dites répond* écri* ` +
		`di diga dime decir respond* contest* escrib* ` +
		`dì rispond* scriv* ` +
		`responda* escrev* ` +
		`zeg* antwoord* schrijf* ` +
		`скажи* ответ* напиши* ` +
		`powiedz* odpowiedz* napisz* ` +
		`söyle* cevap* yaz* ` +
		`katakan* jawab* tulis* ` +
		`nói trả viết ` +
		`sema jibu* andika* ` +
		`回答 回复 回覆 答え 言って 書いて 말해 대답 답하 ` +
		`قل أجب* اكتب* ` +
		`कहो कहें जवाब* लिखो* लिखें* ` +
		`বলো* বলুন উত্তর* লেখ* ` +
		`พูด ตอบ เขียน`,
	mcOnly: `only just directly exactly simply solely ` +
		`nur direkt genau wörtlich lediglich einfach ausschließlich ` +
		`seulement uniquement directement simplement exactement ` +
		`solo sólo solamente únicamente directamente simplemente exactamente ` +
		`soltanto direttamente semplicemente esattamente ` +
		`apenas somente diretamente simplesmente ` +
		`alleen gewoon ` +
		`только просто прямо дословно ` +
		`tylko jedynie ` +
		`sadece yalnızca doğrudan ` +
		`hanya langsung saja ` +
		`chỉ ` +
		`tu ` +
		`只 仅 僅 直接 だけ 그냥 직접 ` +
		`فقط مباشرة ` +
		`केवल सिर्फ सीधे ` +
		`শুধু কেবল সরাসরি ` +
		`เท่านั้น โดยตรง`,
	mcNew: `new ` +
		`neu* ` +
		`nouvel* nouveau* ` +
		`nueva* nuevo* ` +
		`nuov* ` +
		`nova novas novo novos ` +
		`nieuw* ` +
		`нов* ` +
		`nowy nowe nowa ` +
		`yeni ` +
		`baru ` +
		`mới ` +
		`mpya ` +
		`新的 新任务 新任務 新しい 새로운 ` +
		`جديدة جديد ` +
		`नया नई नए ` +
		`নতুন ` +
		`ใหม่`,
	mcNow: `now instead henceforth onwards ` +
		`jetzt nun stattdessen sofort ` +
		`maintenant désormais plutôt ` +
		`ahora cambio ` +
		`ora adesso invece ` +
		`agora vez ` +
		`nu plaats ` +
		`теперь вместо сейчас ` +
		`teraz zamiast ` +
		`şimdi yerine ` +
		`sekarang ` +
		`giờ ` +
		`sasa badala ` +
		`现在 現在 而是 改为 改為 今から 代わりに 이제 대신 ` +
		`الآن بدلا بدلاً ` +
		`अब बजाय ` +
		`এখন বরং ` +
		`ตอนนี้ แทน`,
	mcTask: `task* assignment* mission* objective* ` +
		`aufgabe* ziel* ` +
		`tâche* ` +
		`tarea* misión ` +
		`compit* ` +
		`tarefa* ` +
		`taak ` +
		`задани* задач* ` +
		`zadani* ` +
		`görev* ` +
		`tugas* ` +
		`nhiệm ` +
		`kazi ` +
		`任务 任務 タスク 課題 작업 임무 과제 ` +
		`مهمة* المهمة ` +
		`कार्य काम ` +
		`কাজ ` +
		`งาน`,
	mcRole: `pretend* roleplay* role* persona* character* imagin* simulat* hypothetical* fictional* scenario* ` +
		`rolle* figur* fiktiv* hypothetisch* szenario* vorstell* ` +
		`semblant imagin* rôle* personnage* fictif* fictive* hypothétique* scénario* ` +
		`finge* fingir imagin* rol papel personaje* ficticio* hipotétic* escenario* ` +
		`fingi* immagin* ruolo personaggio* ipotetic* ` +
		`finja* personagem* ` +
		`doe* alsof ` +
		`притвор* представь* роль* персонаж* гипотетическ* ` +
		`udawaj* wyobraź* ` +
		`rol hayal* karakter* varsay* ` +
		`berpura* bayangkan* peran* ` +
		`vờ tưởng vai ` +
		`jifanye* fikiria* ` +
		`假装 假裝 扮演 角色 想象 想像 假设 假設 虚构 虛構 ふり 演じ 役割 仮に キャラクター 역할 상상 가정 ` +
		`تظاهر* تخيل* دور شخصية* ` +
		`नाटक कल्पना* भूमिका* ` +
		`ভান কল্পনা* ভূমিকা* ` +
		`แกล้ง สมมติ บทบาท จินตนาการ`,
	mcUnrestricted: `unrestrict* unfilter* uncensor* unlimit* unbound* jailbr* limitless restriction* restrict* censor* filter* ` +
		`einschränkung* grenzenlos* zensur* ` +
		`restriction* censur* illimité* ` +
		`restricci* ilimitad* ` +
		`restrizion* illimitat* ` +
		`restriç* ` +
		`beperking* ` +
		`ограничени* цензур* ` +
		`ograniczeń ograniczenia cenzur* ` +
		`kısıtlama* sansür* ` +
		`batasan* sensor* ` +
		`hạn duyệt ` +
		`vikwazo ` +
		`限制 审查 審查 越狱 越獄 制限 検閲 脱獄 제한 검열 탈옥 ` +
		`قيود القيود رقابة ` +
		`प्रतिबंध* ` +
		`সীমাবদ্ধ* বিধিনিষেধ* ` +
		`ข้อจำกัด เซ็นเซอร์`,
	mcNot: `no not don't dont never without nothing ` +
		`kein* nicht nie ohne ` +
		`ne pas sans jamais aucun* ` +
		`sin nunca ningun* ` +
		`non senza mai nessun* ` +
		`não sem nenhum* ` +
		`niet geen zonder ` +
		`не без нет никогда ` +
		`nie bez ` +
		`değil yok olmadan asla ` +
		`tidak tanpa jangan ` +
		`không đừng ` +
		`bila hakuna ` +
		`不要 没有 沒有 別 不 しない ない 않 없 말고 ` +
		`لا بدون دون لن ` +
		`नहीं मत बिना ` +
		`না নয় ছাড়া ` +
		`ไม่ ห้าม`,
	mcMode: `mode developer* admin* god sudo root debug* maintenance unlocked ` +
		`modus entwickler* ` +
		`développeur* ` +
		`modo desarrollador* administrador* ` +
		`modalità sviluppatore* ` +
		`desenvolvedor* ` +
		`режим* разработчик* администратор* ` +
		`tryb ` +
		`mod* geliştirici* ` +
		`pengembang* ` +
		`chế ` +
		`hali ` +
		`模式 开发者 開發者 管理员 管理員 モード 開発者 管理者 모드 개발자 관리자 ` +
		`وضع المطور المسؤول ` +
		`मोड डेवलपर ` +
		`মোড ` +
		`โหมด`,
	mcAI: `ai assistant* chatbot* chatgpt* gpt* llm* model bot openai claude ` +
		`modèle* ` +
		`modelo* ` +
		`modello* ` +
		`модел* бот* ` +
		`yapay ` +
		`trợ ` +
		`msaidizi ` +
		`机器人 機器人 モデル 모델 ` +
		`الذكاء نموذج* ` +
		`एआई मॉडल ` +
		`মডেল`,
	mcSecret: `password* passphrase* secret* confidential* credential* token* private hidden internal ` +
		`geheim* vertraulich* versteckt* ` +
		`passe confidentiel* caché* ` +
		`confidencial* oculto* ` +
		`segret* riservat* nascost* ` +
		`confidencia* ` +
		`geheim* ` +
		`секрет* конфиденциал* скрыт* ` +
		`hasła tajn* ` +
		`gizli* ` +
		`rahasia* ` +
		`khẩu mật ` +
		`nenosiri siri ` +
		`秘密 机密 機密 秘密 機密 비밀 ` +
		`المرور سري* سر ` +
		`पासवर्ड गोपनीय* रहस्य* ` +
		`পাসওয়ার্ড গোপন*`,
	mcStop: `stop enough halt cease done finished ` +
		`stopp* genug schluss erledigt fertig aufhör* ` +
		`assez arrête* arrêtez terminé* ` +
		`basta detente suficiente ` +
		`ferma* ` +
		`pare chega ` +
		`genoeg ` +
		`стоп хватит достаточно ` +
		`dość ` +
		`dur yeter ` +
		`berhenti cukup ` +
		`dừng ` +
		`acha inatosha ` +
		`停止 够了 夠了 もういい 멈춰 그만 ` +
		`توقف* يكفي كفى ` +
		`रुको बस ` +
		`থামো ` +
		`หยุด พอแล้ว`,
	mcAttention: `attention important* urgent* warning notice ` +
		`achtung wichtig* dringend* ` +
		`urgent* ` +
		`atención importante* urgente* ` +
		`attenzione ` +
		`atenção ` +
		`belangrijk* ` +
		`внимание важно* срочно* ` +
		`uwaga ważne pilne ` +
		`dikkat önemli* acil ` +
		`perhatian penting* ` +
		`ý trọng ` +
		`muhimu tahadhari ` +
		`注意 重要 紧急 緊急 주의 중요 긴급 ` +
		`انتباه مهم* عاجل* ` +
		`ध्यान महत्वपूर्ण* जरूरी ` +
		`মনোযোগ গুরুত্বপূর্ণ* ` +
		`สำคัญ ด่วน`,
	mcAll: `all everything every ` +
		`alle* ` +
		`toutes tous ` +
		`todos todas ` +
		`tutt* ` +
		`все всё всех ` +
		`wszystk* ` +
		`tüm hepsi ` +
		`semua* segala ` +
		`tất mọi ` +
		`yote zote kila ` +
		`所有 一切 全部 すべて 全て 모든 ` +
		`كل جميع ` +
		`सभी सब ` +
		`সব সমস্ত ` +
		`ทั้งหมด`,
	mcYou: `you your yours yourself ` +
		`du dich dir dein* ` +
		`tu toi vous votre vos ton ta tes ` +
		`usted tú tus ` +
		`tuo tua tuoi ti ` +
		`você ` +
		`jij je jouw ` +
		`ты тебя тебе твой твои вы вас ваш* ` +
		`ty ciebie twój ` +
		`sen sana senin siz ` +
		`kamu anda ` +
		`bạn ` +
		`wewe ` +
		`你 您 あなた 君 당신 너 ` +
		`أنت انت ` +
		`आप तुम ` +
		`তুমি আপনি ` +
		`คุณ`,
}

// conceptTable is the lexicon as an open-addressed hash table: keys are
// the hashes the scan computes (a word's prefix, a whole word, or a run of
// unspaced-script runes), values concept ids.
type conceptTable struct {
	keys []uint64
	vals []uint8
	mask uint64
	// has is a 65,536-bit filter of the keys put (by their hash's top
	// bits): most of the scan's lookups are prefixes no term has, and the
	// filter, unlike the keys, stays in the first-level cache.
	has [1024]uint64
}

const (
	ckPrefix = 0x5bd1e9955bd1e995 // tags mixed into the keys by kind of match
	ckExact  = 0x27d4eb2f165667c5
	ckRun    = 0x165667b19e3779f9
)

func (t *conceptTable) slot(k uint64) uint64 { return (k * 0x9e3779b97f4a7c15) >> 32 & t.mask }

// hasBit is k's bit in has.
func hasBit(k uint64) uint64 { return (k * 0x9e3779b97f4a7c15) >> 48 }

// setHas sets k's bit in the filter.
func (t *conceptTable) setHas(k uint64) {
	b := hasBit(k)
	t.has[b>>6] |= 1 << (b & 63)
}

func (t *conceptTable) put(k uint64, c uint8) {
	t.setHas(k)
	for i := t.slot(k); ; i = (i + 1) & t.mask {
		if t.keys[i] == 0 || t.keys[i] == k {
			t.keys[i], t.vals[i] = k, c
			return
		}
	}
}

func (t *conceptTable) get(k uint64) uint8 {
	if b := hasBit(k); t.has[b>>6]&(1<<(b&63)) == 0 {
		return 0
	}
	for i := t.slot(k); ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return t.vals[i]
		case 0:
			return 0
		}
	}
}

// unspaced reports scripts written without spaces between words: their
// terms match anywhere. Hangul is spaced, but particles and endings attach
// to the word, so it is matched the same way.
func unspaced(r rune) bool {
	switch {
	case r < 0x0E00:
		return false
	case r <= 0x0EFF: // Thai, Lao
		return true
	case r >= 0x1000 && r <= 0x109F, r >= 0x1780 && r <= 0x17FF: // Myanmar, Khmer
		return true
	case r >= 0x3040 && r <= 0x30FF, r >= 0x3400 && r <= 0x9FFF, r >= 0xAC00 && r <= 0xD7AF, r >= 0xF900 && r <= 0xFAFF, r >= 0x1100 && r <= 0x11FF, r >= 0x3130 && r <= 0x318F:
		return true
	}
	return false
}

// maxRunTerm is the longest unspaced-script term, in runes.
const maxRunTerm = 5

func buildConceptTable() *conceptTable {
	t := &conceptTable{keys: make([]uint64, 8192), vals: make([]uint8, 8192), mask: 8191}
	for c := 1; c < nModelConcepts; c++ {
		for _, term := range strings.Fields(conceptLexicon[c]) {
			prefix := strings.HasSuffix(term, "*")
			t.putTerm(strings.TrimSuffix(term, "*"), prefix, uint8(c), true)
		}
	}
	// The rule detectors' lexicon (lexicon.go) is the other source: its
	// one-word and unspaced-script terms of the concepts both share count
	// here too, where this lexicon has not placed the word already.
	for _, line := range strings.Split(lexicon, "\n") {
		f := strings.SplitN(line, " ", 3)
		if len(f) < 3 {
			continue
		}
		c, ok := ruleLexiconConcepts[f[0]]
		if !ok {
			continue
		}
		exactVerb := f[0] == "IGN" || f[0] == "REVEAL" // one-word verbs end a word there
		for _, term := range strings.Split(f[2], "|") {
			term = strings.TrimPrefix(term, "~")
			exact := exactVerb || strings.HasSuffix(term, "$")
			term = strings.TrimSuffix(term, "$")
			if term == "" || strings.Contains(term, " ") {
				continue // phrases: the rule detectors' alone (a space ends a run in scanConcepts)
			}
			t.putTerm(term, !exact, c, false)
		}
	}
	return t
}

// ruleLexiconConcepts maps the rule lexicon's concepts (lexicon.go) to the
// model's where they mean the same. SYS is not among them: its words are
// the model's SYSTEM and PROMPT at once ("системный промпт").
var ruleLexiconConcepts map[string]uint8

// putTerm adds a term: a run of unspaced-script runes (matched anywhere),
// a word prefix or a whole word. With replace false, a key already placed
// keeps its concept.
func (t *conceptTable) putTerm(term string, prefix bool, c uint8, replace bool) {
	// Folded as normalize folds text: NFKC, lower case, look-alikes.
	if !isASCII(term) {
		term = norm.NFKC.String(term)
	}
	kind := uint64(ckExact)
	if prefix {
		kind = ckPrefix
	}
	h := uint64(fnvOffset)
	n := 0
	for _, r := range term {
		if r < 0x80 {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
			if f, ok := confusables[r]; ok {
				r = f
			}
		}
		if n == 0 && unspaced(r) {
			kind = ckRun
		}
		if kind == ckRun && n >= maxRunTerm {
			break // the scan keys runs of at most maxRunTerm runes
		}
		h ^= uint64(r)
		h *= fnvPrime
		n++
	}
	if n == 0 || !replace && t.get(h^kind) != 0 {
		return
	}
	t.put(h^kind, c)
}

// conceptHit is one concept found in a text, at a rune position.
type conceptHit struct {
	c      uint8
	opener bool // the word opens a sentence or line
	pos    int32
}

// maxConceptHits bounds the hits kept per view.
const maxConceptHits = 96

// scanConcepts appends the concepts found in text to hits.
func scanConcepts(text string, hits []conceptHit) []conceptHit {
	t := conceptTab()
	var ring [maxRunTerm]rune // the last unspaced runes, newest first
	nring := 0
	pos := int32(-1)
	wordHash := uint64(0)
	wordLen, wordStart := 0, int32(0)
	var wordC uint8 // the longest prefix stem matched so far in the word
	sentStart, opener := true, false
	sentPos := int32(0) // where the current sentence's first word or run starts
	add := func(c uint8, p int32, open bool) {
		if len(hits) < maxConceptHits {
			hits = append(hits, conceptHit{c: c, pos: p, opener: open})
		}
	}
	endWord := func() {
		if wordLen == 0 {
			return
		}
		if c := t.get(wordHash ^ ckExact); c != 0 {
			add(c, wordStart, opener)
			if wordC != 0 && wordC != c {
				add(wordC, wordStart, opener)
			}
		} else if wordC != 0 {
			add(wordC, wordStart, opener)
		}
		wordLen, wordC = 0, 0
	}
	n := 0
	for _, r := range text {
		if n >= maxModelRunes {
			break
		}
		n++
		pos++
		if r < 0x80 {
			// ASCII: a letter continues the word, anything else ends it.
			if 'a' <= r && r <= 'z' || r == '\'' && wordLen > 0 {
				if wordLen == 0 {
					wordHash, wordStart = fnvOffset, pos
					opener, sentStart = sentStart, false
				}
				wordHash ^= uint64(r)
				wordHash *= fnvPrime
				wordLen++
				if wordLen >= 2 {
					if c := t.get(wordHash ^ ckPrefix); c != 0 {
						wordC = c
					}
				}
				continue
			}
			nring = 0
			endWord()
			switch r {
			case '.', '!', '?', ':', ';', '\n':
				sentStart = true
			}
			continue
		}
		if unspaced(r) {
			endWord()
			if sentStart {
				sentPos, sentStart = pos, false
			}
			copy(ring[1:], ring[:maxRunTerm-1])
			ring[0] = r
			if nring < maxRunTerm {
				nring++
			}
			// Every run of the last k runes, oldest first, as the table's keys.
			for k := 1; k <= nring; k++ {
				h := uint64(fnvOffset)
				for j := k - 1; j >= 0; j-- {
					h ^= uint64(ring[j])
					h *= fnvPrime
				}
				if c := t.get(h ^ ckRun); c != 0 {
					start := pos - int32(k) + 1
					add(c, start, start == sentPos)
				}
			}
			continue
		}
		nring = 0
		if unicode.IsLetter(r) || unicode.IsMark(r) || r == '\'' && wordLen > 0 {
			if wordLen == 0 {
				wordHash, wordStart = fnvOffset, pos
				opener, sentStart = sentStart, false
			}
			wordHash ^= uint64(r)
			wordHash *= fnvPrime
			wordLen++
			if wordLen >= 2 {
				if c := t.get(wordHash ^ ckPrefix); c != 0 {
					wordC = c
				}
			}
			continue
		}
		endWord()
		switch r {
		case '.', '!', '?', ':', ';', '\n', '。', '！', '？', '：', '；', '؟', '।':
			sentStart = true
		}
	}
	endWord()
	return hits
}

// conceptWindow is how far apart, in runes, two concepts may be and still
// form a pair.
const conceptWindow = 48

// conceptFeatures emits the concept features of the views: each concept,
// each ordered pair of different concepts within conceptWindow runes, each
// concept opening a sentence, and the number of distinct concepts. It
// returns the sets they were emitted from.
func conceptFeatures(views []view, hits []conceptHit, sink func(h uint64)) conceptSets {
	cs := collectConcepts(views, hits)
	cs.each(func(kind, a, b int) { sink(conceptHash(kind, a, b)) })
	return cs
}

// conceptSets are the concepts of a text as bit sets: found, opening a
// sentence, and for each concept the concepts that follow it closely.
type conceptSets struct {
	seen, open uint32
	pairs      [nModelConcepts]uint32
}

// collectConcepts scans every view for concepts (hits is scratch space).
func collectConcepts(views []view, hits []conceptHit) conceptSets {
	var cs conceptSets
	for _, v := range views {
		hits = scanConcepts(v.text, hits[:0])
		for i, a := range hits {
			cs.seen |= 1 << a.c
			if a.opener {
				cs.open |= 1 << a.c
			}
			for _, b := range hits[i+1:] {
				if b.pos-a.pos > conceptWindow {
					break
				}
				if b.c != a.c {
					cs.pairs[a.c] |= 1 << b.c
				}
			}
		}
	}
	return cs
}

// each calls f with each concept feature as its kind (0 concept, 1
// opener, 2 pair, 3 distinct count) and ids.
func (cs *conceptSets) each(f func(kind, a, b int)) {
	distinct := 0
	for c := 1; c < nModelConcepts; c++ {
		if cs.seen&(1<<c) == 0 {
			continue
		}
		distinct++
		f(0, c, 0)
		if cs.open&(1<<c) != 0 {
			f(1, c, 0)
		}
		for p := cs.pairs[c]; p != 0; p &= p - 1 {
			f(2, c, trailingZeros32(p))
		}
	}
	f(3, int(bucket(distinct, 6)), 0)
}

// topConcept names the concept feature with the highest positive weight,
// for evidence ("IGNORE→INSTRUCTIONS", "FORGET opening a sentence"), or "".
func (m *Model) topConcept(cs *conceptSets) string {
	// The heaviest feature's kind and concepts; named once at the end.
	bk, ba, bb, bw := -1, 0, 0, float32(0)
	cs.each(func(kind, a, b int) {
		if kind == 3 {
			return
		}
		w := m.weight(m.index(conceptHash(kind, a, b)))
		if w <= bw {
			return
		}
		bk, ba, bb, bw = kind, a, b, w
	})
	switch bk {
	case 0:
		return modelConceptNames[ba]
	case 1:
		return modelConceptNames[ba] + " opening a sentence"
	case 2:
		return modelConceptNames[ba] + "→" + modelConceptNames[bb]
	}
	return ""
}

func trailingZeros32(x uint32) int {
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

// conceptHash is the hash of a concept feature: its kind (0 concept, 1
// opener, 2 pair, 3 distinct count) and one or two ids.
func conceptHash(kind, a, b int) uint64 {
	h := uint64(fnvOffset) ^ featConcept<<56
	for _, x := range [3]int{kind, a, b} {
		h ^= uint64(x) + 1
		h *= fnvPrime
	}
	return h
}

// modelConceptNames is for evidence and tests.
var modelConceptNames = [nModelConcepts]string{"", "IGNORE", "PRIOR", "INSTRUCTIONS", "SYSTEM", "PROMPT", "REVEAL", "SAY", "ONLY", "NEW", "NOW",
	"TASK", "ROLE", "UNRESTRICTED", "NOT", "MODE", "AI", "SECRET", "STOP", "ATTENTION", "ALL", "YOU", "FORGET", "OUTPUT"}

// conceptsOf lists the concepts found in text, in order (for tests).
func conceptsOf(text string) []string {
	var out []string
	n := normalize(text)
	if len(n.views) == 0 {
		return nil
	}
	for _, h := range scanConcepts(n.views[0].text, nil) {
		out = append(out, modelConceptNames[h.c])
	}
	return out
}

// delimiterShape emits features for structure that marks injected
// instructions in any language: role labels at line starts ("system:",
// "### user"), chat-template tokens, fences and rules, brackets.
func delimiterShape(text string, sink func(h uint64)) {
	labels := 0
	lineStart := true
	for i := 0; i < len(text); {
		if lineStart {
			// a short label followed by ':' at the start of a line
			j := i
			for j < len(text) && j-i < 24 && text[j] != ':' && text[j] != '\n' && text[j] != ' ' {
				j++
			}
			if j < len(text) && text[j] == ':' && j > i {
				labels++
			}
		}
		k := strings.IndexByte(text[i:], '\n')
		if k < 0 {
			break
		}
		i += k + 1
		lineStart = true
	}
	sink(hashString(featShape, 6, string(rune('a'+bucket(labels, 3)))))
	for k, m := range [...]string{"###", "---", "```", "<|", "[inst", "[system", "</", "{{", "===", ">>>", "***"} {
		if strings.Contains(text, m) {
			sink(hashString(featShape, 7, string(rune('a'+k))))
		}
	}
	// exclamation and question marks: urgency and questions
	ex := strings.Count(text, "!")
	sink(hashString(featShape, 8, string(rune('a'+bucket(ex, 3)))))
}

// initModelconceptsTables assigns this file's tables (buildTables, on first use).
func initModelconceptsTables() {
	ruleLexiconConcepts = map[string]uint8{
		"IGN": mcIgnore, "PREV": mcPrior, "ABOVE": mcPrior, "INSTR": mcInstr, "REVEAL": mcReveal,
		"SECRET": mcSecret, "YOURSECRET": mcSecret, "NOLIM": mcUnrestricted, "MODE": mcMode, "AI": mcAI, "ALL": mcAll,
	}
}
