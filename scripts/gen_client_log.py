#!/usr/bin/env python3
"""Write a large, deterministic Webex app log (current_log.txt) for the
client-log benchmark.

Usage: gen_client_log.py OUT.txt [--mb 500] [--crlf] [--seed N]
                         [--patterns PATTERNS.txt] [--manifest PLANTED.json]

The log has the line shape of tests/fixtures/broadworks/bwc-current_log.txt
(`2022-03-16 10:25:01.112 <Info> [0x70000476b000] File.cpp:88 func:TAG: text`):
increasing timestamps, a handful of thread ids, levels, component names and
the usual noise (HTTP requests with header blocks and trackingid, Mercury
websocket, presence, media statistics, telemetry, SIP registration,
BroadWorks config download, entitlements, successful SSO sessions). Lines
that look like signatures but are not (`the device profile '…' is found`,
`uploaded 200039 bytes`, error codes outside the guide's tables) are part of
the noise.

The known-issue signatures of src/broadworks/client_log.rs are planted rarely
(4 per MB, at least 40, one per evenly spaced stretch of the file, each in
its own line with one signature only):
  broadworks/client-device-not-provisioned  the device profile '<P>' is not found
  broadworks/client-sso-failed              Single Sign On failed / Single Sign-On failed
  broadworks/client-error-code              "errorCode":<C> / error code: <C> / ErrorCode=<C>
                                            for every code of src/broadworks/codes.rs
  broadworks/client-bc-sp-standard          bc-sp-standard in an entitlements line
                                            (the analyser reports the first only)
Every noise line is checked against a Python mirror of the analyser, so the
planted counts are exactly what the analyser should report. The log ends in
a line cut mid-line without a newline (`... Single Sign On fail`, which is no
signature). Size: --mb megabytes of 10^6 bytes, give or take the last line.

--patterns writes one fixed string per line, the exact text of every planted
signature form, for `grep -c -F -f PATTERNS.txt OUT.txt`: grep counts the
planted lines (the analyser matches case-insensitively; the generator writes
the signatures in their usual case only, so -i makes no difference).
--manifest writes the planted counts (per rule, per code, expected findings,
expected grep count, line count, tracking ids); they also go to stderr.

Python 3 standard library only; the same arguments give the same bytes.
"""
import argparse
import json
import random
import sys
import time

# The code tables of src/broadworks/codes.rs (END_USER, DIRECTORY_SYNC).
END_USER = [
    100006, 200010, 200013, 200014, 200016, 200018, 200019, 200022, 200025, 200026, 200039,
    200040, 200041, 200042, 200043, 200044, 200045, 200046, 200047, 200048, 200049, 200050,
    200051, 200054, 300005,
]
DIRECTORY_SYNC = [
    600000, 600001, 600002, 600003, 600004, 600005, 600006, 600007, 600008, 600009, 600010,
    600011, 600012, 600013, 600014, 600015, 600017, 600018, 600019, 600020, 600022, 600023,
    600024, 600025, 600026, 600027, 600028, 600029,
]
CODES = set(END_USER + DIRECTORY_SYNC)

DEVICE_PROFILES = [
    "Business Communicator - PC",
    "Business Communicator - Mobile",
    "Business Communicator - Tablet",
    "Connect - Mobile",
]
SSO_FORMS = ["Single Sign On failed", "Single Sign-On failed"]
# Each form is the text just before the code; pattern = form + code.
CODE_FORMS = ['"errorCode":', "error code: ", "ErrorCode="]
BC = "bc-sp-standard"

RULE_DEVICE = "broadworks/client-device-not-provisioned"
RULE_SSO = "broadworks/client-sso-failed"
RULE_CODE = "broadworks/client-error-code"
RULE_BC = "broadworks/client-bc-sp-standard"

TRK = "\x00"  # placeholder for a tracking id in a template


def patterns():
    out = [f"the device profile '{p}' is not found" for p in DEVICE_PROFILES]
    out += SSO_FORMS
    out += [f + str(c) for f in CODE_FORMS for c in END_USER + DIRECTORY_SYNC]
    out.append(BC)
    return out


# --- a mirror of src/broadworks/client_log.rs, to keep the noise clean ---

