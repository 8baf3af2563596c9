# One image with the three servers and the sandbox; each container runs one of them.
#   docker build -t cfplane .
#   docker run --rm -e CLOUDFLARE_API_TOKEN cfplane cloudflare_safe serve --transport http --addr 0.0.0.0:8791 --auth-token-file /run/secrets/mcp_token
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum go.work ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags '-s -w' -o /out/ ./cmd/cloudflare_safe ./cmd/waf_intelligence ./cmd/oracle_answer ./cmd/cfsim

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/ /usr/local/bin/
USER nonroot
ENTRYPOINT []
