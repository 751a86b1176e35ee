// Copyright 2026 The precis Authors.

#include "analyze/ner_titles.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace precis::ner {
namespace {

// Words separated by spaces and one chunk [begin, end) of `type`; the
// chunks after SplitTitles as "begin-end:TYPE".
std::string Split(const std::string& text, uint32_t begin, uint32_t end,
                  EntityType type) {
  std::vector<std::string> storage;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t e = text.find(' ', pos);
    if (e == std::string::npos) e = text.size();
    storage.push_back(text.substr(pos, e - pos));
    pos = e + 1;
  }
  std::vector<std::string_view> words(storage.begin(), storage.end());
  std::vector<WordChunk> chunks = {{begin, end, int(type)}};
  SplitTitles(words, &chunks);
  std::string out;
  for (const WordChunk& c : chunks) {
    out += std::to_string(c.begin) + "-" + std::to_string(c.end) + ":" +
           EntityTypeName(EntityType(c.type));
  }
  return out;
}

TEST(NerTitlesTest, KeepsThePersonAfterATitle) {
  const EntityType kOrg = EntityType::kOrganization;
  const EntityType kPer = EntityType::kPerson;
  EXPECT_EQ(
      Split("Estonian Supreme Leader Ayatollah Lena Berg spoke", 0, 6, kOrg),
      "4-6:PER");
  EXPECT_EQ(Split("the Prime Minister Paolo Conti", 1, 5, kPer), "3-5:PER");
  EXPECT_EQ(Split("Gen. Tom Clarke", 0, 3, kPer), "1-3:PER");
  EXPECT_EQ(Split("Pvt. Rahmatullah said", 0, 2, kPer), "1-2:PER");
  EXPECT_EQ(Split("Capt. Lena Berg", 0, 3, kPer), "1-3:PER");
  // Organizations with title-like words stay whole.
  EXPECT_EQ(Split("General Motors said", 0, 2, kOrg), "0-2:ORG");
  EXPECT_EQ(Split("Ministry of Defence", 0, 3, kOrg), "0-3:ORG");
  // A title at the end, or lower-case words after it: not a person.
  EXPECT_EQ(Split("Lena Berg President", 0, 3, kPer), "0-3:PER");
  EXPECT_EQ(Split("Leader of the House", 0, 4, kOrg), "0-4:ORG");
  // A lone title is no name, unless it can be a surname.
  EXPECT_EQ(Split("the Leader said", 1, 2, kOrg), "");
  EXPECT_EQ(Split("King scored twice", 0, 1, kPer), "0-1:PER");
  // A person of an organization: both.
  EXPECT_EQ(Split("Cmdr. Lena Berg of the Coast Guard said", 0, 7, kOrg),
            "1-3:PER5-7:ORG");
  EXPECT_EQ(Split("Gen. Tom Clarke of Army Command", 0, 6, kOrg),
            "1-3:PER4-6:ORG");
  // Lower-case words after "of": no split.
  EXPECT_EQ(Split("Cmdr. Lena Berg of the local unit", 0, 7, kOrg),
            "0-7:ORG");
  // A ship is no organization.
  EXPECT_EQ(Split("the MV Northern Tern hit it", 1, 4, kOrg), "1-4:MISC");
  EXPECT_EQ(Split("USS Cole", 0, 2, kOrg), "0-2:MISC");
  EXPECT_TRUE(IsTitleWord("ayatollah"));
  EXPECT_TRUE(IsTitleWord("Sen."));
  EXPECT_FALSE(IsTitleWord("Motors"));
  EXPECT_FALSE(IsTitleWord(""));
}

}  // namespace
}  // namespace precis::ner
