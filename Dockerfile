# One build stage compiles the four static binaries once; each target is a
# scratch image holding one of them (numeric user 65532, CA certificates, no
# shell). Build one, or let compose build all four from the same cache:
#   docker build --target cloudflare_safe -t ghcr.io/cfplane/cloudflare_safe:dev .
#   docker compose -f configs/docker-compose.yml up --build
# Without a Docker daemon, `make images` writes the same images as tarballs
# (dist/images/NAME.tar) for `docker load` / `podman load`.
ARG GO_VERSION=1.26

FROM golang:${GO_VERSION}-bookworm AS build
WORKDIR /src
COPY go.mod go.sum go.work go.work.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath -buildvcs=false \
      -ldflags "-s -w -X github.com/cfplane/cfplane/pkg/clicore.Version=${VERSION} -X github.com/cfplane/cfplane/pkg/cfsim.Version=${VERSION}" \
      -o /out/ ./cmd/cloudflare_safe ./cmd/waf_intelligence ./cmd/oracle_answer ./cmd/cfsim
RUN mkdir -p /rootfs/etc/ssl/certs /rootfs/tmp /home-nonroot/.local/state/cfplane \
 && cp /etc/ssl/certs/ca-certificates.crt /rootfs/etc/ssl/certs/ \
 && printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' > /rootfs/etc/passwd \
 && printf 'root:x:0:\nnonroot:x:65532:\n' > /rootfs/etc/group \
 && chmod 1777 /rootfs/tmp && chmod -R 0700 /home-nonroot

FROM scratch AS base
COPY --from=build /rootfs/ /
COPY --from=build --chown=65532:65532 /home-nonroot/ /home/nonroot/
ENV PATH=/usr/local/bin HOME=/home/nonroot SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
WORKDIR /home/nonroot
USER 65532:65532

FROM base AS cfsim
COPY --from=build /out/cfsim /usr/local/bin/cfsim
ENTRYPOINT ["/usr/local/bin/cfsim"]

FROM base AS waf_intelligence
COPY --from=build /out/waf_intelligence /usr/local/bin/waf_intelligence
ENTRYPOINT ["/usr/local/bin/waf_intelligence"]

FROM base AS oracle_answer
COPY --from=build /out/oracle_answer /usr/local/bin/oracle_answer
ENTRYPOINT ["/usr/local/bin/oracle_answer"]

FROM base AS cloudflare_safe
COPY --from=build /out/cloudflare_safe /usr/local/bin/cloudflare_safe
ENTRYPOINT ["/usr/local/bin/cloudflare_safe"]
