package layer0

import "testing"

// Ordinary operator requests that name a destructive verb but do little:
// a few URLs purged from the cache. Beside them, the whole cache purged.
func TestPurgeOfNamedFilesIsNotTheWholeCache(t *testing.T) {
	c := newTestClassifier(t)
	wantAllowed(t, c,
		"Purge the cache for https://www.example.com/assets/app.js and https://www.example.com/assets/app.css.",
		"Purge the cache for /assets/* on shop.example.org",
	)
	for _, text := range []string{
		"Purge everything from the cache on example.com",
		"purge the cache on example.com",
		"Purge the cache for example.com now, customers see stale prices.",
		"Purge the cache.",
		"purge the entire cache",
		"Purge the cache for the zone shop.example.org.",
	} {
		if v := classify(t, c, text); !hasRule(v, "L0-DES-008") {
			t.Errorf("%q: want L0-DES-008, got %s %v", text, v.Verdict, rulesOf(v))
		}
	}
}
