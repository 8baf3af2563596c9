package layer0

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// ReceiptKeyEnv names the environment variable holding the hex-encoded
// receipt key used by the classify command. Without it the command uses a
// random per-process key, so its receipt ids cannot be verified later.
const ReceiptKeyEnv = "CFPLANE_LAYER0_RECEIPT_KEY"

const classifyUsage = "usage: oracle_answer classify [--policy FILE] [TEXT | -]"

// cliError is the line written for an input that could not be classified
// in line mode, keeping output lines aligned with input lines.
type cliError struct {
	Error string `json:"error"`
}

// RunClassifyCLI implements `oracle_answer classify [--policy FILE] [TEXT | -]`.
// args are the arguments after "classify"; policyPath is the configured
// policy file (the --policy flag overrides it; empty means the shipped
// defaults).
//
// With TEXT (all remaining arguments joined by spaces) it writes one JSON
// verdict. With "-" it reads stdin line by line: each line is plain text, or
// a JSON object {"text": …} or {"tool": …, "arguments": {…}}; it writes
// exactly one JSON line per input line, in order: a verdict, or
// {"error": …} for a line that cannot be classified (empty, too long,
// malformed tool call). Errors that stop the command are returned.
func RunClassifyCLI(in io.Reader, out io.Writer, args []string, policyPath string) error {
	var positional []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--policy" || a == "-policy":
			if i+1 >= len(args) {
				return errors.New("--policy needs a file\n" + classifyUsage)
			}
			policyPath = args[i+1]
			i++
		case strings.HasPrefix(a, "--policy="):
			policyPath = strings.TrimPrefix(a, "--policy=")
		case a == "--":
			positional = append(positional, args[i+1:]...)
			i = len(args)
		case a == "-h" || a == "--help":
			_, err := fmt.Fprintln(out, classifyUsage)
			return err
		case strings.HasPrefix(a, "--") && len(positional) == 0:
			return fmt.Errorf("unknown flag %s\n%s", a, classifyUsage)
		default:
			positional = append(positional, a)
		}
	}
	if len(positional) == 0 {
		return errors.New("nothing to classify\n" + classifyUsage)
	}
	key, err := cliReceiptKey()
	if err != nil {
		return err
	}
	c, err := New(Options{PolicyPath: policyPath, ReceiptKey: key})
	if err != nil {
		return err
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if len(positional) == 1 && positional[0] == "-" {
		return classifyLines(c, in, enc)
	}
	v, err := c.ClassifyText(strings.Join(positional, " "))
	if err != nil {
		return err
	}
	return enc.Encode(v)
}

func cliReceiptKey() ([]byte, error) {
	if h := strings.TrimSpace(os.Getenv(ReceiptKeyEnv)); h != "" {
		k, err := hex.DecodeString(h)
		if err != nil {
			return nil, fmt.Errorf("%s is not hex: %w", ReceiptKeyEnv, err)
		}
		if len(k) < 16 {
			return nil, fmt.Errorf("%s must hold at least 16 bytes (32 hex digits)", ReceiptKeyEnv)
		}
		return k, nil
	}
	k := make([]byte, 32)
	if _, err := rand.Read(k); err != nil {
		return nil, err
	}
	return k, nil
}

// classifyLines is line mode: one output line per input line, in order.
func classifyLines(c *Classifier, in io.Reader, enc *json.Encoder) error {
	r := bufio.NewReaderSize(in, 64<<10)
	for {
		line, tooLong, err := readLine(r, MaxInputBytes)
		if err == io.EOF && line == nil && !tooLong {
			return nil
		}
		if err != nil && err != io.EOF {
			return err
		}
		var res any
		if tooLong {
			res = cliError{Error: ErrTooLarge.Error()}
		} else if v, cerr := classifyLine(c, line); cerr != nil {
			res = cliError{Error: cerr.Error()}
		} else {
			res = v
		}
		if werr := enc.Encode(res); werr != nil {
			return werr
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line (without its line ending). A line longer than max
// is consumed entirely and reported as tooLong. At end of input, err is
// io.EOF and line holds the final unterminated line, if any.
func readLine(r *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, isPrefix, rerr := r.ReadLine()
		if rerr != nil {
			if rerr == io.EOF && (buf != nil || tooLong) {
				return buf, tooLong, nil
			}
			return nil, tooLong, rerr
		}
		if !tooLong {
			if len(buf)+len(chunk) > max {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if !isPrefix {
			if buf == nil {
				buf = []byte{}
			}
			return buf, tooLong, nil
		}
	}
}

func classifyLine(c *Classifier, line []byte) (Verdict, error) {
	trimmed := bytes.TrimSpace(line)
	if len(trimmed) > 0 && trimmed[0] == '{' && json.Valid(trimmed) {
		var keys map[string]json.RawMessage
		if err := json.Unmarshal(trimmed, &keys); err == nil {
			_, hasText := keys["text"]
			_, hasTool := keys["tool"]
			switch {
			case hasText && hasTool:
				return Verdict{}, errors.New(`a line has either "text" or "tool", not both`)
			case hasTool:
				var li struct {
					Tool      string         `json:"tool"`
					Arguments map[string]any `json:"arguments"`
				}
				dec := json.NewDecoder(bytes.NewReader(trimmed))
				dec.UseNumber()
				if err := dec.Decode(&li); err != nil {
					return Verdict{}, fmt.Errorf(`malformed tool call: "tool" must be a string and "arguments" an object: %w`, err)
				}
				args, _ := numbersToFloat(li.Arguments).(map[string]any)
				return c.ClassifyToolCall(li.Tool, args)
			case hasText:
				var li struct {
					Text string `json:"text"`
				}
				if err := json.Unmarshal(trimmed, &li); err != nil {
					return Verdict{}, fmt.Errorf(`malformed line: "text" must be a string: %w`, err)
				}
				return c.ClassifyText(li.Text)
			}
		}
		// Any other JSON object is classified as text.
	}
	return c.ClassifyText(string(line))
}

// numbersToFloat converts json.Number values (kept exact while decoding)
// to float64, the form encoding/json produces for tool arguments elsewhere.
func numbersToFloat(v any) any {
	switch x := v.(type) {
	case nil:
		return map[string]any{}
	case json.Number:
		f, err := x.Float64()
		if err != nil {
			return x.String()
		}
		return f
	case map[string]any:
		for k, e := range x {
			x[k] = numbersToFloat(e)
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = numbersToFloat(e)
		}
		return x
	}
	return v
}
