#!/usr/bin/env bash
# The relay tests' local-program gateway: reads one JSON message on stdin, appends it to LOG, and exits
# with the code written in PLAN_DIR/<outbox_id> (0 = sent when there is none); "hang" never answers.
#   program_gateway.sh LOG PLAN_DIR
set -u
msg=$(cat)
id=$(printf '%s' "$msg" | sed -n 's/.*"outbox_id":\([0-9]*\).*/\1/p')
printf '%s\n' "$msg" >>"$1"
code=0
[ -f "$2/$id" ] && code=$(cat "$2/$id")
[ "$code" = hang ] && exec sleep 60
echo "test program: message $id, exit $code"
exit "$code"
