#!/usr/bin/env sh
# Makes the token keys that every node of one Journal deployment must share (README "Several nodes"):
# an EC P-256 key pair that signs access tokens (PKCS#8 / X.509 PEM) and a 32-byte HMAC secret for
# refresh and verify tokens (base64). Writes them to the directory given (default deploy/keys/, which
# docker-compose.yml's profile "ha" mounts as secrets); refuses to overwrite keys that exist, because
# new keys sign everyone out.
set -eu
dir=${1:-"$(dirname "$0")/keys"}
mkdir -p "$dir"
for file in signing-private-key.pem signing-public-key.pem hmac-secret; do
  if [ -e "$dir/$file" ]; then
    echo "$dir/$file exists: new keys would sign everyone out. Remove the old ones first if that is what you want." >&2
    exit 1
  fi
done
umask 077
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$dir/signing-private-key.pem"
openssl pkey -in "$dir/signing-private-key.pem" -pubout -out "$dir/signing-public-key.pem"
openssl rand -base64 32 > "$dir/hmac-secret"
echo "Keys written to $dir, readable by you only. Docker Compose mounts them into the containers as they are:"
echo "let the image's user (journal) read them, e.g. chmod a+r $dir/*, or use your platform's secrets with an owner."
