// Copyright 2026 The precis Authors.

#include "ingest/line_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace precis {
namespace {

std::string AllLines(LineReader* r) {
  std::string out;
  std::string_view line;
  for (;;) {
    auto more = r->Next(&line);
    EXPECT_TRUE(more.ok());
    if (!more.ok() || !*more) break;
    out.append("[").append(line).append("]");
    out.append(std::to_string(r->line_number()));
  }
  return out;
}

struct Case {
  const char* in;
  const char* want;
};

const Case kCases[] = {
    {"", ""},
    {"a", "[a]1"},
    {"a\n", "[a]1"},
    {"a\n\nb", "[a]1[]2[b]3"},
    {"a\r\nb\r\n", "[a\r]1[b\r]2"},
    {"\n", "[]1"},
};

TEST(LineReader, BufferAndStreamAgree) {
  for (const auto& c : kCases) {
    EXPECT_EQ(AllLines(LinesOfBuffer(c.in).get()), c.want) << c.in;
    std::istringstream in(c.in);
    EXPECT_EQ(AllLines(LinesOfStream(in, "s").get()), c.want) << c.in;
  }
}

class GzipTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("precis_line_reader_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string WriteGzip(const std::string& name, const std::string& data) {
    const std::string path = (dir_ / name).string();
    gzFile f = gzopen(path.c_str(), "wb");
    EXPECT_NE(f, nullptr);
    EXPECT_EQ(gzwrite(f, data.data(), static_cast<unsigned>(data.size())),
              static_cast<int>(data.size()));
    gzclose(f);
    return path;
  }

  std::filesystem::path dir_;
};

TEST_F(GzipTest, LinesAcrossChunkBoundaries) {
  // Lines of every length up to past the reader's 64 KiB chunk.
  std::mt19937 rng(7);
  std::string data, want;
  for (int i = 1; i <= 60; ++i) {
    const size_t len = std::uniform_int_distribution<size_t>(0, 150000)(rng);
    const std::string line(len, static_cast<char>('a' + i % 26));
    data += line + "\n";
    want.append("[").append(line).append("]").append(std::to_string(i));
  }
  data += "last";
  want += "[last]61";
  const std::string path = WriteGzip("lines.jsonl.gz", data);
  auto r = OpenLines(path);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(AllLines(r->get()), want);
  auto whole = ReadGzipFile(path, data.size());
  ASSERT_TRUE(whole.ok());
  EXPECT_EQ(*whole, data);
  auto limited = ReadGzipFile(path, 1000);
  EXPECT_FALSE(limited.ok());
}

TEST_F(GzipTest, TruncatedGzipIsAnErrorNamingTheFile) {
  // Cut at 60% with no byte changed: zlib's gzread then returns 0, as at a
  // real end, and only gzerror tells the two apart.
  std::mt19937 rng(3);
  std::string data;
  for (int i = 0; i < 3000; ++i) {
    data.append("line ").append(std::to_string(rng())).append("\n");
  }
  const std::string path = WriteGzip("t.jsonl.gz", data);
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  bytes.resize(bytes.size() * 6 / 10);
  std::ofstream(path, std::ios::binary) << bytes;
  auto whole = ReadGzipFile(path, 1 << 24);
  ASSERT_FALSE(whole.ok());
  EXPECT_NE(whole.status().message().find(path), std::string::npos);
  auto lines = OpenLines(path);
  ASSERT_TRUE(lines.ok());
  std::string_view line;
  Status last;
  size_t n = 0;
  for (;;) {
    auto more = (*lines)->Next(&line);
    if (!more.ok()) {
      last = more.status();
      break;
    }
    if (!*more) break;
    ++n;
  }
  EXPECT_LT(n, 3000u);
  ASSERT_FALSE(last.ok()) << "read " << n << " lines and stopped as if complete";
  EXPECT_NE(last.message().find(path), std::string::npos) << last.ToString();
}

TEST_F(GzipTest, CorruptGzipIsAnError) {
  std::string data = "0123456789 some text to compress\n";
  for (int i = 0; i < 8; ++i) data += data;
  const std::string path = WriteGzip("c.gz", data);
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  bytes.resize(bytes.size() / 2);  // truncated
  bytes[20] ^= 0x55;
  std::ofstream(path, std::ios::binary) << bytes;
  auto whole = ReadGzipFile(path, 1 << 20);
  EXPECT_FALSE(whole.ok());
  auto lines = OpenLines(path);
  ASSERT_TRUE(lines.ok());
  std::string_view line;
  Status last;
  for (int i = 0; i < 100000; ++i) {
    auto more = (*lines)->Next(&line);
    if (!more.ok()) {
      last = more.status();
      break;
    }
    if (!*more) break;
  }
  EXPECT_FALSE(last.ok());
}

TEST(OpenLines, MissingFile) {
  auto r = OpenLines("/nonexistent/precis/x.jsonl");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
  EXPECT_NE(r.status().message().find("/nonexistent/precis/x.jsonl"),
            std::string::npos);
  EXPECT_FALSE(OpenLines("/nonexistent/precis/x.jsonl.gz").ok());
}

}  // namespace
}  // namespace precis
