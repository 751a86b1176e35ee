#!/usr/bin/env python3
"""Writes data/rouge/wordnet_exceptions.tsv, ROUGE-1.5.5's stemming exceptions.

ROUGE-1.5.5 (-m) looks each token up in a table built from WordNet 2.0's
irregular-form lists before it runs its Porter stemmer. The table is the four
lists adj.exc, adv.exc, noun.exc and verb.exc read in that order, the first
base form of each line, a later list overriding an earlier one for the same
word. Debian's wordnet-base ships the lists of WordNet 3.0, which equal 2.0's
but for ten words 3.0 added; leaving those out reproduces the script.

Run once (needs `apt-get install wordnet-base`); the output is committed, so
the build does not depend on the package:

    python3 scripts/make_rouge_wordnet_exceptions.py > data/rouge/wordnet_exceptions.tsv
"""
import sys

WORDNET_DIR = "/usr/share/wordnet"
LISTS = ["adj.exc", "adv.exc", "noun.exc", "verb.exc"]
ADDED_IN_3_0 = {"ashes", "cognosenti", "gps", "halfpence", "houses_of_cards",
                "lisente", "loups-garous", "morses", "optic_axes", "staretsy"}


def main():
    table = {}
    for name in LISTS:
        with open(f"{WORDNET_DIR}/{name}", encoding="utf-8") as f:
            for line in f:
                fields = line.split()
                if len(fields) < 2 or fields[0] in ADDED_IN_3_0:
                    continue
                table[fields[0]] = fields[1]
    out = sys.stdout
    out.write("# ROUGE-1.5.5 stemming exceptions: word<TAB>form, from WordNet's\n")
    out.write("# adj/adv/noun/verb.exc (see scripts/make_rouge_wordnet_exceptions.py)\n")
    for word in sorted(table):
        out.write(f"{word}\t{table[word]}\n")
    print(f"{len(table)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
