#!/usr/bin/env python3
"""Writes a large, clean Directory Integration file set for benchmarks.

    python3 scripts/gen_directory_set.py OUT_DIR [--users 200000] [--groups 20000]
        [--memberships 1000000] [--depth 5] [--date 2026-03-02] [--instance 1]

OUT_DIR receives the four files of one run, named for DATE and INSTANCE:

  userFile_DATE_N.csv          one row per user, the 34 positional fields of
                               "User File Formats" (no header)
  userInactivation_DATE_N.csv  one userSSOID per line (1% of --users)
  groupFile_DATE_N.csv         g / gg / gu records ("Group File Formats")
  groupDeletion_DATE_N.csv     one SSOGroupID per line (1% of --groups)

The files are what the job reads and what tests/fixtures/directory/clean/
looks like: ISO-8859-1 (accented names), comma-separated, CRLF, values with a
comma in double quotes, no header, no blank lines, no spaces around fields.

The group forest is --depth levels deep (roots at level 1, teams at level
--depth; every child has exactly one parent, so there are no cycles and the
tree the tool builds has exactly --groups nodes), plus a few presence groups
(type 4) as separate roots. Every user's homeGroupSSOId is a team that has a
g record, and the team's gu records list its users. The remaining
memberships are gu members of the upper levels and of the presence groups,
so that gg links + gu members = --memberships.

The set is *clean* for `preflight directory` (SSO enabled): every gu member
is a userSSOId of the userFile, every gg/gu group has a g record. The
inactivated users and deleted groups are ids that exist in Webex from an
earlier run but are *not* in this run's userFile / groupFile: listing a user
of this run's userFile (or a group of this groupFile) there would be
directory/user-provisioned-and-inactivated (or group-defined-and-deleted),
an error, as the broken fixtures show. No deleted group is a home group.

Deterministic: a fixed seed, so the same arguments give the same bytes.
Streams its output (a buffered writer per file), python3 standard library
only.
"""
import argparse
import datetime
import os
import random
import sys
import time
import unicodedata

SEED = 20260302
DOMAINS = ["example.com", "example.de", "example.fr", "example.es", "corp.example.net"]

FIRST = ["José", "François", "Zoë", "Søren", "Björn", "Élodie", "Renée", "Jürgen",
         "Ana", "Inês", "Mónica", "Raúl", "Ángel", "Chloé", "Maëlle", "Åsa", "Øystein",
         "Anja", "Thomas", "Sarah", "David", "Laura", "Lucía", "Gaël", "Hélène",
         "Niamh", "Seán", "Joël", "Noémie", "Jörg", "Mikael", "Ines", "Paolo", "Débora",
         "Peter", "Maria", "John", "Emma", "Lukas", "Sophie", "Marco", "Giulia", "Pierre",
         "Camille", "Carlos", "Núria", "Henrik", "Ingrid", "Fabrice", "Dörte"]
LAST = ["Müller", "Núñez", "Gonçalves", "Ødegaard", "Fernández", "Lefèvre", "Ström",
        "Björk", "García", "Schäfer", "Jäger", "Brønn", "Dupré", "Nuñez", "Martín",
        "O'Brien", "Weiß", "Kühn", "Sánchez", "Rousseau", "Lindqvist", "Ferreira",
        "Åberg", "Caña", "Leroy", "Andrés", "Fischer", "Hansen", "Moreau", "Perrin",
        "Smith", "Johnson", "Schmidt", "Meier", "Rossi", "Bianchi", "Dubois", "Lambert",
        "López", "Pérez", "Nielsen", "Larsen", "Wagner", "Becker", "Côté", "Gauthier"]
CITIES = [("Zürich", "ZH", "8001", "CH", "+41 44 555 "), ("München", "BY", "80331", "DE", "+49 89 555 "),
          ("Málaga", "AN", "29001", "ES", "+34 952 55 "), ("Orléans", "CVL", "45000", "FR", "+33 2 38 5"),
          ("Göteborg", "O", "41101", "SE", "+46 31 55 "), ("São Paulo", "SP", "01000-000", "BR", "+55 11 55 "),
          ("Köln", "NW", "50667", "DE", "+49 221 55 "), ("Genève", "GE", "1201", "CH", "+41 22 55 ")]
