"""The tinyproxy the module runs for a clearnet-proxy profile, started with the config the module
generates, as the profile's proxy user, in a network namespace of this test: it listens where the
profile's ``proxy`` says, forwards HTTP, tunnels HTTPS (CONNECT to 443) and refuses CONNECT to
other ports."""

from __future__ import annotations

import shutil

import pytest
from nixeval import HelperSystem, config_files, config_users, evaluate, needs_nix, needs_root_netns

pytestmark = [
    needs_nix,
    needs_root_netns,
    pytest.mark.root,
    pytest.mark.skipif(shutil.which("tinyproxy") is None, reason="needs tinyproxy (tinyproxy-bin)"),
    pytest.mark.skipif(shutil.which("curl") is None, reason="needs curl"),
]

SCRIPT = """
cd /mnt
python3 -m http.server --bind 127.0.0.1 8000 >/dev/null 2>&1 & plain=$!
python3 -m http.server --bind 127.0.0.1 443 >/dev/null 2>&1 & tls_port=$!
setpriv --reuid=onionpanel-bank --regid="$(id -g onionpanel-bank)" --clear-groups \
  tinyproxy -d -c /mnt/onionpanel/proxy-bank.conf > /mnt/proxy.log 2>&1 & proxy=$!
for attempt in $(seq 80); do
  curl -sf -o /dev/null http://127.0.0.1:443/ && \
    curl -sf -o /dev/null -x http://127.0.0.1:3128 http://127.0.0.1:8000/ && break
  sleep 0.25
done
echo "owner $(ps -o user= -p $proxy)"
curl -sS -o /dev/null -w "http %{http_code}\\n" -x http://127.0.0.1:3128 http://127.0.0.1:8000/
curl -sS -o /dev/null -w "connect443 %{http_connect} %{http_code}\\n" -p -x http://127.0.0.1:3128 \
  http://127.0.0.1:443/
curl -sS -o /dev/null -w "connect8000 %{http_connect}\\n" -p -x http://127.0.0.1:3128 \
  http://127.0.0.1:8000/ 2>/dev/null
kill $plain $tls_port $proxy
cat /mnt/proxy.log
"""


def test_generated_tinyproxy_config_serves_the_bank_profile() -> None:
    evaluated = evaluate("bank-proxy")
    files = config_files(evaluated)
    files["proxy-bank.conf"] = evaluated["etc"]["onionpanel/proxy-bank.conf"]["text"]
    with HelperSystem(files, config_users(files)) as system:
        result = system.run(SCRIPT)
    lines = result.stdout.splitlines()
    assert "owner onionpanel-bank" in lines, result.stdout + result.stderr
    assert "http 200" in lines
    assert "connect443 200 200" in lines
    assert "connect8000 403" in lines