def _error_code_in(line):
    b = line.encode("utf-8")
    i, n = 0, len(b)
    while i < n:
        if not 48 <= b[i] <= 57:
            i += 1
            continue
        start = i
        while i < n and 48 <= b[i] <= 57:
            i += 1
        if i - start != 6 or int(b[start:i]) not in CODES:
            continue
        frm = max(0, start - 24)
        while frm > 0 and 0x80 <= b[frm] < 0xC0:
            frm -= 1
        before = b[frm:start].lower()
        if b"error" in before or b"code" in before:
            return int(b[start:i])
    return None


def detect(line):
    """The rule ids the analyser would report for `line` (bc each time)."""
    low = line.lower()
    rules = []
    at = low.find("the device profile '")
    if at >= 0 and "not found" in low[at + len("the device profile '"):]:
        rules.append(RULE_DEVICE)
    if "single sign on failed" in low or "single sign-on failed" in low:
        rules.append(RULE_SSO)
    if _error_code_in(line) is not None:
        rules.append(RULE_CODE)
    if BC in low:
        rules.append(RULE_BC)
    return rules


# --- noise ---

HOSTS = [
    "wdm-a.wbx2.com", "conv-a.wbx2.com", "locus-a.wbx2.com", "identity.webex.com",
    "idbroker.webex.com", "u2c.wbx2.com", "metrics-a.wbx2.com", "avatar-prod-us-east-2.webexcontent.com",
    "calendar-whistler.prod.ciscospark.com", "encryption-a.wbx2.com", "lyra-prod.ciscospark.com",
    "xsp1.broadworks.example.net", "hydra-a.wbx2.com", "feature-a.wbx2.com",
]
PATHS = [
    "wdm/api/v1/devices/{u}", "conversation/api/v1/conversations?activitiesLimit=0&participantsLimit=7",
    "locus/api/v1/loci?includeParticipants=true", "identity/scim/{u}/v1/Users/me",
    "u2c/api/v1/user/catalog?format=hostmap", "metrics/api/v1/clientmetrics",
    "conversation/api/v1/activities?conversationId={u}&limit=30", "encryption/api/v1/kms/{u}",
    "feature/api/v1/features/users/{u}/developer", "calendar/api/v1/meetings?fromDate=2022-03-16",
    "com.broadsoft.xsi-actions/v2.0/user/{user}/profile/device",
    "com.broadsoft.xsi-actions/v2.0/user/{user}/services/callforwardingalways",
    "lyra/api/v1/spaces/{u}/status", "hydra/api/v1/people/me",
]
USERS = [
    "alice.smith@acmedental.example", "bob.jones@acmedental.example", "chloe.martin@acmedental.example",
    "jose.munoz@acmedental.example", "dmitri.ivanov@acmedental.example", "yuki.tanaka@acmedental.example",
]
NAMES = ["Alice Smith", "Bob Jones", "Chloé Martin", "José Muñoz", "Dmitri Ivanov", "Yuki Tanaka",
         "Zoë Fischer", "Søren Dahl", "Ana Pérez", "Ravi Kumar"]
ENTITLEMENTS = ["spark", "squared-call-initiation", "broadworks-connector", "squared-room-moderation",
                "webex-squared", "squared-fusion-uc", "spark-test-account"]
STATES = ["active", "inactive", "dnd", "meeting", "call", "presenting", "ooo"]
CODECS = ["opus", "G722", "PCMU", "H264", "AV1"]
VERSION = "42.3.0.21576"


def uuid(rng):
    h = "%032x" % rng.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[rng.randrange(4)]}{h[17:20]}-{h[20:32]}"


def thread_ids(rng, n):
    out = []
    while len(out) < n:
        t = "0x70000%03x%s000" % (rng.randrange(0x400, 0xfff), "abcdef"[rng.randrange(6)])
        # No 6-digit run in a thread id: after "<Error>" it could read as an error code.
        if _error_code_in("<Error> [" + t + "]") is None and t not in out:
            out.append(t)
    return out


