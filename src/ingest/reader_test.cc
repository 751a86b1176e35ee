// Copyright 2026 The precis Authors.
//
// End-to-end tests of ReadClusters and OpenClusterStream on files written to
// a fresh temporary directory.

#include "precis/reader.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include "base/utf8.h"
#include "testing.h"

namespace precis {
namespace {

namespace fs = std::filesystem;

// Every reader promise that does not depend on the input.
void ExpectInvariants(const std::vector<Cluster>& clusters) {
  std::set<std::string> cluster_ids;
  for (const Cluster& c : clusters) {
    EXPECT_TRUE(cluster_ids.insert(c.id).second) << "repeated " << c.id;
    EXPECT_FALSE(c.articles.empty()) << c.id;
    std::set<std::string> ids;
    for (const Article& a : c.articles) {
      EXPECT_TRUE(IsValidUtf8(a.text)) << a.origin;
      EXPECT_LE(a.body_begin, a.text.size()) << a.origin;
      EXPECT_TRUE(IsValidUtf8(a.title) && IsValidUtf8(a.source) &&
                  IsValidUtf8(a.url) && IsValidUtf8(a.published))
          << a.origin;
      EXPECT_TRUE(ids.insert(a.id).second) << "repeated " << a.id;
      EXPECT_FALSE(a.id.empty());
      EXPECT_FALSE(a.origin.empty());
    }
    for (const std::string& r : c.references) EXPECT_TRUE(IsValidUtf8(r));
  }
}

std::string Messages(const Diagnostics& d) {
  std::string out;
  for (const auto& item : d.items()) out += item.ToString() + "\n";
  return out;
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::vector<Cluster> Drain(ClusterStream* stream, Status* error) {
  std::vector<Cluster> out;
  for (;;) {
    Cluster c;
    auto more = stream->Next(&c);
    if (!more.ok()) {
      *error = more.status();
      break;
    }
    if (!*more) break;
    out.push_back(std::move(c));
  }
  return out;
}

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("precis_reader_" + std::to_string(::getpid()) + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Writes `bytes` to dir_/rel (making directories) and returns the path.
  std::string Write(const std::string& rel, const std::string& bytes) {
    const fs::path path = dir_ / rel;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }

  std::string WriteGzip(const std::string& rel, const std::string& bytes) {
    const std::string path = (dir_ / rel).string();
    gzFile f = gzopen(path.c_str(), "wb");
    gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(f);
    return path;
  }

  std::string Path(const std::string& rel) const {
    return (dir_ / rel).string();
  }

  Result<std::vector<Cluster>> Read(std::vector<std::string> paths,
                                    InputFormat format = InputFormat::kAuto) {
    ReadOptions options;
    options.format = format;
    diagnostics_ = Diagnostics();
    auto r = ReadClusters(paths, options, &diagnostics_);
    if (r.ok()) ExpectInvariants(*r);
    return r;
  }

  // The status of reading `paths`, which must fail.
  Status ReadError(std::vector<std::string> paths,
                   InputFormat format = InputFormat::kAuto) {
    auto r = Read(std::move(paths), format);
    EXPECT_FALSE(r.ok());
    return r.status();
  }

  fs::path dir_;
  Diagnostics diagnostics_;
};

// --- Text files and directories -------------------------------------------

TEST_F(ReaderTest, DirectoryOfTextFiles) {
  Write("news/b.txt", "Title: Second\nDate: 10 April 2018\n\nBody two.\n");
  Write("news/a.txt", "Storm hits coast\n\nThe storm came ashore.\n");
  Write("news/sub/c.txt", "Plain body without a title.\nMore text.");
  Write("news/empty.txt", "  \n\n");
  Write("news/.hidden.txt", "Hidden article.");
  Write("news/.git/x.txt", "In a hidden directory.");
  Write("news/README.md", "Not an article.");
  Write("news/binary.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0", 11));
  auto r = Read({Path("news")});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 1u);
  const Cluster& c = (*r)[0];
  EXPECT_EQ(c.id, "news");
  EXPECT_EQ(c.origin, Path("news"));
  ASSERT_EQ(c.articles.size(), 3u);
  EXPECT_EQ(c.articles[0].id, "a");
  EXPECT_EQ(c.articles[0].title, "Storm hits coast");
  EXPECT_EQ(c.articles[0].origin, Path("news/a.txt"));
  EXPECT_EQ(c.articles[0].text.substr(c.articles[0].body_begin),
            "The storm came ashore.\n");
  EXPECT_EQ(c.articles[1].id, "b");
  EXPECT_EQ(c.articles[1].title, "Second");
  EXPECT_EQ(c.articles[1].published, "2018-04-10");
  EXPECT_EQ(c.articles[2].id, "c");
  EXPECT_EQ(c.articles[2].body_begin, 0u);
  const std::string m = Messages(diagnostics_);
  EXPECT_TRUE(
      Contains(m, Path("news/empty.txt") + ": warning: file is empty; skipped"))
      << m;
  EXPECT_TRUE(Contains(
      m, Path("news/binary.txt") + ": warning: looks like a binary file"))
      << m;
  EXPECT_TRUE(Contains(m, Path("news/README.md") + ": note: skipped")) << m;
  EXPECT_FALSE(Contains(m, "hidden")) << m;
  EXPECT_FALSE(Contains(m, ".git")) << m;
}

TEST_F(ReaderTest, TrailingSlashAndRepeatedStems) {
  Write("d/x/same.txt", "One.");
  Write("d/y/same.txt", "Two.");
  auto r = Read({Path("d") + "/"});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].id, "d");
  ASSERT_EQ((*r)[0].articles.size(), 2u);
  EXPECT_EQ((*r)[0].articles[0].id, "same");
  EXPECT_EQ((*r)[0].articles[1].id, "same-2");
  EXPECT_TRUE(Contains(Messages(diagnostics_), "renamed 1 repeated article"));
}

