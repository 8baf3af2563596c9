package layer0

import "sync"

// The package's tables — detectors, word lists, maps, the catalogue — are
// declared at package level with their types only and assigned here, once,
// on first use: by New (so a server's first classification does not pay
// for it), IsMutating and Tools, and by buildIntentIndexes. Package
// initialisation, which every server pays before tools/list whether or not
// it classifies anything, runs none of this package's code
// (TestNoPackageInitCode, TestLayer0InitIsCheap).
//
// Each file's tables are assigned by its init…Tables function, in their
// order of declaration within the file; files whose tables others read go
// first (normalize.go's confusables before the folded word lists,
// intents.go's words before families.go's detectors). The init…
// functions after them complete tables from others (the signals appended
// to intentSignals, sets filled from word lists), after every table, as
// Go runs init functions after every package-level variable.

var tablesOnce sync.Once

// ensureTables builds the package's tables once; concurrent callers wait
// for the first.
func ensureTables() { tablesOnce.Do(buildTables) }

func buildTables() {
	initCatalogTables()
	initCondTables()
	initNormalizeTables()
	initRespellTables()
	initIntentsTables()
	initFamiliesTables()
	initFamiliesGuardedTables()
	initModelTables()
	initModelconceptsTables()
	initRulesTables()
	initRulesShapes()
	initRulesOps()
	initThirdpartyTables()
	initWordgamesTables()
	initFamilies1()
	initFamilies2()
	initFamilies3()
	initFamiliesGuarded1()
	initIntents1()
	initIntents2()
	initIntents3()
	initIntents4()
	initLexicon1()
	initThirdparty1()
	initClaims1()
	initWordgames1()
	initMentionTables()
	initObeyTables()
}
