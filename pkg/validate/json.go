package validate

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// MaxJSONBytes is the largest document DecodeStrict accepts.
const MaxJSONBytes = 1 << 20

// DecodeStrict decodes one JSON document from data into v. Unknown fields,
// wrong types, trailing data and documents over MaxJSONBytes are rejected
// with an *Error naming the field.
func DecodeStrict(data []byte, v any) error {
	if len(data) > MaxJSONBytes {
		return &Error{Field: "(document)", Value: "(" + strconv.Itoa(len(data)) + " bytes)", Problem: "is too large",
			Accepted: fmt.Sprintf("at most %d bytes", MaxJSONBytes)}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonError(err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return &Error{Field: "(document)", Problem: "has data after the JSON value", Accepted: "exactly one JSON value"}
	}
	return nil
}

func jsonError(err error) error {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr):
		field := typeErr.Field
		if field == "" {
			field = "(document)"
		}
		return &Error{Field: field, Value: "(" + typeErr.Value + ")", Problem: "has the wrong type",
			Accepted: "a value of type " + jsonType(typeErr.Type.Kind().String())}
	case errors.As(err, &syntaxErr):
		return &Error{Field: "(document)", Problem: fmt.Sprintf("is not valid JSON at byte %d", syntaxErr.Offset),
			Accepted: "a JSON document"}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return &Error{Field: "(document)", Problem: "is empty or truncated", Accepted: "a complete JSON document"}
	}
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		name = strings.Trim(name, `"`)
		return &Error{Field: name, Problem: "is not a known field", Accepted: "only the documented fields"}
	}
	return &Error{Field: "(document)", Problem: "could not be decoded: " + msg, Accepted: "a JSON document of the documented shape"}
}

func jsonType(kind string) string {
	switch kind {
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "float32", "float64":
		return "number"
	case "bool":
		return "boolean"
	case "slice", "array":
		return "array"
	case "map", "struct":
		return "object"
	}
	return kind
}