TEST_F(ReaderTest, SingleTextFilesGatherIntoOneCluster) {
  const std::string a = Write("a.txt", "First article.");
  const std::string b = Write("b.TXT", "Second article.\r\nWith CRLF.\r\n");
  auto one = Read({a});
  ASSERT_TRUE(one.ok());
  EXPECT_EQ((*one)[0].id, "input");
  EXPECT_EQ((*one)[0].origin, a);
  auto two = Read({a, b});
  ASSERT_TRUE(two.ok());
  ASSERT_EQ(two->size(), 1u);
  ASSERT_EQ((*two)[0].articles.size(), 2u);
  EXPECT_EQ((*two)[0].articles[1].text, "Second article.\r\nWith CRLF.\r\n");
  EXPECT_TRUE(diagnostics_.empty()) << Messages(diagnostics_);
}

TEST_F(ReaderTest, InvalidUtf8IsRepairedAndReported) {
  const std::string p = Write("bad.txt", "Caf\xE9 au lait \xC3\x28.");
  auto r = Read({p});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)[0].articles[0].text, "Caf\xEF\xBF\xBD au lait \xEF\xBF\xBD(.");
  EXPECT_EQ(Messages(diagnostics_),
            p + ": warning: replaced 2 invalid UTF-8 byte(s) with U+FFFD\n");
}

// --- Multi-News -------------------------------------------------------------

TEST_F(ReaderTest, MultiNewsFile) {
  const std::string p =
      Write("test.src",
            "Doc one. NEWLINE_CHAR NEWLINE_CHAR Para two. ||||| Doc two.\n"
            "\n"
            " ||||| NEWLINE_CHAR |||||\n"
            "Only doc.\n");
  auto r = Read({p});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].id, p + ":1");
  ASSERT_EQ((*r)[0].articles.size(), 2u);
  EXPECT_EQ((*r)[0].articles[0].text, "Doc one.\n\nPara two.");
  EXPECT_EQ((*r)[0].articles[1].text, "Doc two.");
  EXPECT_EQ((*r)[1].id, p + ":4");
  EXPECT_EQ((*r)[1].articles[0].text, "Only doc.");
  EXPECT_EQ(Messages(diagnostics_),
            p + ":3: warning: line has no documents; skipped\n");
}

