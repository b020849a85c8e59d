# Smoke test of check.html in Firefox ESR (docs/COMPATIBILITY.md): opens the page by Marionette,
# checks one .xlsx served beside it, prints the load time and the number of issues.
#   python3 scripts/firefox-smoke.py http://127.0.0.1:8765/check.html http://127.0.0.1:8765/suizhou-2025.xlsx
import json, socket, subprocess, sys, time, os, tempfile
url, example = sys.argv[1], sys.argv[2]
profile = tempfile.mkdtemp()
ff = subprocess.Popen(['firefox-esr', '--headless', '--marionette', '--profile', profile, '--no-remote'],
                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    for _ in range(120):
        try:
            s = socket.create_connection(('127.0.0.1', 2828)); break
        except OSError: time.sleep(0.5)
    buf = b''
    def recv():
        global buf
        while b':' not in buf: buf += s.recv(65536)
        n, rest = buf.split(b':', 1); n = int(n)
        while len(rest) < n: rest += s.recv(65536)
        buf = rest[n:]; return json.loads(rest[:n])
    recv()
    mid = [0]
    def cmd(name, params):
        mid[0] += 1
        data = json.dumps([0, mid[0], name, params]).encode()
        s.sendall(str(len(data)).encode() + b':' + data)
        r = recv()
        if r[2]: raise SystemExit(f'{name}: {r[2]}')
        return r[3]
    cmd('WebDriver:NewSession', {})
    cmd('WebDriver:SetTimeouts', {'script': 120000, 'pageLoad': 60000})
    t0 = time.time()
    cmd('WebDriver:Navigate', {'url': url})
    load = cmd('WebDriver:ExecuteScript', {'script': 'return performance.getEntriesByType("navigation")[0].loadEventEnd', 'args': []})
    print('load ms', load['value'], 'ua', cmd('WebDriver:ExecuteScript', {'script': 'return navigator.userAgent', 'args': []})['value'])
    r = cmd('WebDriver:ExecuteAsyncScript', {'script': '''
const [example, done] = arguments;
fetch(example).then(r => r.arrayBuffer()).then(bytes => {
  const file = new File([bytes], example.split('/').pop());
  const transfer = new DataTransfer(); transfer.items.add(file);
  const input = document.querySelector('input[type=file]');
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return window.checker.ready;
}).then(() => done({ issues: window.checker.issues().length,
  listed: document.querySelectorAll('button[data-rule][data-cell]').length,
  cells: document.querySelectorAll('td[data-cell]').length }), e => done(String(e)));
''', 'args': [example]})
    print('result', json.dumps(r['value'], ensure_ascii=False))
    shot = cmd('WebDriver:TakeScreenshot', {'full': False})
    import base64; open('firefox-check.png', 'wb').write(base64.b64decode(shot['value']))
finally:
    ff.kill()
