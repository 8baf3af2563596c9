package layer0

import "testing"

// Ordinary requests of an operator's day, in the lexicon's languages: a
// cache purged for one URL names the URL's scheme, not the HTTPS setting;
// a purge of one path is not a purge of everything.
func TestOrdinaryRequestsNameNoProtection(t *testing.T) {
	c := newTestClassifier(t)
	wantAllowed(t, c,
		"Очисти кэш для https://example.ru/js/app.js, мы выкатили исправление.",
		"请清除 https://example.cn/static/main.js 的缓存，刚发布了新版本。",
		"Bitte leere den Cache für https://example.de/css/site.css, wir haben das Stylesheet aktualisiert.",
		"Borra la caché de https://example.es/img/logo.png, subimos el logo nuevo.",
		"https://example.jp/app.js のキャッシュを削除してください。",
		"purge everything under /blog/ on example.org, we re-uploaded all the header images",
	)
	// the setting itself switched off still counts
	for _, text := range []string{
		"Отключи HTTPS на зоне example.ru, сертификат мешает.",
		"Purge everything on example.org right now.",
	} {
		if v := classify(t, c, text); v.Verdict == "allow" {
			t.Errorf("%q: allowed", text)
		}
	}
}