TEST_F(ReaderTest, MultiNewsSummariesBesideTheSource) {
  const std::string src = Write("dev.src", "A1. ||||| A2.\n\nC1.\nD1.\n");
  Write("dev.tgt",
        "\xE2\x80\x93 Summary A. NEWLINE_CHAR Second line.\nunused\n"
        "Summary C.\n");
  auto r = Read({src});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 3u);
  EXPECT_EQ((*r)[0].references,
            std::vector<std::string>{"Summary A.\nSecond line."});
  EXPECT_EQ((*r)[1].references, std::vector<std::string>{"Summary C."});
  EXPECT_TRUE((*r)[2].references.empty());
  const std::string m = Messages(diagnostics_);
  EXPECT_TRUE(Contains(m, src + ": note: references from " + Path("dev.tgt")))
      << m;
  EXPECT_TRUE(Contains(m, Path("dev.tgt") + ": warning: has no line 4")) << m;

  auto stream = OpenClusterStream(src, ReadOptions(), nullptr);
  ASSERT_TRUE(stream.ok());
  Status error;
  const auto streamed = Drain(stream->get(), &error);
  ASSERT_EQ(streamed.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(streamed[i].references, (*r)[i].references);
  }
}

TEST_F(ReaderTest, TxtWithSeparatorsIsMultiNews) {
  auto r = Read({Write("x.txt", "A. ||||| B.\nC. ||||| D.\n")});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[1].articles[1].text, "D.");
}

// --- JSONL ------------------------------------------------------------------

TEST_F(ReaderTest, JsonlArticlesAndClusters) {
  const std::string p = Write(
      "mixed.jsonl",
      R"({"id": "a1", "text": "Article one.", "title": "One"})"
      "\n\n"
      R"({"text": "Article two."})"
      "\r\n"
      R"({"id": "c1", "documents": ["D1.", {"text": "D2."}], "summary": "S."})"
      "\n"
      R"({"id": "c1", "documents": ["Again."], "references": ["R1", "R2"]})");
  auto r = Read({p});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 3u);
  const Cluster& gathered = (*r)[0];
  EXPECT_EQ(gathered.id, "input");
  ASSERT_EQ(gathered.articles.size(), 2u);
  EXPECT_EQ(gathered.articles[0].id, "a1");
  EXPECT_EQ(gathered.articles[0].origin, p + ":1");
  EXPECT_EQ(gathered.articles[1].id, "mixed-3");
  EXPECT_EQ((*r)[1].id, "c1");
  EXPECT_EQ((*r)[1].references, std::vector<std::string>{"S."});
  EXPECT_EQ((*r)[1].articles[1].id, "c1-2");
  EXPECT_EQ((*r)[2].id, "c1-2");  // cluster ids made unique
  EXPECT_EQ((*r)[2].references.size(), 2u);
  EXPECT_EQ((*r)[2].origin, p + ":5");
}

