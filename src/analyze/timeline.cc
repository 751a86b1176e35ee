// Copyright 2026 The precis Authors.
//
// The timeline in three steps:
//  1. Each article's kept blocks (boilerplate removed) are split into
//     sentences, and its time expressions are found once over all their
//     tokens, against its publication date, so that "the next day" counts
//     from the date mentioned before it.
//  2. A sentence of enough words that carries a resolved calendar date
//     (DATE or TIME, not PRESENT_REF or a decade) is a candidate event,
//     dated by its most specific expression (a day over a week over a
//     month...; the first among equals).
//  3. Candidates with the same date merge when the Jaccard similarity of
//     their stemmed content words reaches a threshold, each joining the
//     first event it matches, in article order (greedy single-pass
//     clustering; comparisons only within a date).
// Events are then ordered by the start of their period.

#include "precis/timeline.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <map>
#include <memory>
#include <string>

#include "base/hash.h"
#include "precis/sentence_splitter.h"
#include "precis/stemmer.h"
#include "precis/time_expressions.h"
#include "precis/tokenizer.h"

namespace precis {
namespace {

int Digits(const std::string& s, size_t b, size_t n) {
  if (b + n > s.size()) return -1;
  int v = 0;
  for (size_t k = b; k < b + n; ++k) {
    if (s[k] < '0' || s[k] > '9') return -1;
    v = v * 10 + (s[k] - '0');
  }
  return v;
}

struct Candidate {
  EventMention mention;
  std::string date;
  std::vector<uint64_t> words;  // sorted, unique hashes of content stems
};

double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t common = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) {
      ++common;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return static_cast<double>(common) / (a.size() + b.size() - common);
}

// Specificity of a DATE value: higher is finer.
int Rank(const std::string& value) {
  int64_t day = 0;
  int rank = -1;
  return DatePeriodStart(value, &day, &rank) ? rank : -1;
}

// The first full, absolute date near the start of the body: the dateline
// or byline of an article whose publication date is unknown.
CivilDate DatelineDate(const Article& article, const TimelineOptions& options) {
  const uint32_t begin = std::min<uint32_t>(
      article.body_begin, static_cast<uint32_t>(article.text.size()));
  const std::string_view head =
      std::string_view(article.text).substr(begin, options.dateline_bytes);
  for (const TimeExpression& e : FindTimeExpressions(head, CivilDate())) {
    if (e.type == TimexType::kDate && !e.relative && e.value.size() == 10) {
      return CivilDate::Parse(e.value);
    }
  }
  return {};
}

bool IsAsciiLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Lower-case ASCII copy of `s`.
std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Whether the words of `s` (lower case) include one of `words`.
bool HasWord(std::string_view s, std::initializer_list<std::string_view> words) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !IsAsciiLetter(s[i])) ++i;
    const size_t b = i;
    while (i < s.size() && IsAsciiLetter(s[i])) ++i;
    const std::string_view w = s.substr(b, i - b);
    for (const std::string_view x : words) {
      if (w == x || (x.size() >= 3 && w.size() > x.size() &&
                     w.substr(0, x.size()) == x && w.back() == 's' &&
                     w.size() == x.size() + 1)) {
        return true;
      }
    }
  }
  return false;
}

