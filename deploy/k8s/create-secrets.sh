#!/usr/bin/env bash
# Fills overlays/<overlay>/secrets/ (gitignored) with the files the overlay's secretGenerator reads. Existing files
# are kept: the archive log key and the JWT key pair belong to the installation and must survive re-runs.
#
#   deploy/k8s/create-secrets.sh dev          # database password, gateway's JWT key pair, archive log key
#   deploy/k8s/create-secrets.sh production   # database password, archive log key, archive-service's client secret
#                                             # (tokens come from Keycloak)
#
# The database password is GONGWEN_PG_PASSWORD when set (it must match the login role on the PostgreSQL server),
# otherwise a random one to give to that role. Likewise archive-service's client secret (production):
# GONGWEN_ARCHIVE_CLIENT_SECRET when set, otherwise a random one to set on the realm's archive-service client in
# Keycloak (Clients > archive-service > Credentials). Needs openssl.
set -euo pipefail

overlay=${1:?usage: create-secrets.sh dev|production}
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/overlays/$overlay"
[[ -f $dir/kustomization.yaml ]] || { echo "no overlay '$overlay' in $(dirname "$dir")" >&2; exit 1; }
command -v openssl >/dev/null || { echo "openssl is needed" >&2; exit 1; }
mkdir -p "$dir/secrets"
chmod 700 "$dir/secrets"
cd "$dir/secrets"
umask 077

created() { echo "created $overlay/secrets/$1"; }

if [[ ! -f pg-password ]]; then
  printf %s "${GONGWEN_PG_PASSWORD:-$(openssl rand -base64 24)}" > pg-password
  created pg-password
fi
if [[ ! -f archive-log-ed25519.pem ]]; then
  # PKCS#8 private key and X.509 public key, the PEM forms archive-service reads (Ed25519CheckpointSigner)
  openssl genpkey -algorithm ed25519 -out archive-log-ed25519.pem
  openssl pkey -in archive-log-ed25519.pem -pubout -out archive-log-ed25519.pem.pub
  created "archive-log-ed25519.pem{,.pub}"
fi
if grep -q 'jwt-private.pem=' ../kustomization.yaml && [[ ! -f jwt-private.pem ]]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out jwt-private.pem 2>/dev/null
  openssl pkey -in jwt-private.pem -pubout -out jwt-public.pem
  created "jwt-private.pem, jwt-public.pem"
fi
if grep -q 'archive-client-secret' ../kustomization.yaml && [[ ! -f archive-client-secret ]]; then
  printf %s "${GONGWEN_ARCHIVE_CLIENT_SECRET:-$(openssl rand -hex 24)}" > archive-client-secret
  created "archive-client-secret (set it on Keycloak's archive-service client unless it came from GONGWEN_ARCHIVE_CLIENT_SECRET)"
fi
echo "secrets of overlay $overlay are in $dir/secrets; keep a copy of archive-log-ed25519.pem in the organisation's vault"