TEST_F(ReaderTest, ClusterPerLineFilesAreThoseWhoseFirstRecordIsACluster) {
  const ReadOptions options;
  const std::string clusters =
      Write("set.jsonl", "\n" R"({"id": "c", "documents": ["D."]})" "\n");
  EXPECT_TRUE(IsClusterPerLineFile(clusters, options));
  const std::string articles =
      Write("arts.jsonl", R"({"id": "a", "text": "A."})" "\n"
                          R"({"id": "c", "documents": ["D."]})" "\n");
  EXPECT_FALSE(IsClusterPerLineFile(articles, options));
  EXPECT_TRUE(IsClusterPerLineFile(Write("x.src", "A. ||||| B.\n"), options));
  EXPECT_TRUE(IsClusterPerLineFile(
      WriteGzip("z.jsonl.gz", R"({"documents": ["Zipped."]})" "\n"), options));
  EXPECT_FALSE(IsClusterPerLineFile(Write("t.txt", "Just text.\n"), options));
  EXPECT_FALSE(IsClusterPerLineFile(Write("e.jsonl", "\n \n"), options));
  EXPECT_FALSE(IsClusterPerLineFile(Write("bad.jsonl", "{\"documents\":"),
                                    options));
  EXPECT_FALSE(IsClusterPerLineFile(dir_.string(), options));
  EXPECT_FALSE(IsClusterPerLineFile("-", options));
  EXPECT_FALSE(IsClusterPerLineFile(Path("missing.jsonl"), options));
  ReadOptions html;
  html.format = InputFormat::kHtml;
  EXPECT_FALSE(IsClusterPerLineFile(clusters, html));
  // Mixed files are read whole (ReadClusters gathers their articles and
  // pages first); so are .txt files of JSON, which are text.
  EXPECT_FALSE(IsClusterPerLineFile(
      Write("mixed.jsonl", R"({"id": "c", "documents": ["D."]})" "\n"
                           R"({"id": "a", "text": "A."})" "\n"),
      options));
  EXPECT_FALSE(IsClusterPerLineFile(
      Write("page.jsonl", R"({"id": "c", "documents": ["D."]})" "\n"
                          R"({"url": "u", "html": "<p>A.</p>"})" "\n"),
      options));
  EXPECT_FALSE(IsClusterPerLineFile(
      Write("json.txt", R"({"id": "c", "documents": ["D."]})" "\n"), options));
  EXPECT_TRUE(IsClusterPerLineFile(Write("mn.txt", "A. ||||| B.\n"), options));
  // Only regular files: a pipe would lose what the look read.
  EXPECT_FALSE(IsClusterPerLineFile("/dev/stdin", options));
  // The test on a first line alone, as for standard input.
  EXPECT_TRUE(StartsClusterPerLine(R"({"documents": ["D."]})", "-", options));
  EXPECT_TRUE(StartsClusterPerLine("A. ||||| B.", "-", options));
  EXPECT_FALSE(StartsClusterPerLine(R"({"text": "A."})", "-", options));
  EXPECT_FALSE(StartsClusterPerLine("  ", "-", options));
  EXPECT_FALSE(StartsClusterPerLine(R"({"documents": ["D."]})", "-", html));
}

TEST_F(ReaderTest, GzipJsonl) {
  const std::string p =
      WriteGzip("set.jsonl.gz", R"({"id": "g", "documents": ["Zipped."]})"
                                "\n");
  auto r = Read({p});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].articles[0].text, "Zipped.");
}

// --- Format detection -------------------------------------------------------

TEST_F(ReaderTest, UnknownExtensionGivenExplicitlyIsDetectedByContent) {
  auto json = Read({Write("a.dat", R"({"text": "J."})")});
  ASSERT_TRUE(json.ok());
  EXPECT_EQ((*json)[0].articles[0].text, "J.");
  auto mn = Read({Write("b.dat", "X. ||||| Y.")});
  ASSERT_TRUE(mn.ok());
  EXPECT_EQ((*mn)[0].articles.size(), 2u);
  auto text = Read({Write("c", "Plain.")});
  ASSERT_TRUE(text.ok());
  EXPECT_EQ((*text)[0].articles[0].id, "c");
}

TEST_F(ReaderTest, ForcedFormat) {
  const std::string p = Write("x.dat", R"({"text": "not parsed"})");
  auto text = Read({p}, InputFormat::kText);
  ASSERT_TRUE(text.ok());
  EXPECT_EQ((*text)[0].articles[0].text, R"({"text": "not parsed"})");
  // Forced formats read every non-hidden file of a directory.
  Write("d/one.data", R"({"text": "one"})");
  Write("d/two", R"({"documents": ["two"]})");
  auto jsonl = Read({Path("d")}, InputFormat::kJsonl);
  ASSERT_TRUE(jsonl.ok()) << jsonl.status().ToString();
  ASSERT_EQ(jsonl->size(), 2u);
  EXPECT_EQ((*jsonl)[0].articles[0].text, "one");
  EXPECT_EQ((*jsonl)[1].articles[0].text, "two");
}