def noise_templates(rng, threads):
    """Entries: a list of lines, each (timestamped, text with TRK placeholders)."""
    T = lambda: rng.choice(threads)
    u = lambda: uuid(rng)
    out = []  # (weight, entry)

    def add(w, *lines):
        out.append((w, [(not l.startswith("\t"), l.lstrip("\t")) for l in lines]))

    for _ in range(1500):
        host, path = rng.choice(HOSTS), rng.choice(PATHS).format(u=u(), user=rng.choice(USERS))
        meth = rng.choice(["GET", "GET", "GET", "POST", "PUT"])
        ms = rng.randrange(12, 1900)
        t = T()
        status = rng.choice(["200 OK"] * 12 + ["204 No Content", "304 Not Modified", "401 Unauthorized",
                                              "404 Not Found", "429 Too Many Requests"])
        add(6, f"<Info> [{t}] HttpRequest.cpp:312 send:HTTP: Request: {meth} https://{host}/{path} trackingid: {TRK}")
        add(6, f"<Info> [{t}] HttpRequest.cpp:498 onResponse:HTTP: Response: {status} {meth} https://{host}/{path} ({ms} ms) trackingid: {TRK}")
        add(2, f"<Debug> [{t}] HttpRequest.cpp:280 logHeaders:HTTP: {meth} https://{host}/{path}",
            "\t    Accept: application/json",
            f"\t    User-Agent: Webex/{VERSION} (Windows 10 Enterprise; x64) WebexTeams",
            f"\t    TrackingID: {TRK}",
            f"\t    Content-Length: {rng.randrange(0, 9999)}")
        if status.startswith(("401", "404", "429")):
            api_code = rng.choice([400001, 401002, 404001, 429001, 1400006, 1404000])
            add(2, f"<Warning> [{t}] HttpRequest.cpp:540 onResponse:HTTP: {status} body={{\"message\":\"request failed\",\"errorCode\":{api_code}}} trackingid: {TRK}")
    for _ in range(600):
        t = T()
        add(8, f"<Debug> [{t}] MercuryConnection.cpp:{rng.randrange(200, 260)} onMessage:Mercury: received event {rng.choice(['conversation.activity', 'locus.difference', 'apheleia.subscription_update', 'janus.user_sessions', 'board.activity'])} id={u()} seq={rng.randrange(1, 99999)}")
        add(1, f"<Info> [{t}] MercuryConnection.cpp:118 onPing:Mercury: pong received in {rng.randrange(20, 400)} ms")
        add(5, f"<Info> [{t}] PresenceManager.cpp:145 onPresenceChanged:Presence: {rng.choice(NAMES)} ({u()}) status={rng.choice(STATES)} lastActive={rng.randrange(0, 3600)}s ago")
        add(4, f"<Info> [{t}] WmeSession.cpp:877 onStats:WME: {rng.choice(['audio', 'video', 'share'])} rtt={rng.randrange(8, 300)}ms jitter={rng.randrange(0, 40)}ms loss={rng.randrange(0, 30) / 10:.1f}% mos={rng.randrange(30, 45) / 10:.1f} codec={rng.choice(CODECS)} bitrate={rng.randrange(24, 2500)}kbps")
        add(3, f"<Debug> [{t}] MetricsReporter.cpp:90 flush:Telemetry: posted {rng.randrange(1, 60)} metrics ({rng.randrange(300, 60000)} bytes) to https://metrics-a.wbx2.com/metrics/api/v1/clientmetrics trackingid: {TRK}")
        add(2, f"<Debug> [{t}] TelemetryService.cpp:211 record:Telemetry: event client.mercury.connection.{rng.choice(['up', 'down', 'reconnect'])} durationMs={rng.randrange(1, 20000)}")
        add(2, f"<Info> [{t}] SipStack.cpp:1322 onRegisterResponse:CC:SIP: REGISTER sip:{rng.randrange(2000, 9999)}@as1.broadworks.example.net 200 OK expires={rng.choice([300, 1800, 3600])}")
        add(1, f"<Info> [{t}] CallManager.cpp:655 onCallStateChanged:CC: call {u()} state={rng.choice(['Connecting', 'Connected', 'Held', 'Ended'])} remote=+1408555{rng.randrange(1000, 9999)}")
        add(1, f"<Info> [{t}] ContactService.cpp:402 search:Directory: query '{rng.choice(NAMES).split()[0][:3]}' returned {rng.randrange(0, 40)} results in {rng.randrange(5, 900)} ms")
        add(1, f"<Debug> [{t}] CalendarService.cpp:77 sync:Calendar: {rng.randrange(0, 25)} meetings for the next 7 days, next in {rng.randrange(1, 480)} min")
        add(1, f"<Warning> [{t}] NetworkMonitor.cpp:55 probe:Network: proxy auto-detect took {rng.randrange(200, 5000)} ms (wpad)")
        add(1, f"<Error> [{t}] WebSocketTransport.cpp:301 onClose:Mercury: websocket closed code=1006 reason=abnormal closure, reconnecting in {rng.randrange(1, 64)}s")
        add(1, f"<Info> [{t}] LogUploader.cpp:210 onChunkUploaded:Feedback: uploaded {rng.choice([200039, 600011, 200016, rng.randrange(100000, 999999)])} bytes of {rng.randrange(1000000, 9000000)}")
    for _ in range(60):
        t = T()
        ents = [e for e in ENTITLEMENTS if e != "broadworks-connector" and rng.random() < 0.6]
        ents.insert(rng.randrange(len(ents) + 1), "broadworks-connector")
        add(1, f"<Info> [{t}] Entitlements for user: {', '.join(ents)}")
        add(1, f"<Info> [{t}] BroadWorksConfigDownloader.cpp:88 requestAccessDeviceList:BWC:SCF: ConfigDownload - requesting access devices trackingid: {TRK}")
        add(1, f"<Info> [{t}] BroadWorksConfigDownloader.cpp:131 onAccessDeviceListSucceeded:BWC:SCF: ConfigDownload - the device profile '{rng.choice(DEVICE_PROFILES)}' is found.")
        add(1, f"<Info> [{t}] PhoneServices.cpp:77 onLogin:BWC: Phone Services: SSO Session: You're signed in trackingid={TRK}")
        add(1, f"<Info> [{t}] PhoneServices.cpp:70 onLogin:BWC: Phone Services: BroadWorks login: Single Sign On succeeded")
    return out


