// Copyright 2026 The precis Authors.
//
// Outlets: the name of who published an article, from what the article
// carries when no site name or "Source:" header gives it: the URL's host, a
// masthead beside the headline in a saved page's title, a byline field.
// A credit in the text ("..., Voice of America reported") names a source the
// article quotes, not its outlet, and is never read here.

#ifndef PRECIS_INGEST_OUTLET_H_
#define PRECIS_INGEST_OUTLET_H_

#include <string>
#include <string_view>

namespace precis {

// The outlet a URL's host names: the name data/outlets/hosts.tsv gives the
// host or its nearest listed parent ("edition.cnn.com" -> "CNN"), else the
// host without "www." ("example-news.org"); "" when `url` has no host.
std::string OutletFromUrl(std::string_view url);

// The site name a title line carries beside its headline, given what is
// left of the line without the headline ("Quantcast i24NEWS - ", "| Reuters"):
// the separator and leading page furniture (one-word phrases of the
// boilerplate list, such as "Quantcast") dropped; "" when what remains does
// not look like a name.
std::string OutletFromMasthead(std::string_view rest);

// The outlet named in a byline ("By A. Writer | Fellow - The Middle East
// Institute | Apr 10, 2018"): a '|'-separated field after the author's whose
// last part after a spaced dash looks like a name; "" when there is none or
// `line` is no byline (it must open with "By ").
std::string OutletFromByline(std::string_view line);

// True when `s` looks like the name of an outlet: one to six words of at
// most 60 bytes, each with a capital letter or a digit except joining words
// ("of", "the", "and", "for", "on", "&"), the first not a joining word
// unless it is "The", a letter in the first word, no sentence punctuation
// at the end, and not a date.
bool LooksLikeOutletName(std::string_view s);

}  // namespace precis

#endif  // PRECIS_INGEST_OUTLET_H_
