#!/usr/bin/env bash
# Fails when the repository holds a secret: a private key, a key store, an .env file, a token, or a password or
# client secret written as a literal in configuration. Keys and passwords come from the environment or from files
# (docs/security.md); configuration may only name them (${GONGWEN_X}, ${GONGWEN_X:local-default}, a file path).
#
#   scripts/check-secrets.sh            every file git tracks, plus new files it does not ignore
#   scripts/check-secrets.sh FILE...    only these files (what a pre-commit hook would pass)
#
# A line that must stay (a test naming the PEM header it expects, say) carries the marker `check-secrets: allow`.
# Exit status: 0 clean, 1 findings (each printed as path:line: reason), 2 usage.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if (($#)); then
  files=("$@")
else
  mapfile -t files < <(git ls-files --cached --others --exclude-standard | sort -u)
fi

findings=0
report() { printf '%s: %s\n' "$1" "$2"; findings=$((findings + 1)); }

text_files=()
for file in "${files[@]}"; do
  [[ -f $file ]] || continue
  name=${file##*/}
  case $name in
    *.pem | *.key | *.p12 | *.pfx | *.jks | *.keystore | id_rsa | id_ed25519 | id_ecdsa)
      # a public key alone is not secret; anything else in these formats is
      grep -q -- '-----BEGIN PUBLIC KEY-----' "$file" && ! grep -q 'PRIVATE KEY' "$file" ||
        report "$file" "key or key store file committed"
      ;;
    .env | *.env | .env.*)
      report "$file" "environment file committed (keep it uncommitted; docker-compose reads it from the working tree)"
      ;;
  esac
  text_files+=("$file")
done

# one awk over every text file (grep -I drops binaries): a process per file would take a minute on this tree
scan() {
  awk '
    function finding(reason) {
      if ($0 !~ /check-secrets: allow/) { printf "%s:%d: %s\n", FILENAME, FNR, reason; found++ }
    }
    FNR == 1 { pem_header = 0; is_config = (FILENAME ~ /\.(ya?ml|properties|json|conf|cfg|ini|toml)$/) }
    # a PEM private key: the header followed by base64 (a lone header string in code is not a key). No {n,}
    # intervals here: the mawk of Debian has none; the token patterns are grep -E below
    pem_header && length($0) >= 40 && /^[A-Za-z0-9+\/=]+$/ { finding("private key (PEM block)") }
    { pem_header = ($0 ~ /-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----$/ && $0 !~ /check-secrets: allow/) }
    # configuration: a password/secret key with a literal value. Allowed: ${VAR}, ${VAR:local-default} (a local
    # default documented in docs/security.md), change-me placeholders, "..." in examples, empty values, file paths
    is_config && tolower($0) ~ /(password|passwd|secret|api[-_]?key|access[-_]?token)["\047]?[ \t]*[:=]/ {
      value = $0
      sub(/^[^:=]*[:=][ \t]*/, "", value)
      gsub(/^["\047]|["\047,]+$/, "", value)
      if (value != "" && value !~ /^\$\{/ && value !~ /^(change-me|<|\.\.\.|…|\.?\.?\/|secrets\/|file:|classpath:|configtree:)/ &&
          value !~ /^(true|false|null)$/ && value !~ /^[A-Za-z]+:$/) {
        finding("literal secret in configuration")
      }
    }
    END { exit found ? 1 : 0 }
  ' "$@"
}
if ((${#text_files[@]})); then
  mapfile -t text_files < <(printf '%s\0' "${text_files[@]}" | xargs -0 grep -Il '' -- 2>/dev/null || true)
  ((${#text_files[@]})) && { scan "${text_files[@]}" || findings=$((findings + 1)); }
  tokens='AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36}|xox[abprs]-[A-Za-z0-9-]{10,}'
  tokens+='|-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----[A-Za-z0-9+/=]{40,}'
  tokens+='|eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}'
  if grep -EnH -- "$tokens" "${text_files[@]}" | grep -v 'check-secrets: allow' |
    sed -E 's/^([^:]+:[0-9]+):.*/\1: token or one-line private key (AWS, GitHub, Slack, JWT, PEM)/' | grep .; then
    findings=$((findings + 1))
  fi
fi

if ((findings)); then
  echo "check-secrets: secrets found (see above). Move them to the environment or a file outside the repository;"
  echo "docs/security.md says where each secret of the suite comes from."
  exit 1
fi
echo "check-secrets: ${#files[@]} files, no secrets"