TEST(ParseInputFormat, Names) {
  InputFormat f = InputFormat::kText;
  EXPECT_TRUE(ParseInputFormat("auto", &f));
  EXPECT_EQ(f, InputFormat::kAuto);
  EXPECT_TRUE(ParseInputFormat("multinews", &f));
  EXPECT_EQ(f, InputFormat::kMultiNews);
  EXPECT_TRUE(ParseInputFormat("JSONL", &f));
  EXPECT_EQ(f, InputFormat::kJsonl);
  EXPECT_TRUE(ParseInputFormat("text", &f));
  EXPECT_EQ(f, InputFormat::kText);
  EXPECT_FALSE(ParseInputFormat("pdf", &f));
  EXPECT_EQ(f, InputFormat::kText);
  EXPECT_TRUE(ParseInputFormat("html", &f));
  EXPECT_EQ(f, InputFormat::kHtml);
  EXPECT_FALSE(ParseInputFormat("", &f));
}

// --- Standard input (as an istream) -----------------------------------------

TEST(ReadClustersFromStream, FormatFromContent) {
  struct Case {
    const char* in;
    size_t clusters, articles_in_first;
  };
  const Case cases[] = {
      {"Headline Here\n\nText from stdin.", 1, 1},
      {"{\"text\": \"a\"}\n{\"text\": \"b\"}\n", 1, 2},
      {"a ||||| b ||||| c\nd\n", 2, 3},
  };
  for (const Case& c : cases) {
    std::istringstream in(c.in);
    Diagnostics d;
    auto r = ReadClusters(in, "-", ReadOptions(), &d);
    ASSERT_TRUE(r.ok()) << c.in << ": " << r.status().ToString();
    ExpectInvariants(*r);
    EXPECT_EQ(r->size(), c.clusters) << c.in;
    EXPECT_EQ((*r)[0].articles.size(), c.articles_in_first) << c.in;
  }
  std::istringstream text("Just text.");
  auto r = ReadClusters(text, "-", ReadOptions(), nullptr);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)[0].articles[0].id, "stdin");
  EXPECT_EQ((*r)[0].articles[0].origin, "-");
  std::istringstream empty("");
  auto e = ReadClusters(empty, "-", ReadOptions(), nullptr);
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().message(), "-: file is empty");
}

// --- Bad input
// ----------------------------------------------------------------

TEST_F(ReaderTest, NonexistentPath) {
  const Status s = ReadError({Path("missing.txt")});
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_TRUE(Contains(s.message(), Path("missing.txt"))) << s.message();
}

TEST_F(ReaderTest, EmptyFileAloneIsAnError) {
  for (const char* bytes : {"", " \n\r\n\t"}) {
    const std::string p = Write("empty.txt", bytes);
    const Status s = ReadError({p});
    EXPECT_EQ(s.code(), Status::Code::kBadInput);
    EXPECT_EQ(s.message(), p + ": file is empty");
  }
  EXPECT_EQ(ReadError({Write("e.jsonl", "\n\n")}).message(),
            Path("e.jsonl") + ": file is empty");
}

TEST_F(ReaderTest, EmptyFileAmongOthersNamedExplicitlyIsAnError) {
  const std::string good = Write("good.txt", "Fine.");
  const std::string empty = Write("empty.txt", "");
  EXPECT_EQ(ReadError({good, empty}).message(), empty + ": file is empty");
}

TEST_F(ReaderTest, OnlyHeadersIsNoArticle) {
  const std::string p = Write("h.txt", "Title: Alone\nSource: AP\n");
  EXPECT_EQ(ReadError({p}).message(), p + ": no article text in this file");
}

TEST_F(ReaderTest, DirectoryWithoutArticles) {
  Write("d/README.md", "Readme.");
  Write("d/empty.txt", "");
  Write("d/.hidden.txt", "Hidden.");
  const Status s = ReadError({Path("d")});
  EXPECT_EQ(s.code(), Status::Code::kBadInput);
  EXPECT_TRUE(Contains(s.message(), Path("d") + ": no articles in this "
                                                "directory"))
      << s.message();
  fs::create_directories(dir_ / "nothing");
  EXPECT_TRUE(Contains(ReadError({Path("nothing")}).message(),
                       Path("nothing") + ": no articles"));
}

