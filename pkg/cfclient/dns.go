package cfclient

import (
	"bytes"
	"context"
	"mime/multipart"
	"net/http"
	"strconv"

	"github.com/cloudflare/cloudflare-go/v4/dns"
	"github.com/cloudflare/cloudflare-go/v4/option"
)

// MaxBatchOps is the most operations one DNS batch request may carry.
const MaxBatchOps = 200

// dnsPerPage is the page size for DNS listing (Cloudflare's maximum is
// 5,000; smaller pages keep memory per page bounded).
const dnsPerPage = 500

func (c *Client) dnsListPage(ctx context.Context, zoneID string, f DNSFilter, page, perPage int) (*envelope, error) {
	var p dns.RecordListParams
	set(&p.ZoneID.Value, &p.ZoneID.Present, zoneID)
	set(&p.Page.Value, &p.Page.Present, float64(page))
	set(&p.PerPage.Value, &p.PerPage.Present, float64(perPage))
	if f.Type != "" {
		set(&p.Type.Value, &p.Type.Present, dns.RecordListParamsType(f.Type))
	}
	if f.Name != "" {
		p.Name.Present = true
		set(&p.Name.Value.Exact.Value, &p.Name.Value.Exact.Present, f.Name)
	}
	if f.Content != "" {
		p.Content.Present = true
		set(&p.Content.Value.Exact.Value, &p.Content.Value.Exact.Present, f.Content)
	}
	if f.Proxied != nil {
		set(&p.Proxied.Value, &p.Proxied.Present, *f.Proxied)
	}
	env := &envelope{}
	err := c.sdk(http.MethodGet, "zones/"+zoneID+"/dns_records", env, nil, func(opts ...option.RequestOption) error {
		_, err := c.records.List(ctx, p, opts...)
		return err
	})
	return env, err
}

// ListDNSRecords lists a zone's records matching f, at most max (0 =
// MaxItems).
func (c *Client) ListDNSRecords(ctx context.Context, zoneID string, f DNSFilter, max int) (Page[DNSRecord], error) {
	if err := idErr("zone id", zoneID); err != nil {
		return Page[DNSRecord]{}, err
	}
	return collectAll[DNSRecord](ctx, "dns records", c.pageCap(max), false, func(ctx context.Context, page int, _ string) (*envelope, error) {
		return c.dnsListPage(ctx, zoneID, f, page, dnsPerPage)
	})
}

// EachDNSRecord streams a zone's records matching f to fn, page by page, so
// that a large zone never sits in memory at once. It stops after max records
// (0 = MaxItems), when fn returns an error (which it returns) or when ctx
// ends. It reports how many records fn saw and whether more remained.
func (c *Client) EachDNSRecord(ctx context.Context, zoneID string, f DNSFilter, max int, fn func(DNSRecord) error) (n int, truncated bool, err error) {
	if err := idErr("zone id", zoneID); err != nil {
		return 0, false, err
	}
	n, _, truncated, err = collect(ctx, "dns records", c.pageCap(max), false, func(ctx context.Context, page int, _ string) (*envelope, error) {
		return c.dnsListPage(ctx, zoneID, f, page, dnsPerPage)
	}, fn)
	return n, truncated, err
}

// PageInfo describes one page of a paged listing.
type PageInfo struct {
	Page       int `json:"page"`
	PerPage    int `json:"per_page"`
	TotalCount int `json:"total_count"`
	TotalPages int `json:"total_pages"`
}

// ListDNSRecordsPage returns one page (1-based, perPage 1–5,000) of a zone's
// records, for callers that page themselves.
func (c *Client) ListDNSRecordsPage(ctx context.Context, zoneID string, f DNSFilter, page, perPage int) ([]DNSRecord, PageInfo, error) {
	if err := idErr("zone id", zoneID); err != nil {
		return nil, PageInfo{}, err
	}
	if page < 1 {
		page = 1
	}
	if perPage < 1 || perPage > 5000 {
		perPage = 100
	}
	env, err := c.dnsListPage(ctx, zoneID, f, page, perPage)
	if err != nil {
		return nil, PageInfo{}, err
	}
	var recs []DNSRecord
	if err := c.decode(http.MethodGet, "zones/"+zoneID+"/dns_records", env, &recs); err != nil {
		return nil, PageInfo{}, err
	}
	info := PageInfo{Page: page, PerPage: perPage}
	if ri := env.ResultInfo; ri != nil {
		info = PageInfo{Page: ri.Page, PerPage: ri.PerPage, TotalCount: ri.TotalCount, TotalPages: ri.TotalPages}
	}
	if recs == nil {
		recs = []DNSRecord{}
	}
	return recs, info, nil
}

// GetDNSRecord returns one record.
func (c *Client) GetDNSRecord(ctx context.Context, zoneID, recordID string) (DNSRecord, error) {
	var r DNSRecord
	if err := ids(zoneID, recordID); err != nil {
		return r, err
	}
	var p dns.RecordGetParams
	set(&p.ZoneID.Value, &p.ZoneID.Present, zoneID)
	err := c.sdk(http.MethodGet, "zones/"+zoneID+"/dns_records/"+recordID, &envelope{}, &r, func(opts ...option.RequestOption) error {
		_, err := c.records.Get(ctx, recordID, p, opts...)
		return err
	})
	return r, err
}

func ids(zoneID, recordID string) error {
	if err := idErr("zone id", zoneID); err != nil {
		return err
	}
	return idErr("record id", recordID)
}

