#!/usr/bin/env bash
# The README walkthrough, as a script: one 请示 by 张伟 (zhangwei), with a 附件, goes through 孙立 (sunli), 赵敏
# (zhaomin) and 王强 (wangqiang, 签发) into the archive, where 周慎 (zhoushen) finds it with its 档号, 文号, trail and
# attachment, places a 法律保全 (legal hold) and corrects its 备注 — each a write through the services' production
# database roles (issue 14: these failed with "permission denied" wherever the owner was not a superuser).
# Everything goes through the gateway with tokens from POST /dev/token, exactly as a client would (contract §2).
# Steps that wait for an event (inbox, archive) poll with a deadline. Exits non-zero at the first failure.
#
#   scripts/walkthrough.sh                 # against http://localhost:8080 (./gongwen up)
#   GONGWEN_URL=http://host:8080 GONGWEN_WALKTHROUGH_TIMEOUT=120 scripts/walkthrough.sh
set -euo pipefail

BASE=${GONGWEN_URL:-http://localhost:8080}
TIMEOUT=${GONGWEN_WALKTHROUGH_TIMEOUT:-60}
command -v jq >/dev/null || { echo "walkthrough: jq is needed (apt-get install jq)" >&2; exit 1; }
RESPONSE=$(mktemp)
trap 'rm -f "$RESPONSE"' EXIT
STARTED=$SECONDS

step() { printf '[%3ss] %s\n' $((SECONDS - STARTED)) "$*"; }
die() {
  printf 'walkthrough FAILED: %s\n' "$1" >&2
  [[ -s $RESPONSE ]] && { printf 'last response (HTTP %s):\n' "${STATUS:-?}" >&2; cat "$RESPONSE" >&2; echo >&2; }
  exit 1
}

# call METHOD PATH TOKEN [JSON] : sets STATUS, leaves the body in $RESPONSE
call() {
  local method=$1 path=$2 token=$3 body=${4:-}
  local args=(-sS -o "$RESPONSE" -w '%{http_code}' -X "$method" "$BASE$path" -H "Accept: application/json")
  [[ -n $token ]] && args+=(-H "Authorization: Bearer $token")
  [[ -n $body ]] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  STATUS=$(curl "${args[@]}") || die "$method $path: no answer from $BASE"
}

expect() {
  local wanted=$1 what=$2
  [[ $STATUS == "$wanted" ]] || die "$what: expected HTTP $wanted, got $STATUS"
}

# eventually DESCRIPTION COMMAND... : retries COMMAND until it succeeds or TIMEOUT seconds have passed
eventually() {
  local what=$1; shift
  local deadline=$((SECONDS + TIMEOUT))
  until "$@"; do
    ((SECONDS < deadline)) || die "$what: not within ${TIMEOUT}s"
    sleep 0.5
  done
}

token_for() {
  call POST /dev/token "" "{\"username\":\"$1\"}"
  expect 200 "token for $1"
  jq -er .access_token "$RESPONSE" || die "no access_token for $1"
}

for user in zhangwei sunli zhaomin wangqiang zhoushen; do
  token=$(token_for "$user") # a plain assignment, so that set -e sees a failure
  declare "TOKEN_$user=$token"
done
step "tokens issued for zhangwei, sunli, zhaomin, wangqiang, zhoushen"

TITLE="江城市民政局社会救助科关于申请2027年度救助资金的请示"
DRAFT=$(jq -n --arg title "$TITLE" '{
  docType: "请示",
  title: $title,
  mainRecipients: ["江城市财政局"],
  body: "江城市财政局：\n    为保障2027年度城乡困难群众基本生活，落实最低生活保障和特困人员救助供养政策，我局社会救助科测算全年需救助资金3860万元，现申请列入2027年度市级财政预算。\n    妥否，请批示。",
  direction: "上行",
  attachments: [{name: "2027年度救助资金测算表"}],
  remarks: "（联系人：张伟，电话：0000-0000000）"
}' | jq '.body += "\n附件：2027年度救助资金测算表"')
call POST /api/drafts "$TOKEN_zhangwei" "$DRAFT"
expect 201 "张伟 creates the draft"
DOC_ID=$(jq -er .id "$RESPONSE") || die "the created draft has no id"
step "张伟 created draft $DOC_ID (status $(jq -r .status "$RESPONSE"))"

ATTACHMENT=$(mktemp --suffix=.txt)
trap 'rm -f "$RESPONSE" "$ATTACHMENT"' EXIT
printf '项目,金额（万元）\n城乡低保,3120\n特困供养,740\n' > "$ATTACHMENT"
STATUS=$(curl -sS -o "$RESPONSE" -w '%{http_code}' -X POST "$BASE/api/drafts/$DOC_ID/attachments" \
  -H "Authorization: Bearer $TOKEN_zhangwei" -H 'If-Match: "1"' \
  -F "file=@$ATTACHMENT;type=text/plain" -F "name=2027年度救助资金测算表") || die "upload: no answer from $BASE"
expect 201 "张伟 uploads the 附件"
step "张伟 attached 2027年度救助资金测算表 (sha256 $(jq -r '.attachments[0].sha256[0:12]' "$RESPONSE")…)"

call POST "/api/drafts/$DOC_ID/submit" "$TOKEN_zhangwei"
expect 202 "张伟 submits the draft"
step "张伟 submitted it for review"

in_inbox() {
  call GET /api/reviews/inbox "$1"
  [[ $STATUS == 200 ]] && jq -e --arg id "$DOC_ID" 'any(.[]; .documentId == $id)' "$RESPONSE" >/dev/null
}

for reviewer in sunli zhaomin wangqiang; do
  token_var="TOKEN_$reviewer"
  eventually "the draft in $reviewer's inbox" in_inbox "${!token_var}"
  REVISION=$(jq -r --arg id "$DOC_ID" 'first(.[] | select(.documentId == $id)) | .revision' "$RESPONSE")
  call POST "/api/reviews/$DOC_ID/decisions" "${!token_var}" \
    "{\"decision\":\"APPROVE\",\"opinion\":\"同意\",\"revision\":$REVISION}"
  expect 200 "$reviewer approves"
  step "$reviewer approved (revision $REVISION)"
done

in_archive() {
  call GET "/api/archive/records?q=$(jq -rn --arg q "$TITLE" '$q|@uri')" "$TOKEN_zhoushen"
  [[ $STATUS == 200 ]] && jq -e --arg id "$DOC_ID" '[.. | objects | select(.documentId? == $id)] | length > 0' \
    "$RESPONSE" >/dev/null
}
eventually "the record in the archive list" in_archive
step "周慎 finds it in the archive list"

call GET "/api/archive/records/$DOC_ID" "$TOKEN_zhoushen"
expect 200 "周慎 opens the archive record"
ARCHIVE_NO=$(jq -r .archiveNo "$RESPONSE")
DOCUMENT_NUMBER=$(jq -r .documentNumber "$RESPONSE")
[[ $ARCHIVE_NO =~ ^Z011-WS·[0-9]{4}-(Y|D30|D10)-SHJZ-[0-9]{4}$ ]] || die "档号 '$ARCHIVE_NO' is not Z011-WS·YYYY-{Y|D30|D10}-SHJZ-NNNN"
[[ $DOCUMENT_NUMBER =~ ^江民发〔[0-9]{4}〕[1-9][0-9]*号$ ]] || die "文号 '$DOCUMENT_NUMBER' is not 江民发〔YYYY〕N号"
jq -e '.trail | length >= 3' "$RESPONSE" >/dev/null || die "the trail should hold at least the three approvals"
for reviewer in sunli zhaomin wangqiang; do
  jq -e --arg who "$reviewer" 'any(.trail[]; (.actor | tostring | contains($who)))' "$RESPONSE" >/dev/null ||
    die "the trail does not name $reviewer"
done
step "档号 $ARCHIVE_NO, 文号 $DOCUMENT_NUMBER, trail:"
jq -r '.trail[] | "         \(.at)  \(.action)  \(.actor)  \(.opinion // "")"' "$RESPONSE"

jq -e '.attachments | length == 1 and (.[0].sha256 | length == 64)' "$RESPONSE" >/dev/null ||
  die "the archive record should carry the attachment with its SHA-256"
step "the record carries its 附件 $(jq -r '.attachments[0].name' "$RESPONSE")"

call POST "/api/archive/records/$DOC_ID/legal-hold" "$TOKEN_zhoushen" '{"reason":"审计署专项审计，冻结处置"}'
expect 201 "周慎 places a legal hold"
call POST "/api/archive/records/$DOC_ID/corrections" "$TOKEN_zhoushen" \
  '{"field":"note","value":"附件测算表已核对","reason":"补录审核备注"}'
expect 201 "周慎 corrects the 备注"
call GET "/api/archive/records/$DOC_ID/amendments" "$TOKEN_zhoushen"
expect 200 "周慎 reads the amendments"
jq -e '.metadata.legalHold == true and .metadata.note == "附件测算表已核对"' "$RESPONSE" >/dev/null ||
  die "the amendments should show the legal hold and the corrected 备注"
step "周慎 placed a legal hold and corrected the 备注 (the record itself unchanged)"

draft_archived() {
  call GET "/api/drafts/$DOC_ID" "$TOKEN_zhangwei"
  [[ $STATUS == 200 ]] && jq -e '.status == "ARCHIVED"' "$RESPONSE" >/dev/null
}
eventually "张伟's draft showing ARCHIVED" draft_archived
jq -e --arg n "$DOCUMENT_NUMBER" '.documentNumber == $n' "$RESPONSE" >/dev/null ||
  die "the draft's documentNumber differs from the archive's"
step "张伟 sees the draft ARCHIVED with $DOCUMENT_NUMBER"
step "walkthrough passed"