TEST_F(ReaderTest, DirectoryWithoutArticlesFailsEvenBesideGoodInput) {
  fs::create_directories(dir_ / "nothing");
  const Status s = ReadError({Write("a.txt", "A."), Path("nothing")});
  EXPECT_TRUE(Contains(s.message(), Path("nothing"))) << s.message();
}

TEST_F(ReaderTest, BinaryFile) {
  const std::string p =
      Write("image.txt", std::string("GIF89a\0\0\x01\x02", 10));
  const Status s = ReadError({p});
  EXPECT_EQ(s.code(), Status::Code::kBadInput);
  EXPECT_EQ(s.message(), p + ": looks like a binary file, not text");
}

TEST_F(ReaderTest, MalformedJsonlLines) {
  struct Case {
    const char* line3;
    const char* message;
  };
  const Case cases[] = {
      {R"({"text": "unterminated)", ":3: malformed JSON: "},
      {R"([1, 2])", ":3: expected a JSON object, found array"},
      {R"("just a string")", ":3: expected a JSON object, found string"},
      {R"({"title": "no text"})", ":3: missing \"text\""},
      {R"({"id": "c", "documents": [{"title": "t"}]})",
       ":3: missing \"documents[0].text\""},
  };
  for (const Case& c : cases) {
    const std::string p =
        Write("bad.jsonl", std::string("{\"text\": \"ok\"}\n\n") + c.line3 +
                               "\n{\"text\": \"ok\"}\n");
    const Status s = ReadError({p});
    EXPECT_EQ(s.code(), Status::Code::kBadInput);
    EXPECT_EQ(s.message().rfind(p + c.message, 0), 0u)
        << c.line3 << " -> " << s.message();
  }
  // In a directory a malformed line is still an error, not a skip.
  Write("d/a.txt", "Good.");
  Write("d/b.jsonl", "{oops}\n");
  EXPECT_TRUE(Contains(ReadError({Path("d")}).message(),
                       Path("d/b.jsonl") + ":1: malformed JSON"));
}

TEST_F(ReaderTest, PrettyPrintedJsonGetsAHint) {
  const std::string p = Write("doc.json", "{\n  \"text\": \"x\"\n}\n");
  const Status s = ReadError({p});
  EXPECT_TRUE(Contains(s.message(), p + ":1: malformed JSON")) << s.message();
  EXPECT_TRUE(Contains(s.message(), "one object a line")) << s.message();
}

TEST_F(ReaderTest, ZeroArticles) {
  const std::string jsonl = Write("z.jsonl", R"({"text": ""})"
                                             "\n"
                                             R"({"documents": []})");
  EXPECT_EQ(ReadError({jsonl}).message(),
            jsonl + ": no article text in this file");
  EXPECT_TRUE(Contains(Messages(diagnostics_), jsonl + ":2: warning:"));
  const std::string src = Write("z.src", "|||||\n ||||| \n");
  EXPECT_EQ(ReadError({src}).message(), src + ": no article text in this file");
}