// A time of day dates an event only with its day ("Saturday evening",
// "3 p.m. Tuesday"): "at about 4:20 a.m." alone takes the article's date,
// which need not be the event's (a story published the morning after).
bool TimeNamesItsDay(std::string_view expression) {
  const std::string lower = LowerAscii(expression);
  if (HasWord(lower, {"monday", "tuesday", "wednesday", "thursday", "friday",
                      "saturday", "sunday", "today", "yesterday", "tomorrow",
                      "tonight", "january", "february", "march", "april",
                      "may", "june", "july", "august", "september", "october",
                      "november", "december", "jan", "feb", "mar", "apr",
                      "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                      "dec"})) {
    return true;
  }
  for (size_t i = 0; i + 4 <= lower.size(); ++i) {  // "2018-04-10T..."
    if (std::isdigit(static_cast<unsigned char>(lower[i])) &&
        std::isdigit(static_cast<unsigned char>(lower[i + 1])) &&
        std::isdigit(static_cast<unsigned char>(lower[i + 2])) &&
        std::isdigit(static_cast<unsigned char>(lower[i + 3]))) {
      return true;
    }
  }
  return false;
}

// A date that modifies a noun names the thing, not when the sentence's
// event happened: "the 2015 nuclear deal", "Iran's 2016 election", "the
// August 2016 summit". `before` and `after` are the words around it.
bool ModifiesANoun(std::string_view before, std::string_view after) {
  const std::string b = LowerAscii(before);
  const bool determiner = b == "the" || b == "a" || b == "an" || b == "its" ||
                          b == "his" || b == "her" || b == "their" ||
                          b == "our" || b.ends_with("'s") ||
                          b.ends_with("\xE2\x80\x99s");
  return determiner && !after.empty() && after[0] >= 'a' && after[0] <= 'z';
}

// A photo caption or credit is no event: it describes a picture ("Putin
// listens to Rouhani at a summit in Aktau on August 12 2018", "(AFP
// Photo)"), often repeated beside it. Captions are one-sentence paragraphs
// in the present tense of picture verbs, or carry a credit.
bool LooksLikeCaption(std::string_view sentence, bool alone_in_paragraph) {
  const std::string lower = LowerAscii(sentence);
  for (const std::string_view credit :
       {"(photo", "photo:", "photo credit", "file photo", "(afp", "(ap photo",
        "getty images", "/ reuters", "reuters/", "/afp", "afp/", "image:",
        "(image", "credit:", "pictured"}) {
    if (lower.find(credit) != std::string::npos) return true;
  }
  if (!alone_in_paragraph) return false;
  // The picture's verb right after its subject: within the first words.
  size_t cut = 0;
  for (int words = 0; cut < lower.size() && words < 12; ++words) {
    cut = lower.find(' ', cut + 1);
    if (cut == std::string::npos) cut = lower.size();
  }
  return HasWord(std::string_view(lower).substr(0, cut),
                 {"listens", "gestures", "poses", "smiles", "shakes",
                  "greets", "speaks", "attends", "arrives", "receives",
                  "reacts", "waves", "sits", "stands", "walks"});
}

// The candidate events of one article, in text order.
void ArticleCandidates(const Article& article, uint32_t index,
                       const CleanedArticle& cleaned,
                       const TimelineOptions& options, Stemmer* stemmer,
                       std::vector<Candidate>* out) {
  const std::string& text = article.text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<std::pair<size_t, uint32_t>> unit;  // (block, paragraph)
  for (size_t bi = 0; bi < cleaned.blocks.size(); ++bi) {
    const Span& block = cleaned.blocks[bi];
    for (const Sentence& s :
         SplitSentences(block.In(text), {}, block.begin, &tokens)) {
      sentences.push_back(s);
      unit.emplace_back(bi, s.paragraph);
    }
  }
  CivilDate ref = CivilDate::Parse(article.published);
  if (!ref.valid() && options.dateline_bytes > 0) {
    ref = DatelineDate(article, options);
  }
  const std::vector<TimeExpression> found =
      FindTimeExpressions(text, tokens, ref, 0);
  const StopWords& stop = StopWords::ForLanguage("en");
  size_t t = 0, x = 0;
  std::string lower;
  // Words right before and after each token, for ModifiesANoun.
  auto word_before = [&](uint32_t byte) -> std::string_view {
    auto it = std::lower_bound(
        tokens.begin(), tokens.end(), byte,
        [](const Token& t, uint32_t b) { return t.span.begin < b; });
    if (it == tokens.begin()) return {};
    return std::prev(it)->span.In(text);
  };
  auto word_after = [&](uint32_t byte) -> std::string_view {
    auto it = std::lower_bound(
        tokens.begin(), tokens.end(), byte,
        [](const Token& t, uint32_t b) { return t.span.begin < b; });
    if (it == tokens.end()) return {};
    return it->span.In(text);
  };
  for (size_t si = 0; si < sentences.size(); ++si) {
    const Sentence& s = sentences[si];
    const bool alone = (si == 0 || unit[si - 1] != unit[si]) &&
                       (si + 1 == sentences.size() || unit[si + 1] != unit[si]);
    const bool caption =
        options.event_dates && LooksLikeCaption(s.span.In(text), alone);
    // The best date inside the sentence.
    while (x < found.size() && found[x].span.begin < s.span.begin) ++x;
    const TimeExpression* best = nullptr;
    for (size_t k = x; k < found.size() && found[k].span.end <= s.span.end;
         ++k) {
      const TimeExpression& e = found[k];
      if (caption || !e.resolved ||
          (e.type != TimexType::kDate && e.type != TimexType::kTime)) {
        continue;
      }
      if (options.event_dates && e.type == TimexType::kTime &&
          !TimeNamesItsDay(e.span.In(text))) {
        continue;
      }
      if (options.event_dates && e.type == TimexType::kDate &&
          ModifiesANoun(word_before(e.span.begin), word_after(e.span.end))) {
        continue;
      }
      const std::string date = e.value.substr(0, e.value.find('T'));
      const int rank = Rank(date);
      if (rank < 0 || (rank == 0 && !options.years)) continue;
      if (best == nullptr ||
          rank > Rank(best->value.substr(0, best->value.find('T')))) {
        best = &e;
      }
    }
    // Its content words.
    Candidate c;
    size_t words = 0;
    while (t < tokens.size() && tokens[t].span.begin < s.span.begin) ++t;
    for (; t < tokens.size() && tokens[t].span.end <= s.span.end; ++t) {
      if (tokens[t].kind != TokenKind::kWord &&
          tokens[t].kind != TokenKind::kNumber) {
        continue;
      }
      ++words;
      if (best == nullptr) continue;
      lower.assign(tokens[t].span.In(text));
      for (char& ch : lower) {
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      }
      if (lower.size() < 3 || stop.Contains(lower)) continue;
      c.words.push_back(
          HashBytes(stemmer ? stemmer->Stem(lower) : std::string_view(lower)));
    }
    if (best == nullptr || !s.terminated || words < options.min_words) continue;
    std::sort(c.words.begin(), c.words.end());
    c.words.erase(std::unique(c.words.begin(), c.words.end()), c.words.end());
    c.mention = {index, s.span, best->span};
    c.date = best->value.substr(0, best->value.find('T'));
    out->push_back(std::move(c));
  }
}

}  // namespace

bool DatePeriodStart(const std::string& v, int64_t* first_day, int* rank) {
  const int year = Digits(v, 0, 4);
  if (year < 1) return false;
  int month = 1, day = 1;
  if (v.size() == 4) {
    *rank = 0;
  } else if (v.size() < 7 || v[4] != '-') {
    return false;
  } else if (v[5] == 'Q' || v[5] == 'H') {
    const int k = Digits(v, 6, 1);
    if (k < 1 || k > (v[5] == 'Q' ? 4 : 2) || v.size() != 7) return false;
    month = v[5] == 'Q' ? 3 * (k - 1) + 1 : 6 * (k - 1) + 1;
    *rank = v[5] == 'H' ? 1 : 2;
  } else if (v.size() == 7 && (v.ends_with("SP") || v.ends_with("SU") ||
                               v.ends_with("FA") || v.ends_with("WI"))) {
    static constexpr const char* kCodes[] = {"SP", "SU", "FA", "WI"};
    for (int s = 0; s < 4; ++s) {
      if (v.compare(5, 2, kCodes[s]) == 0) month = 3 * s + 3;
    }
    *rank = 2;
  } else if (v[5] == 'W') {
    const int week = Digits(v, 6, 2);
    if (week < 1 || week > 53) return false;
    // ISO week 1 holds January 4th.
    const int64_t jan4 = DaysFromCivil({year, 1, 4});
    const int weekday = static_cast<int>(((jan4 % 7) + 7 + 3) % 7);
    *first_day = jan4 - weekday + 7 * (week - 1);
    *rank = 4;
    return true;
  } else {
    month = Digits(v, 5, 2);
    if (month < 1 || month > 12) return false;
    *rank = 3;
    if (v.size() >= 10 && v[7] == '-') {
      day = Digits(v, 8, 2);
      if (day < 1 || day > 31) return false;
      *rank = 5;
    } else if (v.size() != 7) {
      return false;
    }
  }
  *first_day = DaysFromCivil({year, month, day});
  return true;
}

std::string WithResolvedDays(const Article& article, Span sentence) {
  const std::string& text = article.text;
  sentence.end = std::min<uint32_t>(sentence.end,
                                    static_cast<uint32_t>(text.size()));
  sentence.begin = std::min(sentence.begin, sentence.end);
  CivilDate ref = CivilDate::Parse(article.published);
  if (!ref.valid()) ref = DatelineDate(article, TimelineOptions());
  std::string out;
  uint32_t at = sentence.begin;
  if (ref.valid()) {
    // Up to the sentence's end, so that "that day" finds its antecedent.
    const std::string_view upto = std::string_view(text).substr(0, sentence.end);
    for (const TimeExpression& e : FindTimeExpressions(upto, ref)) {
      if (e.span.begin < sentence.begin || e.span.end > sentence.end) continue;
      if (!e.relative || !e.resolved || e.type != TimexType::kDate) continue;
      int64_t day = 0;
      int rank = -1;
      if (!DatePeriodStart(e.value, &day, &rank) || rank != 5) continue;
      out.append(text, at, e.span.end - at);
      out += " (" + ReadableDate(e.value) + ")";
      at = e.span.end;
    }
  }
  out.append(text, at, sentence.end - at);
  return out;
}

std::string ReadableDate(const std::string& value) {
  static constexpr const char* kMonths[] = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  const std::string date = value.substr(0, value.find('T'));
  int64_t first = 0;
  int rank = -1;
  if (!DatePeriodStart(date, &first, &rank)) return value;
  const std::string year = date.substr(0, 4);
  // DatePeriodStart checked the month; clamped for the compiler's sake.
  const char* month = kMonths[std::clamp(Digits(date, 5, 2), 1, 12) - 1];
  switch (rank) {
    case 0:
      return year;
    case 1:
      return std::string(date[6] == '1' ? "first" : "second") + " half of " +
             year;
    case 2: {
      if (date[5] == 'Q') {
        static constexpr const char* kOrdinals[] = {"first", "second", "third",
                                                    "fourth"};
        return std::string(kOrdinals[date[6] - '1']) + " quarter of " + year;
      }
      const std::string code = date.substr(5, 2);
      const char* season = code == "SP"   ? "spring"
                           : code == "SU" ? "summer"
                           : code == "FA" ? "autumn"
                                          : "winter";
      return std::string(season) + " " + year;
    }
    case 3:
      return std::string(month) + " " + year;
    case 4: {
      const CivilDate d = CivilFromDays(first);
      return "week of " + std::to_string(d.day) + " " +
             kMonths[std::clamp(d.month, 1, 12) - 1] +
             " " + std::to_string(d.year);
    }
    default:
      return std::to_string(Digits(date, 8, 2)) + " " + month + " " + year;
  }
}

std::vector<TimelineEvent> BuildTimeline(const Cluster& cluster,
                                         const TimelineOptions& options) {
  const std::vector<CleanedArticle> cleaned =
      CleanArticles(cluster.articles, options.clean);
  auto stemmer = Stemmer::Create("english");
  std::vector<Candidate> candidates;
  for (uint32_t a = 0; a < cluster.articles.size(); ++a) {
    ArticleCandidates(cluster.articles[a], a, cleaned[a], options,
                      stemmer.ok() ? stemmer->get() : nullptr, &candidates);
  }
  // Greedy merging within each date, in article order.
  std::vector<TimelineEvent> events;
  std::vector<const Candidate*> first_of;  // per event: its first candidate
  std::map<std::string, std::vector<size_t>> by_date;  // date -> events
  for (const Candidate& c : candidates) {
    std::vector<size_t>& same = by_date[c.date];
    size_t target = events.size();
    // Against the first events of its date only: bounded work per sentence
    // however many articles report the same day.
    constexpr size_t kMaxCompared = 256;
    for (size_t k = 0; k < same.size() && k < kMaxCompared; ++k) {
      const size_t e = same[k];
      if (Jaccard(first_of[e]->words, c.words) >= options.merge_similarity) {
        target = e;
        break;
      }
    }
    if (target == events.size()) {
      TimelineEvent e;
      e.date = c.date;
      e.article = c.mention.article;
      e.sentence = c.mention.sentence;
      e.expression = c.mention.expression;
      events.push_back(std::move(e));
      first_of.push_back(&c);
      same.push_back(target);
    }
    TimelineEvent& e = events[target];
    e.mentions.push_back(c.mention);
    if (e.sources.empty() || e.sources.back() != c.mention.article) {
      e.sources.push_back(c.mention.article);  // articles come in order
    }
  }
  // Chronological order: period start, coarser first, then first source
  // and position (the events' creation order).
  std::vector<std::pair<int64_t, int>> keys(events.size());
  for (size_t e = 0; e < events.size(); ++e) {
    DatePeriodStart(events[e].date, &keys[e].first, &keys[e].second);
  }
  std::vector<size_t> order(events.size());
  for (size_t e = 0; e < order.size(); ++e) order[e] = e;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t x, size_t y) { return keys[x] < keys[y]; });
  std::vector<TimelineEvent> sorted;
  sorted.reserve(events.size());
  for (const size_t e : order) sorted.push_back(std::move(events[e]));
  return sorted;
}

}  // namespace precis