STREETS = {"DE": "Hauptstraße", "CH": "Bahnhofstraße", "ES": "Calle Mayor", "FR": "Rue de l'Église",
           "SE": "Storgatan", "BR": "Rua da Consolação"}
TITLES = ["Ingénieur logiciel", "Vertriebsleiter", "Analista de datos", "Chef de projet",
          "Customer Success Manager", "Contrôleur de gestion", "Técnico de soporte", "Direktør",
          "Responsable RH", "Buchhalterin", "Développeuse", "Product Owner", "Jurista"]
# Level names: the roots are divisions, then department, service, team …
DIVISIONS = ["Ventes & Vertrieb", "Ingénierie", "Opérations", "Finanzen", "Ressources humaines",
             "Logística", "Qualité", "Marketing", "Recherche & Développement", "Juridique"]
LEVEL_WORDS = ["Division", "Département", "Service", "Équipe", "Cellule", "Unité", "Gruppe",
               "Sektion", "Pôle", "Área"]
PRESENCE = ["Annuaire Jabber (présence)", "Präsenz München", "Presencia Málaga",
            "Présence Orléans", "Närvaro Göteborg"]


def fold(s):
    """ASCII letters and digits of s, lower case (for ids and emails)."""
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum()).lower()


def q(v):
    """A CSV field: in double quotes when it holds a comma or a quote."""
    if "," in v or '"' in v:
        return '"' + v.replace('"', '""') + '"'
    return v


class Out:
    """A buffered ISO-8859-1 writer of CRLF lines."""

    def __init__(self, path):
        self.path = path
        self.fh = open(path, "w", encoding="latin-1", newline="", buffering=1 << 20)
        self.buf = []
        self.lines = 0

    def line(self, s):
        self.buf.append(s)
        self.lines += 1
        if len(self.buf) >= 20000:
            self.flush()

    def flush(self):
        if self.buf:
            self.fh.write("\r\n".join(self.buf) + "\r\n")
            self.buf = []

    def close(self):
        self.flush()
        self.fh.close()
        return os.path.getsize(self.path)