def plant(rng, threads, kind, code=None, form=None):
    """One planted signature entry (context lines + the signature line)."""
    t = rng.choice(threads)
    if kind == RULE_DEVICE:
        p = rng.choice(DEVICE_PROFILES)
        sig = f"<Error> [{t}] BroadWorksConfigDownloader.cpp:106 onAccessDeviceListSucceeded:BWC:SCF: ConfigDownload - the device profile '{p}' is not found."
        # As in the fixture, the error line of the config download sometimes has no timestamp.
        return [(True, f"<Info> [{t}] BroadWorksConfigDownloader.cpp:88 requestAccessDeviceList:BWC:SCF: ConfigDownload - requesting access devices trackingid: {TRK}"),
                (rng.random() < 0.5, sig)]
    if kind == RULE_SSO:
        return [(True, f"<Info> [{t}] PhoneServices.cpp:61 login:BWC: Phone Services: BroadWorks login with SSO trackingid={TRK}"),
                (True, f"<Error> [{t}] PhoneServices.cpp:70 onLogin:BWC: Phone Services: BroadWorks login: {rng.choice(SSO_FORMS)}")]
    if kind == RULE_CODE:
        if form == CODE_FORMS[0]:
            sig = f"<Warning> [{t}] ActivationPortal.cpp:233 onActivationResponse:UAP: UAP returned {{{form}{code},\"message\":\"activation failed\"}} for activation trackingid: {TRK}"
        elif form == CODE_FORMS[1]:
            sig = f"<Error> [{t}] ActivationPortal.cpp:251 onActivationFailed:UAP: activation failed with {form}{code}"
        else:
            sig = f"<Warning> [{t}] DirectorySync.cpp:88 onSyncStatus:BWC:DirSync: status=FAILED {form}{code}"
        return [(True, sig)]
    ents = [e for e in ENTITLEMENTS if rng.random() < 0.5 and e != "broadworks-connector"]
    ents.insert(rng.randrange(len(ents) + 1), "broadworks-connector")
    ents.insert(rng.randrange(len(ents) + 1), BC)
    return [(True, f"<Info> [{t}] Entitlements for user: {', '.join(ents)}")]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=500.0, help="size in MB of 10^6 bytes (default 500)")
    ap.add_argument("--crlf", action="store_true", help="CRLF line endings")
    ap.add_argument("--seed", type=int, default=20220316)
    ap.add_argument("--patterns", help="write the grep -F patterns here")
    ap.add_argument("--manifest", help="write the planted counts (JSON) here")
    a = ap.parse_args()
    t0 = time.time()

    if a.patterns:
        with open(a.patterns, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(patterns()) + "\n")

    rng = random.Random(a.seed)
    eol = "\r\n" if a.crlf else "\n"
    target = int(a.mb * 1_000_000)
    threads = thread_ids(rng, 14)
    weighted = noise_templates(rng, threads)
    for _, entry in weighted:
        for _, text in entry:
            got = detect(text.replace(TRK, "CLIENT_" + uuid(rng) + "_1"))
            assert not got, (got, text)
    entries = [e for _, e in weighted]
    cum, s = [], 0
    for w, _ in weighted:
        s += w
        cum.append(s)
    # Split once on the placeholder: emitting a line is then one join.
    entries = [[(ts, tuple(text.split(TRK))) for ts, text in e] for e in entries]

    n_plant = max(40, int(round(4 * a.mb)))
    kinds = [RULE_DEVICE] * 25 + [RULE_SSO] * 25 + [RULE_CODE] * 45 + [RULE_BC] * 5
    all_codes = END_USER + DIRECTORY_SYNC
    plan = []
    for i in range(n_plant):
        # Every kind early on, then at random: each diagnosis is there several times.
        kind = [RULE_DEVICE, RULE_SSO, RULE_CODE, RULE_BC][i] if i < 4 else rng.choice(kinds)
        code = form = None
        if kind == RULE_CODE:
            code, form = rng.choice(all_codes), rng.choice(CODE_FORMS)
        plan.append((kind, code, form))
    seg = target / n_plant
    next_at = [int(k * seg + rng.random() * seg * 0.9) for k in range(n_plant)]

    ms = [".%03d " % i for i in range(1000)]
    t_ms = 1647426301112  # 2022-03-16 10:25:01.112 UTC
    sec_cache = [None, ""]
    session = "CLIENT_" + uuid(rng)
    seq = 0
    planted = {RULE_DEVICE: 0, RULE_SSO: 0, RULE_CODE: 0, RULE_BC: 0}
    per_code, per_form = {}, {}
    planted_lines = []
    lines_total = 0
    tracking_ids = 0
    written = 0
    pi = 0
    next_restart = int(rng.uniform(0.2, 0.6) * 100_000_000)

    def stamp():
        sec = t_ms // 1000
        if sec_cache[0] != sec:
            sec_cache[0] = sec
            sec_cache[1] = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(sec))
        return sec_cache[1] + ms[t_ms % 1000]

    out = open(a.out, "wb", buffering=0)
    buf = []
    BATCH = 96  # entries between checks for planting (about 20 KB)
    choices = rng.choices
    deltas_pool = [rng.choice([0, 0, 1, 1, 2, 3, 5, 8, 13, 21, 40, 90, 250]) for _ in range(4096)]
    di = 0

    while True:
        # Planting and app restarts happen between batches.
        while pi < n_plant and written >= next_at[pi]:
            kind, code, form = plan[pi]
            for ts, text in plant(rng, threads, kind, code, form):
                seq += 1
                if TRK in text:
                    tracking_ids += 1
                    text = text.replace(TRK, f"{session}_{seq}")
                got = detect(text)
                if got:
                    assert got == [kind], (got, text)
                    planted_lines.append([lines_total + 1, got[0]])
                line = (stamp() + text if ts else text) + eol
                b = line.encode("utf-8")
                out.write(b)
                written += len(b)
                lines_total += 1
                t_ms += 7
            planted[kind] += 1
            if code is not None:
                per_code[code] = per_code.get(code, 0) + 1
                per_form[form] = per_form.get(form, 0) + 1
            pi += 1
        if written >= next_restart:
            session = "CLIENT_" + uuid(rng)
            seq = 0
            t_ms += rng.randrange(60_000, 3_600_000)
            t = rng.choice(threads)
            restart = [
                f"<Info> [{t}] Application.cpp:101 main:App: ===== Webex {VERSION} starting (Windows 10 Enterprise 21H2, x64) =====",
                f"<Info> [{t}] Application.cpp:140 main:App: log file current_log.txt, previous log archived",
                f"<Info> [{t}] DeviceRegistration.cpp:57 register:WDM: registering device, session {session[7:]}",
            ]
            b = "".join(stamp() + r + eol for r in restart).encode("utf-8")
            out.write(b)
            written += len(b)
            lines_total += len(restart)
            next_restart = written + int(rng.uniform(20, 120) * 1_000_000)

        if written >= target:
            break
        picks = choices(entries, cum_weights=cum, k=BATCH)
        for entry in picks:
            for ts, parts in entry:
                if ts:
                    t_ms += deltas_pool[di]
                    di = (di + 1) & 4095
                    sec = t_ms // 1000
                    if sec_cache[0] != sec:
                        sec_cache[0] = sec
                        sec_cache[1] = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(sec))
                    buf.append(sec_cache[1])
                    buf.append(ms[t_ms % 1000])
                if len(parts) == 1:
                    buf.append(parts[0])
                else:
                    seq += 1
                    tracking_ids += 1
                    buf.append(f"{session}_{seq}".join(parts))
                buf.append(eol)
        chunk = "".join(buf).encode("utf-8")
        buf.clear()
        lines_total += chunk.count(b"\n")
        # Stop a batch short of the end so the last line can be cut by hand.
        if written + len(chunk) > target:
            # Keep whole lines up to the target, then the cut line.
            cut = chunk.rfind(b"\n", 0, max(0, target - written)) + 1
            lines_total -= chunk[cut:].count(b"\n")
            tracking_ids -= chunk[cut:].lower().count(b"trackingid")
            chunk = chunk[:cut]
            out.write(chunk)
            written += len(chunk)
            break
        out.write(chunk)
        written += len(chunk)

    # Plants due after the last batch (tiny files) are written now.
    while pi < n_plant:
        kind, code, form = plan[pi]
        for ts, text in plant(rng, threads, kind, code, form):
            seq += 1
            if TRK in text:
                tracking_ids += 1
                text = text.replace(TRK, f"{session}_{seq}")
            got = detect(text)
            if got:
                planted_lines.append([lines_total + 1, got[0]])
            b = ((stamp() + text if ts else text) + eol).encode("utf-8")
            out.write(b)
            written += len(b)
            lines_total += 1
        planted[kind] += 1
        if code is not None:
            per_code[code] = per_code.get(code, 0) + 1
            per_form[form] = per_form.get(form, 0) + 1
        pi += 1

    # The log was copied while the app was writing: the last line is cut.
    t_ms += 3
    t = rng.choice(threads)
    last = stamp() + f"<Error> [{t}] PhoneServices.cpp:70 onLogin:BWC: Phone Services: BroadWorks login: Single Sign On fail"
    assert not detect(last)
    b = last.encode("utf-8")
    out.write(b)
    written += len(b)
    lines_total += 1
    out.close()

    # The analyser reports bc-sp-standard once, every other signature each time.
    findings = {k: v for k, v in planted.items()}
    findings[RULE_BC] = min(1, planted[RULE_BC])
    manifest = {
        "file": a.out,
        "bytes": written,
        "crlf": a.crlf,
        "seed": a.seed,
        "lines": lines_total,
        "planted_lines": planted,
        "expected_findings": findings,
        "expected_signatures": sum(findings.values()),
        "expected_grep_count": sum(planted.values()),
        "planted_error_codes": {str(k): per_code[k] for k in sorted(per_code)},
        "planted_error_code_forms": per_form,
        "planted_line_numbers": planted_lines,
        "tracking_id_occurrences": tracking_ids,
        "seconds": round(time.time() - t0, 2),
    }
    if a.manifest:
        with open(a.manifest, "w", encoding="utf-8") as f:
            json.dump(manifest, f, indent=1)
            f.write("\n")
    short = {k: v for k, v in manifest.items() if k not in ("planted_line_numbers", "planted_error_codes")}
    print(json.dumps(short, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main()
