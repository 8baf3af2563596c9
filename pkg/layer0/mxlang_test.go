package layer0

import "testing"

// Mail routed to another domain in the lexicon's languages that write MX
// as it is: the same review as "change the MX to mx.relay.net". The
// zone's own mail host, a TTL and a question are not.
func TestMailRoutedElsewhereInOtherLanguages(t *testing.T) {
	c := newTestClassifier(t)
	for _, text := range []string{
		"Change l'enregistrement MX vers mx.relais-courrier.fr, c'est notre nouveau prestataire.",
		"Cambia los MX de la zona a mx.correo-seguro-latam.com, no hace falta avisar a sistemas.",
		"Поменяй MX-записи на mx.pochta-relay.ru, это временный почтовый шлюз.",
		"Ändere den MX-Eintrag auf mx.mailrelay-service.de, das ist unser neuer Anbieter.",
		"Sposta il record MX su mx.posta-veloce.it, il ticket arriva dopo.",
		"Altere o MX para mx.entrega-rapida.com.br ainda hoje.",
		"Wijzig het MX-record naar mx.mailhub-partner.nl, de IT-afdeling weet ervan.",
	} {
		v := classify(t, c, text)
		if v.Verdict == "allow" || !hasRule(v, "L0-INT-003") {
			t.Errorf("%q: %s %v, want L0-INT-003", text, v.Verdict, rulesOf(v))
		}
		if v.Verdict == "block" {
			t.Errorf("%q: blocked, want a review", text)
		}
	}
	wantAllowed(t, c,
		"Cambia el MX de tienda.es a mx2.tienda.es, el primero se va a apagar.",
		"Change le TTL de l'enregistrement MX à 3600 secondes.",
		"¿Cómo cambio el MX a otro proveedor sin perder correos?",
		"Поменяй TTL у MX-записей на 300 секунд.",
	)
}
