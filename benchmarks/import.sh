#!/usr/bin/env bash
# Issue 19: importing a journal of 10 000 entries over HTTP (target: at most 10 s). Loopback only, bounded
# (a few minutes: the jar's start, generating the files, four imports).
#   1. starts Journal (the documented way, lib.sh) on 127.0.0.1:18082 against a throwaway database
#      bench_import, so Flyway makes the schema; registers two accounts;
#   2. generates a Journal export of ENTRIES (10 000) entries with realistic lengths (titles 10-80 characters,
#      bodies 200-4 000, some Markdown, accents), as the JSON file and as the Markdown zip, in benchmarks/target/;
#   3. times POST /api/me/import: a preview (dryRun) and the import of the JSON file into one account, the
#      import of the zip into the other, and the JSON again (all duplicates); wall time as curl sees it and
#      the server's CPU (utime + stime of the Journal process) for each.
#   benchmarks/import.sh               build the jar if missing, then all of it
#   ENTRIES=50000 benchmarks/import.sh a larger file (the default limit journal.import.max-entries is 50 000)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
journal_find_jdk
journal_ensure_postgres
journal_launch() { exec scripts/journal-launch.sh "$@"; }
BENCH_DB=bench_import
BENCH_PORT=18082
BENCH_LOG=benchmarks/target/import-journal.log
. benchmarks/lib.sh
trap bench_stop EXIT
[ -f bootstrap/target/journal.jar ] || ./mvnw -B -q -DskipTests -pl bootstrap -am package
mkdir -p benchmarks/target
: >"$BENCH_LOG"
entries=${ENTRIES:-10000}
json_field() { sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\"\([^\"]*\)\".*/\1/p"; }

echo "== generating an export of $entries entries" >&2
python3 - "$entries" benchmarks/target/import-export.json benchmarks/target/import-export.zip <<'PY'
import json, random, sys, uuid, zipfile, datetime
n, json_path, zip_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rnd = random.Random(19)
words = ("morning rain coffee walk été river garden letter train friend quiet market bread music "
         "evening window garden snow café book letter sea light").split()
def text(lo, hi):
    out, size = [], rnd.randint(lo, hi)
    while sum(len(w) + 1 for w in out) < size:
        out.append(rnd.choice(words))
    return " ".join(out)
start = datetime.datetime(2015, 1, 1, tzinfo=datetime.timezone.utc)
rows = []
for i in range(n):
    created = start + datetime.timedelta(minutes=i * 523 + rnd.randint(0, 400), microseconds=rnd.randint(0, 999999))
    updated = created + datetime.timedelta(hours=rnd.choice([0, 0, 1, 30]))
    body = "\n\n".join(("## " if rnd.random() < 0.2 else "") + text(60, 900) for _ in range(rnd.randint(1, 5)))
    rows.append({"id": str(uuid.UUID(int=rnd.getrandbits(128), version=4)), "title": text(10, 80).capitalize(),
                 "body": body, "createdAt": created.isoformat().replace("+00:00", "Z"),
                 "updatedAt": updated.isoformat().replace("+00:00", "Z")})
with open(json_path, "w", encoding="utf-8") as f:
    json.dump({"format": "journal-export", "version": 1, "exportedAt": "2026-12-06T00:00:00Z",
               "account": {"email": "bench@import.example"}, "entries": rows}, f, ensure_ascii=False)
with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as z:
    for r in rows:
        body = r["body"]
        z.writestr(f"{r['createdAt'][:10]}-{r['id'][:8]}.md",
                   "---\ntitle: " + json.dumps(r["title"], ensure_ascii=False) + f"\nid: {r['id']}\ncreated: "
                   f"{r['createdAt']}\nupdated: {r['updatedAt']}\ntrailing-newline: {str(body.endswith(chr(10))).lower()}"
                   "\n---\n\n" + body + ("" if body.endswith("\n") else "\n"))
PY
ls -l benchmarks/target/import-export.json benchmarks/target/import-export.zip | awk '{ print $5, $9 }' >&2

echo "== Journal on $BENCH_BASE, database $BENCH_DB (fresh)" >&2
bench_drop_db
bench_start
echo "started in $START_MS ms" >&2
token_for() {
  local email=$1 password="Import bench passphrase 19 $1"
  curl -sf -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$BENCH_BASE/api/auth/register"
  curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" \
    "$BENCH_BASE/api/auth/login" | json_field accessToken
}
ada=$(token_for ada@import.example)
bob=$(token_for bob@import.example)
echo "== machine: $(nproc) cores, $(uname -sr), load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
timed_import() { # label token file content-type query
  local before after answer
  before=$(bench_cpu_ms "$JOURNAL_PID")
  answer=$(curl -s --max-time 120 -w ' http=%{http_code} wall_s=%{time_total}' -H "Authorization: Bearer $2" \
    -H "Content-Type: $4" --data-binary "@$3" "$BENCH_BASE/api/me/import$5")
  after=$(bench_cpu_ms "$JOURNAL_PID")
  printf '%-28s %s server_cpu_ms=%s\n' "$1" "$answer" $(( after - before ))
}
timed_import "preview json (dry run)" "$ada" benchmarks/target/import-export.json application/json '?dryRun=true'
timed_import "import json" "$ada" benchmarks/target/import-export.json application/json ''
timed_import "import markdown zip" "$bob" benchmarks/target/import-export.zip application/zip ''
timed_import "import json again (dups)" "$ada" benchmarks/target/import-export.json application/json ''
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
psql -h 127.0.0.1 -U postgres -d "$BENCH_DB" -qAt -c "SELECT count(*) || ' entries stored' FROM journal_entries" >&2
