package wafreplay

import (
	"bytes"
	"io"
	"mime"
	"mime/multipart"
	"net/url"
	"strings"

	"github.com/cfplane/cfplane/pkg/rules"
)

// BodyLimit is the number of body bytes the edge exposes to the
// http.request.body.* fields on a plan (http.request.body.size keeps the
// full size). Cloudflare documents 128 KB for Enterprise; the body fields
// need Enterprise (pkg/rules' scheme), so on other plans no body field is
// filled and rules cannot read the body at all.
func BodyLimit(p rules.Plan) int {
	switch p {
	case rules.PlanEnterprise, rules.PlanUnknown:
		return 128 * 1024
	}
	return 0
}

// Multipart field names of the Rules scheme, filled by FillBody.
const (
	fieldMultipart         = "http.request.body.multipart"
	fieldMultipartNames    = "http.request.body.multipart.names"
	fieldMultipartValues   = "http.request.body.multipart.values"
	fieldMultipartTypes    = "http.request.body.multipart.content_types"
	fieldMultipartDisps    = "http.request.body.multipart.content_dispositions"
	fieldMultipartEncs     = "http.request.body.multipart.content_transfer_encodings"
	fieldMultipartFilename = "http.request.body.multipart.filenames"
)

// FillBody derives the body fields the edge computes from r.Body and the
// request's Content-Type, the way Cloudflare presents them to rules on
// plans with body inspection: the body is cut to the plan's limit
// (http.request.body.truncated; http.request.body.size stays the full
// size), http.request.body.mime is the media type, an
// application/x-www-form-urlencoded body fills http.request.body.form
// (names and values URL-decoded), a multipart/form-data body fills
// http.request.body.multipart.* (each part's value without its framing,
// with its names, content types, dispositions, transfer encodings and
// file names). JSON bodies stay in http.request.body.raw, where
// lookup_json_string and lookup_json_integer read them. On plans without
// body inspection (limit 0) only the size and MIME type are set.
// Call it before r.Prepare.
func FillBody(r *rules.Request, contentType string, plan rules.Plan) {
	full := r.Body
	r.BodySize = int64(len(full))
	mt, params, err := mime.ParseMediaType(contentType)
	if err == nil {
		r.BodyMIME = mt
	} else if contentType != "" {
		r.BodyMIME = strings.ToLower(strings.TrimSpace(strings.SplitN(contentType, ";", 2)[0]))
	}
	limit := BodyLimit(plan)
	if limit == 0 {
		r.Body = ""
		return
	}
	body := full
	if len(body) > limit {
		body = body[:limit]
		r.BodyTruncated = true
	}
	r.Body = body
	switch r.BodyMIME {
	case "application/x-www-form-urlencoded":
		r.Form = map[string][]string{}
		for _, part := range strings.Split(body, "&") {
			if part == "" {
				continue
			}
			k, v, _ := strings.Cut(part, "=")
			if dk, err := url.QueryUnescape(k); err == nil {
				k = dk
			}
			if dv, err := url.QueryUnescape(v); err == nil {
				v = dv
			}
			r.Form[k] = append(r.Form[k], v)
		}
	case "multipart/form-data":
		if params["boundary"] == "" {
			return
		}
		fillMultipart(r, body, params["boundary"])
	}
}

func fillMultipart(r *rules.Request, body, boundary string) {
	mr := multipart.NewReader(strings.NewReader(body), boundary)
	m := map[string][]string{}
	var names, types, disps, encs, files [][]string
	var values []string
	for {
		p, err := mr.NextRawPart()
		if err != nil {
			break
		}
		var buf bytes.Buffer
		_, rerr := io.Copy(&buf, p)
		v := buf.String()
		name := p.FormName()
		names = append(names, []string{name})
		values = append(values, v)
		types = append(types, nonEmpty(p.Header.Get("Content-Type")))
		disps = append(disps, nonEmpty(p.Header.Get("Content-Disposition")))
		encs = append(encs, nonEmpty(p.Header.Get("Content-Transfer-Encoding")))
		files = append(files, nonEmpty(p.FileName()))
		m[name] = append(m[name], v)
		if rerr != nil {
			break // a truncated body ends in the middle of a part
		}
	}
	if len(values) == 0 {
		return
	}
	if r.Fields == nil {
		r.Fields = map[string]any{}
	}
	r.Fields[fieldMultipart] = m
	r.Fields[fieldMultipartNames] = names
	r.Fields[fieldMultipartValues] = values
	r.Fields[fieldMultipartTypes] = types
	r.Fields[fieldMultipartDisps] = disps
	r.Fields[fieldMultipartEncs] = encs
	r.Fields[fieldMultipartFilename] = files
}

func nonEmpty(s string) []string {
	if s == "" {
		return []string{}
	}
	return []string{s}
}