def level_sizes(total, depth, roots):
    """Group counts per level: `roots` at level 1, growing geometrically so
    that the levels add up to `total`, at least one group per level."""
    if depth == 1:
        return [total]
    roots = max(1, min(roots, total - (depth - 1)))
    rest = total - roots
    lo, hi = 1.0, float(total)
    for _ in range(200):  # ratio r with sum(roots * r^k, k = 1..depth-1) = rest
        r = (lo + hi) / 2
        if sum(roots * r ** k for k in range(1, depth)) > rest:
            hi = r
        else:
            lo = r
    sizes = [roots] + [max(1, round(roots * lo ** k)) for k in range(1, depth - 1)]
    sizes.append(total - sum(sizes))
    while sizes[-1] < 1:  # rounding overshot: take from the widest upper level
        i = max(range(1, depth - 1), key=lambda k: sizes[k])
        sizes[i] -= 1
        sizes[-1] += 1
    return sizes


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--users", type=int, default=200_000)
    ap.add_argument("--groups", type=int, default=20_000)
    ap.add_argument("--memberships", type=int, default=1_000_000,
                    help="gg links + gu members in total")
    ap.add_argument("--depth", type=int, default=5, help="levels of nested groups")
    ap.add_argument("--date", default="2026-03-02", help="the run's GMT day (file names)")
    ap.add_argument("--instance", type=int, default=1, help="the run's instance number")
    a = ap.parse_args()
    datetime.date.fromisoformat(a.date)
    if a.users < 1 or a.depth < 1 or a.instance < 1:
        ap.error("--users, --depth and --instance must be at least 1")
    presence_n = min(len(PRESENCE) * 10, max(1, a.groups // 400))
    tree_n = a.groups - presence_n
    if tree_n < a.depth:
        ap.error(f"--groups {a.groups} cannot fill {a.depth} levels (plus {presence_n} presence group(s))")

    started = time.time()
    rnd = random.Random(SEED)
    os.makedirs(a.out_dir, exist_ok=True)
    names = {k: os.path.join(a.out_dir, f"{k}_{a.date}_{a.instance}.csv")
             for k in ["userFile", "userInactivation", "groupFile", "groupDeletion"]}

    # ---- the group forest ----
    sizes = level_sizes(tree_n, a.depth, 5)
    levels = []  # per level: list of (id, name, parent index in the level above)
    for lv, n in enumerate(sizes):
        cur = []
        above = levels[-1] if levels else None
        counter = {}
        for i in range(n):
            if above is None:
                div = DIVISIONS[i % len(DIVISIONS)]
                gid = f"DIV{i + 1:02d}"
                gname = div if i < len(DIVISIONS) else f"{div} {i // len(DIVISIONS) + 1}"
                parent = None
            else:
                parent = i * len(above) // n  # contiguous blocks: balanced fan-out
                k = counter[parent] = counter.get(parent, 0) + 1
                pid, pname, _ = above[parent]
                gid = f"{pid}-{'ABCDEFGHIJ'[lv % 10]}{k}"
                word = LEVEL_WORDS[lv % len(LEVEL_WORDS)]
                root = pid.split("-")[0]
                gname = f"{word} {DIVISIONS[(int(root[3:]) - 1) % len(DIVISIONS)].split()[0]} {int(root[3:])}.{'.'.join(part[1:] for part in gid.split('-')[1:])}"
                if i % 97 == 5:
                    gname += ", Nord"  # a comma: the field is quoted
            cur.append((gid, gname, parent))
        levels.append(cur)
    teams = levels[-1]
    presence = [(f"PRESENCE-{i + 1:02d}", PRESENCE[i % len(PRESENCE)] + ("" if i < len(PRESENCE) else f" {i // len(PRESENCE) + 1}"))
                for i in range(presence_n)]
    gg_links = tree_n - sizes[0]

    # ---- memberships: each team lists its users; the rest go to upper
    # levels and presence groups ----
    n_users = a.users
    team_of = lambda u: u * len(teams) // n_users  # noqa: E731 (contiguous blocks)
    team_members = n_users
    extra = a.memberships - gg_links - team_members
    if extra < 0:  # fewer memberships than users: only some users are in their team's gu
        team_members = max(0, team_members + extra)
        extra = 0
    upper = [g for lvl in levels[:-1] for g in lvl]
    hosts = [(g[0], 1.0 + rnd.random()) for g in upper] + [(p[0], 6.0) for p in presence]
    quota = {}
    if hosts and extra:
        weight = sum(w for _, w in hosts)
        left = extra
        for gid, w in hosts:
            k = min(n_users, int(extra * w / weight))
            quota[gid] = k
            left -= k
        i = 0
        while left > 0 and i < 10 * len(hosts):  # rounding remainder, capped at n_users per group
            gid = hosts[i % len(hosts)][0]
            if quota[gid] < n_users:
                take = min(left, n_users - quota[gid])
                quota[gid] += take
                left -= take
            i += 1
        extra -= left

    # ---- users ----
    ufile = Out(names["userFile"])
    uids = []
    for n in range(n_users):
        f, l = rnd.choice(FIRST), rnd.choice(LAST)
        ff, fl = fold(f), fold(l)
        uid = f"{ff[0]}{fl}{n:06d}"
        uids.append(uid)
        email = f"{ff}.{fl}{n:06d}@{DOMAINS[n % len(DOMAINS)]}"
        city, state, zipc, country, tel = CITIES[rnd.randrange(len(CITIES))]
        tid, tname, _ = teams[team_of(n)]
        root = tid.split("-")[0]
        unit = levels[0][int(root[3:]) - 1][1]
        display = f"{f} {l}" if n % 17 else f"{l}, {f}"
        photo = f"https://intranet.{DOMAINS[n % len(DOMAINS)]}/photos/{uid}.jpg" if n % 4 == 0 else ""
        row = [uid, q(display), f, l, email, rnd.choice(TITLES),
               f"{rnd.randint(1, 180)} {STREETS.get(country, 'Rue du Lac')}",
               city, state, zipc, country, f"{tel}{n % 10000:04d}",
               "" if n % 3 else f"+41 79 5{n % 1000000:06d}",
               tid, q(tname), q(unit), photo, "" if n % 7 else "2e étage",
               "500" if n % 5 else "1024.5", "CUCM-EU1" if n % 2 else "",
               ("True", "False", "")[n % 3], "archiver-eu" if n % 3 == 0 else "", "", "",
               f"CC{1000 + n % 400}", "", "", "", "", "", "", "", "", ""]
        ufile.line(",".join(row))
    uf_size = ufile.close()

    # ---- groupFile: g records, gg links, gu members ----
    gfile = Out(names["groupFile"])
    for lvl in levels:
        for gid, gname, _ in lvl:
            gfile.line(f"g,{gid},{q(gname)}")
    for gid, gname in presence:
        gfile.line(f"g,{gid},{q(gname)},4")
    per_line = 40
    for lv in range(1, len(levels)):
        kids = {}
        for gid, _, parent in levels[lv]:
            kids.setdefault(parent, []).append(gid)
        for parent, cs in kids.items():
            pid = levels[lv - 1][parent][0]
            for k in range(0, len(cs), per_line):
                gfile.line(f"gg,{pid},{','.join(cs[k:k + per_line])}")
    gu_total = 0
    # teams: their users (contiguous blocks of user numbers)
    start = 0
    for t in range(len(teams)):
        end = start
        while end < team_members and team_of(end) == t:
            end += 1
        for k in range(start, end, per_line):
            gfile.line(f"gu,{teams[t][0]},{','.join(uids[k:min(end, k + per_line)])}")
        gu_total += end - start
        start = end
    # upper levels and presence groups: a random sample of the users each
    for gid, _ in hosts:
        k = quota.get(gid, 0)
        if not k:
            continue
        ms = sorted(rnd.sample(range(n_users), k))
        for j in range(0, k, per_line):
            gfile.line(f"gu,{gid},{','.join(uids[m] for m in ms[j:j + per_line])}")
        gu_total += k
    gf_size = gfile.close()

    # ---- userInactivation: users of an earlier run, not in this userFile ----
    ifile = Out(names["userInactivation"])
    n_inact = max(1, n_users // 100)
    for n in range(n_inact):
        f, l = rnd.choice(FIRST), rnd.choice(LAST)
        ifile.line(f"{fold(f)[0]}{fold(l)}{n_users + n:06d}")
    ui_size = ifile.close()

    # ---- groupDeletion: teams of an earlier reorganisation, not in this groupFile ----
    dfile = Out(names["groupDeletion"])
    n_del = max(1, a.groups // 100)
    for n in range(n_del):
        dfile.line(f"ARCHIVE-{2019 + n % 6}-T{n + 1:05d}")
    gd_size = dfile.close()

    mb = lambda b: b / 1e6  # noqa: E731
    total = uf_size + gf_size + ui_size + gd_size
    print(
        f"wrote {a.out_dir}: {os.path.basename(names['userFile'])} {mb(uf_size):.1f} MB ({n_users} users), "
        f"{os.path.basename(names['groupFile'])} {mb(gf_size):.1f} MB ({a.groups} groups on levels "
        f"{'/'.join(map(str, sizes))} + {presence_n} presence, depth {a.depth}, "
        f"{gg_links + gu_total} memberships = {gg_links} gg + {gu_total} gu), "
        f"{os.path.basename(names['userInactivation'])} {mb(ui_size):.2f} MB ({n_inact} ids), "
        f"{os.path.basename(names['groupDeletion'])} {mb(gd_size):.3f} MB ({n_del} ids); "
        f"total {mb(total):.1f} MB in {time.time() - started:.1f} s"
    )
    if gg_links + gu_total != a.memberships:
        print(f"note: {a.memberships} memberships asked for, {gg_links + gu_total} possible "
              f"with these users and groups", file=sys.stderr)


if __name__ == "__main__":
    main()
