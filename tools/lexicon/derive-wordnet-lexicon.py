#!/usr/bin/env python3
"""Derives src/main/resources/crosscheck/reuse/wordnet/lexicon-es-en-wordnet.tsv from two wordnets.

- Spanish: the Multilingual Central Repository 3.0 Spanish wordnet (CC BY 3.0), wn-data-spa.tab of
  the public repository omwn/omw-data (lines "00001740-n<TAB>lemma<TAB>entidad").
- English: Open English WordNet (CC BY 4.0, derived from Princeton WordNet 3.0 under the WordNet
  licence), the synset files src/yaml/{noun,verb,adj,adv}.*.yaml of globalwordnet/english-wordnet,
  each with its interlingual id.

- The link: the Collaborative Interlingual Index (CC BY 4.0), ili-map-pwn30.tab of
  globalwordnet/cili, from Princeton WordNet 3.0 offsets (the MCR's) to interlingual ids (OEWN's
  "ili" field; OEWN renumbered its synsets).

usage: derive-wordnet-lexicon.py WN_DATA_SPA_TAB ILI_MAP_PWN30_TAB OEWN_YAML_DIR OUT_TSV

A Spanish single-word lemma gets the single-word, lower-case English members of its synsets: at most
the first MEMBERS of each synset (the most usual words), at most SYNSETS synsets per Spanish lemma
(a lemma in more synsets than that is too ambiguous to pair words by), at most KEEP English words,
those proposed by most synsets first.
"""
import collections, glob, os, re, sys
import yaml

MEMBERS = 2
SYNSETS = 12
KEEP = 8
WORD = re.compile(r"^[a-záéíóúüñ]+$")


def main(spa_tab, ili_map, yaml_dir, out):
    ili_of = {}
    with open(ili_map, encoding="utf-8") as f:
        for line in f:
            ili, sid = line.rstrip("\n").split("\t")
            offset, pos = sid.rsplit("-", 1)
            ili_of[f"{offset}-{'a' if pos == 's' else pos}"] = ili
    english = {}
    for path in sorted(glob.glob(os.path.join(yaml_dir, "*.yaml"))):
        name = os.path.basename(path)
        if not name.split(".")[0] in ("noun", "verb", "adj", "adv"):
            continue
        with open(path, encoding="utf-8") as f:
            synsets = yaml.load(f, Loader=yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader)
        for sid, s in synsets.items():
            members = [m for m in s.get("members", []) if WORD.match(m)]
            if members and s.get("ili"):
                english[s["ili"]] = members[:MEMBERS]
    senses = collections.defaultdict(list)
    with open(spa_tab, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or not parts[1].endswith("lemma"):
                continue
            sid, lemma = parts[0], parts[2].strip()
            offset, pos = sid.rsplit("-", 1)
            pos = "a" if pos == "s" else pos
            ili = ili_of.get(f"{offset}-{pos}")
            if WORD.match(lemma) and ili in english:
                senses[lemma].append(ili)
    rows = []
    for lemma in sorted(senses):
        ids = senses[lemma]
        if len(ids) > SYNSETS:
            continue
        votes = collections.Counter()
        first_seen = {}
        for sid in ids:
            for rank, word in enumerate(english[sid]):
                votes[word] += 1
                first_seen.setdefault(word, (rank, len(first_seen)))
        words = sorted(votes, key=lambda w: (-votes[w], first_seen[w]))[:KEEP]
        words = [w for w in words if w != lemma] or words
        rows.append(f"{lemma}\t{'|'.join(words)}")
    with open(out, "w", encoding="utf-8") as f:
        f.write(HEADER)
        f.write("\n".join(rows) + "\n")
    print(f"{len(rows)} Spanish lemmas written to {out}", file=sys.stderr)


HEADER = """\
# Spanish -> English word pairs derived from two wordnets; read by reuse.BilingualLexicon after the
# hand-written lexicon-es-en.tsv, for words that file does not list. Made by
# tools/lexicon/derive-wordnet-lexicon.py (see its header); do not edit by hand.
# Spanish: Multilingual Central Repository 3.0 (Gonzalez-Agirre, Laparra and Rigau, 2012),
#   http://adimen.si.ehu.es/web/MCR/, CC BY 3.0, via github.com/omwn/omw-data wns/mcr/wn-data-spa.tab.
# English: Open English WordNet (github.com/globalwordnet/english-wordnet), CC BY 4.0, based on
#   Princeton WordNet 3.0 (WordNet licence, see LICENSE-WORDNET.txt beside this file); linked through
#   the Collaborative Interlingual Index (github.com/globalwordnet/cili, CC BY 4.0).
# Licences and attribution: LICENSE-MCR.txt, LICENSE-OEWN.txt, LICENSE-WORDNET.txt, LICENSE-CILI.txt in this folder.
"""

if __name__ == "__main__":
    main(*sys.argv[1:5])
