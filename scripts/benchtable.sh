#!/usr/bin/env bash
# Turns `go test -bench` output on stdin into a Markdown table.
awk '
/^Benchmark/ {
  name=$1; sub(/-[0-9]+$/, "", name); row="| " name " | " $2 " |"
  extra=""
  for (i=3; i<NF; i+=2) extra = extra " " $i " " $(i+1) ";"
  print row extra " |"; n++
}
/^(ok|FAIL|---|side-by-side|goals:|\| )/ { print > "/dev/stderr" }
BEGIN { print "| benchmark | iterations | results |"; print "|---|---|---|" }
' 