TEST_F(ReaderTest, UsageErrors) {
  EXPECT_EQ(ReadError({}).code(), Status::Code::kInvalidArgument);
  // Checked before anything is read, so standard input is not touched.
  const Status twice = ReadError({"-", Path("a.txt"), "-"});
  EXPECT_EQ(twice.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(twice.message(), "standard input ('-') given twice");
}

TEST_F(ReaderTest, FileLargerThanTheLimit) {
  const std::string p = Write("big.txt", std::string(2000, 'a'));
  ReadOptions options;
  options.max_file_bytes = 1000;
  auto r = ReadClusters({p}, options, nullptr);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(Contains(r.status().message(), p + ": larger than the limit"));
}

// A 50 MB file on one line, in each format: read whole, and streamed.
TEST_F(ReaderTest, FiftyMegabytesOnOneLine) {
  constexpr size_t kSize = 50u << 20;
  std::string words;
  words.reserve(kSize + 64);
  while (words.size() < kSize) words += "Lorem ipsum dolor sit amet. ";
  const std::string text = Write("big.txt", words);
  const std::string src =
      Write("big.src", words + "NEWLINE_CHAR ||||| " + words.substr(0, 1000));
  const std::string jsonl = Write(
      "big.jsonl", "{\"id\": \"big\", \"documents\": [\"" + words + "\"]}");
  for (const std::string& p : {text, src, jsonl}) {
    const auto start = std::chrono::steady_clock::now();
    auto r = Read({p});
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    ASSERT_TRUE(r.ok()) << p << ": " << r.status().ToString();
    EXPECT_GE((*r)[0].articles[0].text.size(), kSize - 64) << p;
    EXPECT_LT(seconds, 20.0) << p;  // linear: well under a second a format
  }
  for (const std::string& p : {src, jsonl}) {
    auto stream = OpenClusterStream(p, ReadOptions(), nullptr);
    ASSERT_TRUE(stream.ok());
    Cluster c;
    auto more = (*stream)->Next(&c);
    ASSERT_TRUE(more.ok() && *more) << more.status().ToString();
    EXPECT_GE(c.articles[0].text.size(), kSize - 64);
  }
}

// --- Streams
// ------------------------------------------------------------------

TEST(ClusterStream, JsonlAndMultiNewsFromIstream) {
  struct Case {
    const char* in;
    size_t clusters;
    const char* error;  // "" for none
  };
  const Case cases[] = {
      {"{\"id\": \"a\", \"documents\": [\"x\"], \"summary\": \"s\"}\n\n"
       "{\"documents\": [\"y\", \"z\"]}\n",
       2, ""},
      {"a ||||| b\nc NEWLINE_CHAR d\n", 2, ""},
      {"\n{\"documents\": [\"\"]}\n{\"documents\": [\"y\"]}", 1, ""},
      {"", 0, "s: file is empty"},
      {"\n\n", 0, "s: file is empty"},
      {"{\"documents\": []}", 0, "s: no clusters in this file"},
      {"{\"documents\": [\"x\"]}\n{\"text\": \"article\"}\n", 1,
       "s:2: an article (no \"documents\"), not a cluster"},
      {"{\"documents\": [\"x\"]}\n[1]\n", 1,
       "s:2: expected a JSON object, found array"},
      {"Just a text article.\nSecond paragraph.\n", 0,
       "s:1: not a cluster-per-line file"},
  };
  for (const Case& c : cases) {
    std::istringstream in(c.in);
    Diagnostics d;
    auto stream = OpenClusterStream(in, "s", ReadOptions(), &d);
    ASSERT_TRUE(stream.ok());
    Status error;
    const std::vector<Cluster> got = Drain(stream->get(), &error);
    ExpectInvariants(got);
    EXPECT_EQ(got.size(), c.clusters) << c.in;
    if (c.error[0] == '\0') {
      EXPECT_TRUE(error.ok() || std::string(c.in).empty()) << error.message();
    } else {
      EXPECT_EQ(error.message().rfind(c.error, 0), 0u)
          << c.in << " -> " << error.message();
    }
  }
}

TEST(ClusterStream, BinaryInputIsAnError) {
  std::istringstream in(std::string("\x01\x02\0\0{\"documents\"", 16));
  auto stream = OpenClusterStream(in, "bin", ReadOptions(), nullptr);
  ASSERT_TRUE(stream.ok());
  Cluster c;
  auto more = (*stream)->Next(&c);
  ASSERT_FALSE(more.ok());
  EXPECT_EQ(more.status().message(), "bin: looks like a binary file, not text");
}

TEST(ClusterStream, ForcedMultiNewsReadsLinesWithoutMarkers) {
  std::istringstream in("one document\nanother\n");
  ReadOptions options;
  options.format = InputFormat::kMultiNews;
  auto stream = OpenClusterStream(in, "s", options, nullptr);
  ASSERT_TRUE(stream.ok());
  Status error;
  EXPECT_EQ(Drain(stream->get(), &error).size(), 2u);
  EXPECT_TRUE(error.ok());
}

TEST_F(ReaderTest, StreamOpenErrors) {
  auto missing = OpenClusterStream(Path("none.jsonl"), ReadOptions(), nullptr);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  EXPECT_TRUE(Contains(missing.status().message(), Path("none.jsonl")));
  auto dir = OpenClusterStream(dir_.string(), ReadOptions(), nullptr);
  ASSERT_FALSE(dir.ok());
  EXPECT_TRUE(Contains(dir.status().message(), "is a directory"));
  ReadOptions text;
  text.format = InputFormat::kText;
  auto forced = OpenClusterStream(Write("a.jsonl", "{}"), text, nullptr);
  ASSERT_FALSE(forced.ok());
  EXPECT_EQ(forced.status().code(), Status::Code::kInvalidArgument);
}

TEST_F(ReaderTest, StreamFilesAndGzip) {
  const std::string body =
      "{\"id\": \"a\", \"documents\": [\"x\"]}\n"
      "{\"id\": \"b\", \"documents\": [{\"text\": \"y\", \"id\": \"k\"}]}\n";
  for (const std::string& p :
       {Write("s.jsonl", body), WriteGzip("s.jsonl.gz", body),
        Write("s.txt", body)}) {
    Diagnostics d;
    auto stream = OpenClusterStream(p, ReadOptions(), &d);
    ASSERT_TRUE(stream.ok()) << p;
    Status error;
    const auto got = Drain(stream->get(), &error);
    EXPECT_TRUE(error.ok()) << p << ": " << error.message();
    ASSERT_EQ(got.size(), 2u) << p;
    EXPECT_EQ(got[1].articles[0].id, "k");
    EXPECT_EQ(got[1].origin, p + ":2");
  }
}

// --- Robustness
// ---------------------------------------------------------------

TEST_F(ReaderTest, RandomJunkNeverCrashes) {
  std::mt19937 rng(20260101);
  const char* kNames[] = {"j.txt", "j.src", "j.jsonl", "j.dat"};
  for (int round = 0; round < 200; ++round) {
    std::string junk = testing::RandomJunk(
        rng, std::uniform_int_distribution<size_t>(0, 3000)(rng));
    // Junk with a NUL is refused as binary at once: keep most rounds text.
    if (round % 5 != 0) std::erase(junk, '\0');
    if (round % 4 == 2) junk = "{\"text\": \"" + junk + "\"}\n" + junk;
    if (round % 4 == 3) {
      junk = "{\"documents\": [\"" + junk + "\", {\"text\": 1}]}";
    }
    for (const char* name : kNames) {
      auto r = Read({Write(name, junk)});  // invariants checked inside
      if (!r.ok()) {
        EXPECT_FALSE(r.status().message().empty());
      }
    }
    std::istringstream in(junk);
    auto stream = OpenClusterStream(in, "junk", ReadOptions(), nullptr);
    ASSERT_TRUE(stream.ok());
    Status error;
    ExpectInvariants(Drain(stream->get(), &error));
  }
}

// --- Shared evaluation data
// ---------------------------------------------------

TEST(SharedData, MultiNewsDev100Streams) {
  const std::string path = testing::SharedPath("data/multinews/dev100.jsonl");
  if (path.empty()) GTEST_SKIP() << "../shared/data/multinews absent";
  Diagnostics d;
  auto stream = OpenClusterStream(path, ReadOptions(), &d);
  ASSERT_TRUE(stream.ok()) << stream.status().ToString();
  Status error;
  const std::vector<Cluster> clusters = Drain(stream->get(), &error);
  ASSERT_TRUE(error.ok()) << error.ToString();
  ExpectInvariants(clusters);
  ASSERT_EQ(clusters.size(), 100u);
  for (const Cluster& c : clusters) {
    EXPECT_FALSE(c.references.empty()) << c.id;
    EXPECT_GE(c.articles.size(), 1u) << c.id;
  }
  auto whole = ReadClusters({path}, ReadOptions(), nullptr);
  ASSERT_TRUE(whole.ok());
  EXPECT_EQ(whole->size(), 100u);
}

}  // namespace
}  // namespace precis
