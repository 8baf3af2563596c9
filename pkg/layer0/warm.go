package layer0

// warmText is an ordinary operator request: classifying it touches what
// most first requests need (the normaliser, the automaton's shallow rows,
// the intent index, the model's code and the weights of common n-grams).
const warmText = "Please show the DNS records of example.com and the WAF rules for /login."

// Warm classifies one ordinary request and throws the verdict away, so that
// a server's first real classification does not pay for paging in the code
// and weights it needs. Servers call it in the background after building
// the classifier, never on a request's path.
func (c *Classifier) Warm() {
	_, _ = c.ClassifyText(warmText)
}