// CreateDNSRecord creates a record. An identical or conflicting record
// fails with ErrConflict (Cloudflare code 81057 and relatives).
func (c *Client) CreateDNSRecord(ctx context.Context, zoneID string, in DNSRecordInput) (DNSRecord, error) {
	var r DNSRecord
	if err := idErr("zone id", zoneID); err != nil {
		return r, err
	}
	var p dns.RecordNewParams
	set(&p.ZoneID.Value, &p.ZoneID.Present, zoneID)
	p.Body = dns.RecordNewParamsBody{}
	err := c.sdkBody(http.MethodPost, "zones/"+zoneID+"/dns_records", in, &envelope{}, &r, func(opts ...option.RequestOption) error {
		_, err := c.records.New(ctx, p, opts...)
		return err
	})
	return r, err
}

// UpdateDNSRecord overwrites a record (PUT): fields not given are reset.
func (c *Client) UpdateDNSRecord(ctx context.Context, zoneID, recordID string, in DNSRecordInput) (DNSRecord, error) {
	var r DNSRecord
	if err := ids(zoneID, recordID); err != nil {
		return r, err
	}
	var p dns.RecordUpdateParams
	set(&p.ZoneID.Value, &p.ZoneID.Present, zoneID)
	p.Body = dns.RecordUpdateParamsBody{}
	err := c.sdkBody(http.MethodPut, "zones/"+zoneID+"/dns_records/"+recordID, in, &envelope{}, &r, func(opts ...option.RequestOption) error {
		_, err := c.records.Update(ctx, recordID, p, opts...)
		return err
	})
	return r, err
}

// EditDNSRecord changes the given fields of a record (PATCH).
func (c *Client) EditDNSRecord(ctx context.Context, zoneID, recordID string, in DNSRecordInput) (DNSRecord, error) {
	var r DNSRecord
	if err := ids(zoneID, recordID); err != nil {
		return r, err
	}
	var p dns.RecordEditParams
	set(&p.ZoneID.Value, &p.ZoneID.Present, zoneID)
	p.Body = dns.RecordEditParamsBody{}
	err := c.sdkBody(http.MethodPatch, "zones/"+zoneID+"/dns_records/"+recordID, in, &envelope{}, &r, func(opts ...option.RequestOption) error {
		_, err := c.records.Edit(ctx, recordID, p, opts...)
		return err
	})
	return r, err
}

// DeleteDNSRecord deletes a record.
func (c *Client) DeleteDNSRecord(ctx context.Context, zoneID, recordID string) error {
	if err := ids(zoneID, recordID); err != nil {
		return err
	}
	var p dns.RecordDeleteParams
	set(&p.ZoneID.Value, &p.ZoneID.Present, zoneID)
	return c.sdk(http.MethodDelete, "zones/"+zoneID+"/dns_records/"+recordID, &envelope{}, nil, func(opts ...option.RequestOption) error {
		_, err := c.records.Delete(ctx, recordID, p, opts...)
		return err
	})
}

// BatchDNSRecords applies deletes, patches, puts and posts in one
// all-or-nothing request (at most MaxBatchOps operations).
func (c *Client) BatchDNSRecords(ctx context.Context, zoneID string, b DNSBatch) (DNSBatchResult, error) {
	var res DNSBatchResult
	if err := idErr("zone id", zoneID); err != nil {
		return res, err
	}
	if n := len(b.Deletes) + len(b.Patches) + len(b.Puts) + len(b.Posts); n == 0 || n > MaxBatchOps {
		return res, &APIError{Method: http.MethodPost, Path: "zones/" + zoneID + "/dns_records/batch", Kind: ErrValidation,
			Errors: []Message{{Message: "a batch holds 1–" + strconv.Itoa(MaxBatchOps) + " operations, got " + strconv.Itoa(n)}}}
	}
	var p dns.RecordBatchParams
	set(&p.ZoneID.Value, &p.ZoneID.Present, zoneID)
	err := c.sdkBody(http.MethodPost, "zones/"+zoneID+"/dns_records/batch", b, &envelope{}, &res, func(opts ...option.RequestOption) error {
		_, err := c.records.Batch(ctx, p, opts...)
		return err
	})
	return res, err
}

// ExportDNSRecords returns the zone's records as a BIND zone file.
func (c *Client) ExportDNSRecords(ctx context.Context, zoneID string) (string, error) {
	if err := idErr("zone id", zoneID); err != nil {
		return "", err
	}
	var p dns.RecordExportParams
	set(&p.ZoneID.Value, &p.ZoneID.Present, zoneID)
	var out []byte
	_, err := c.records.Export(ctx, p, option.WithResponseBodyInto(&out))
	if err != nil {
		return "", c.mapErr(http.MethodGet, "zones/"+zoneID+"/dns_records/export", err)
	}
	return string(out), nil
}

// ImportDNSRecords imports a BIND zone file; proxied sets the default for
// proxiable records.
func (c *Client) ImportDNSRecords(ctx context.Context, zoneID, bind string, proxied bool) (DNSImportResult, error) {
	var res DNSImportResult
	if err := idErr("zone id", zoneID); err != nil {
		return res, err
	}
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, err := mw.CreateFormFile("file", "zone.txt")
	if err == nil {
		_, err = fw.Write([]byte(bind))
	}
	if err == nil {
		err = mw.WriteField("proxied", strconv.FormatBool(proxied))
	}
	if err == nil {
		err = mw.Close()
	}
	if err != nil {
		return res, err
	}
	var p dns.RecordImportParams
	set(&p.ZoneID.Value, &p.ZoneID.Present, zoneID)
	set(&p.File.Value, &p.File.Present, "")
	err = c.sdk(http.MethodPost, "zones/"+zoneID+"/dns_records/import", &envelope{}, &res, func(opts ...option.RequestOption) error {
		opts = append(opts, option.WithRequestBody(mw.FormDataContentType(), body.Bytes()))
		_, err := c.records.Import(ctx, p, opts...)
		return err
	})
	return res, err
}
