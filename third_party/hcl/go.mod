module github.com/hashicorp/hcl/v2

go 1.25.0

require (
	github.com/agext/levenshtein v1.2.1
	github.com/apparentlymart/go-textseg/v15 v15.0.0
	github.com/apparentlymart/go-textseg/v17 v17.0.1
	github.com/mitchellh/go-wordwrap v1.0.1
	github.com/zclconf/go-cty v1.19.0
)

require golang.org/x/text v0.31.0 // indirect
