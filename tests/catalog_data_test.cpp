// The embedded reference data: counts, levels and names checked against the domain notes
// (domain.md §1.3 and §2, criteria-tt57.json), and the source every entry must carry.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "engine/catalog/load.hpp"

namespace planlint::catalog {
namespace {

const catalog& data() {
  const catalog_load_result& loaded = embedded_catalog();
  for (const auto& e : loaded.errors) ADD_FAILURE() << render_headline(e);
  return loaded.value;
}

const framework& get(std::string_view id) {
  const framework* f = data().find_framework(id);
  if (!f) throw std::runtime_error("no framework " + std::string(id));
  return *f;
}

std::vector<int> criteria_per_standard(const framework& f) {
  std::vector<int> counts(f.standards.size(), 0);
  for (const auto& c : f.criteria) ++counts.at(c.standard - 1);
  return counts;
}

TEST(catalog_data, embedded_files_load_without_errors) {
  EXPECT_TRUE(embedded_catalog().ok());
  std::vector<std::string> names;
  for (const auto& f : embedded_catalog_files()) names.push_back(f.name);
  EXPECT_EQ(names, (std::vector<std::string>{
                       "rules/data/frameworks/tt17-2018.json", "rules/data/frameworks/tt18-2018.json",
                       "rules/data/frameworks/tt19-2018.json", "rules/data/frameworks/tt57-2026.json",
                       "rules/data/legal-documents.json"}));
  std::vector<std::string> ids;
  for (const auto& f : data().frameworks) ids.push_back(f.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"TT17/2018", "TT17/2018+TT22/2024", "TT18/2018",
                                           "TT18/2018+TT22/2024", "TT19/2018",
                                           "TT19/2018+TT22/2024", "TT57/2026",
                                           "TT57/2026/mam-non"}));
}

TEST(catalog_data, counts_of_standards_and_criteria) {
  struct expected {
    const char* id;
    std::vector<int> per_standard;
    std::size_t total;
  };
  const expected table[] = {
      {"TT18/2018", {10, 4, 6, 2, 6}, 28},           {"TT18/2018+TT22/2024", {10, 4, 6, 2, 6}, 28},
      {"TT17/2018", {10, 4, 6, 2, 5}, 27},           {"TT17/2018+TT22/2024", {10, 4, 6, 2, 5}, 27},
      {"TT19/2018", {10, 3, 6, 2, 4}, 25},           {"TT19/2018+TT22/2024", {10, 3, 6, 2, 4}, 25},
      {"TT57/2026", {4, 3, 5, 3}, 15},               {"TT57/2026/mam-non", {4, 3, 5, 3}, 15},
  };
  for (const auto& e : table) {
    const framework& f = get(e.id);
    EXPECT_EQ(f.criteria.size(), e.total) << e.id;
    EXPECT_EQ(criteria_per_standard(f), e.per_standard) << e.id;
  }
}

TEST(catalog_data, versions_dates_and_levels) {
  const framework& original = get("TT18/2018");
  const framework& amended = get("TT18/2018+TT22/2024");
  const framework& tt57 = get("TT57/2026");
  EXPECT_EQ(original.document, "18/2018/TT-BGDĐT");
  EXPECT_EQ(original.family, "TT18/2018");
  EXPECT_EQ(amended.family, "TT18/2018");
  EXPECT_EQ(original.school_levels, (std::vector<std::string>{"thcs", "thpt", "nhieu-cap"}));
  EXPECT_EQ(original.effective_from, (civil_date{2018, 10, 10}));
  EXPECT_EQ(original.effective_until, (civil_date{2025, 1, 24}));
  EXPECT_EQ(amended.effective_from, (civil_date{2025, 1, 25}));
  EXPECT_FALSE(amended.effective_until.has_value());
  EXPECT_EQ(original.highest_criterion_level, 3);
  EXPECT_EQ(original.top_level, 4);
  EXPECT_FALSE(original.provisional);
  ASSERT_EQ(amended.amendments.size(), 1u);
  EXPECT_EQ(amended.amendments[0].document, "22/2024/TT-BGDĐT");
  EXPECT_TRUE(amended.amendments[0].provisional);  // the list of changed articles is unverified
  EXPECT_EQ(amended.amendments[0].effective_from, (civil_date{2025, 1, 25}));
  EXPECT_TRUE(get("TT19/2018").effective_from_provisional);
  EXPECT_EQ(get("TT17/2018").school_levels, (std::vector<std::string>{"tieu-hoc"}));
  EXPECT_EQ(get("TT19/2018").school_levels, (std::vector<std::string>{"mam-non"}));

  EXPECT_TRUE(tt57.provisional);
  EXPECT_FALSE(tt57.effective_from.has_value());
  EXPECT_EQ(tt57.highest_criterion_level, 2);
  EXPECT_EQ(tt57.top_level, 2);
  EXPECT_EQ(tt57.family, "TT57/2026");
  EXPECT_EQ(get("TT57/2026/mam-non").family, "TT57/2026");
  std::vector<std::string> mandatory;
  for (const auto& c : tt57.criteria)
    if (c.mandatory) mandatory.push_back(c.id);
  EXPECT_EQ(mandatory, (std::vector<std::string>{"1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1",
                                                 "4.2"}));
}

TEST(catalog_data, highest_levels_of_tt18_criteria) {
  const std::vector<std::string> stop_at_two = {"1.2", "1.7", "1.8", "1.9",
                                                "1.10", "3.4", "5.3", "5.4"};
  for (const char* id : {"TT18/2018", "TT18/2018+TT22/2024"}) {
    std::vector<std::string> at_two;
    for (const auto& c : get(id).criteria) {
      if (c.highest_level == 2) at_two.push_back(c.id);
      else EXPECT_EQ(c.highest_level, 3) << id << " " << c.id;
    }
    EXPECT_EQ(at_two, stop_at_two) << id;
  }
  EXPECT_EQ(get("TT17/2018").find("1.5")->highest_level, 2);  // unlike TT18's 1.5
  EXPECT_EQ(get("TT18/2018").find("1.5")->highest_level, 3);
  for (const auto& c : get("TT57/2026").criteria) EXPECT_EQ(c.highest_level, 2) << c.id;
}

TEST(catalog_data, standard_names) {
  const std::map<std::string, std::vector<std::string>> table = {
      {"TT18/2018",
       {"Tổ chức và quản lý nhà trường", "Cán bộ quản lý, giáo viên, nhân viên và học sinh",
        "Cơ sở vật chất và thiết bị dạy học", "Quan hệ giữa nhà trường, gia đình và xã hội",
        "Hoạt động giáo dục và kết quả giáo dục"}},
      {"TT17/2018",
       {"Tổ chức và quản lý nhà trường", "Cán bộ quản lý, giáo viên, nhân viên và học sinh",
        "Cơ sở vật chất và thiết bị dạy học", "Quan hệ giữa nhà trường, gia đình và xã hội",
        "Hoạt động giáo dục và kết quả giáo dục"}},
      {"TT19/2018",
       {"Tổ chức và quản lý nhà trường", "Cán bộ quản lý, giáo viên, nhân viên",
        "Cơ sở vật chất và thiết bị dạy học", "Quan hệ giữa nhà trường, gia đình và xã hội",
        "Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ"}},
      {"TT57/2026",
       {"Quản trị nhà trường và bảo đảm chất lượng", "Phát triển đội ngũ",
        "Thực hiện chương trình, đổi mới phương pháp giáo dục và phát triển học sinh",
        "Điều kiện giáo dục, môi trường an toàn và phối hợp xã hội"}},
      {"TT57/2026/mam-non",
       {"Quản trị nhà trường và bảo đảm chất lượng", "Phát triển đội ngũ",
        "Thực hiện chương trình, đổi mới phương pháp giáo dục và phát triển trẻ em",
        "Điều kiện giáo dục, môi trường an toàn và phối hợp xã hội"}},
  };
  for (const auto& [id, names] : table) {
    const framework& f = get(id);
    ASSERT_EQ(f.standards.size(), names.size()) << id;
    for (std::size_t i = 0; i < names.size(); ++i) {
      EXPECT_EQ(f.standards[i].number, static_cast<int>(i + 1)) << id;
      EXPECT_EQ(f.standards[i].name, names[i]) << id;
      EXPECT_EQ(f.find_standard(static_cast<int>(i + 1)), &f.standards[i]) << id;
    }
    EXPECT_EQ(f.find_standard(static_cast<int>(names.size() + 1)), nullptr) << id;
  }
}

TEST(catalog_data, criterion_names_sample) {
  struct row {
    const char* framework;
    const char* id;
    const char* name;
    int standard;
    int number;
  };
  const row table[] = {
      {"TT18/2018", "1.1", "Phương hướng, chiến lược xây dựng và phát triển nhà trường", 1, 1},
      {"TT18/2018", "1.2",
       "Hội đồng trường (Hội đồng quản trị đối với trường tư thục) và các hội đồng khác", 1, 2},
      {"TT18/2018", "1.10", "Đảm bảo an ninh trật tự, an toàn trường học", 1, 10},
      {"TT18/2018", "3.1", "Khuôn viên, khu sân chơi, bãi tập", 3, 1},
      {"TT18/2018", "3.3", "Khối hành chính - quản trị", 3, 3},
      {"TT18/2018", "4.2",
       "Công tác tham mưu cấp ủy đảng, chính quyền và phối hợp với các tổ chức, cá nhân của nhà "
       "trường", 4, 2},
      {"TT18/2018", "5.2",
       "Tổ chức hoạt động giáo dục cho học sinh có hoàn cảnh khó khăn, học sinh có năng khiếu, "
       "học sinh gặp khó khăn trong học tập và rèn luyện", 5, 2},
      {"TT18/2018", "5.6", "Kết quả giáo dục", 5, 6},
      {"TT18/2018+TT22/2024", "5.4", "Các hoạt động trải nghiệm và hướng nghiệp", 5, 4},
      {"TT17/2018", "3.1", "Khuôn viên, khu sân chơi, sân tập", 3, 1},
      {"TT17/2018", "4.2",
       "Công tác tham mưu cấp uỷ Đảng, chính quyền và phối hợp với các tổ chức, cá nhân của nhà "
       "trường", 4, 2},
      {"TT17/2018", "5.4", "Công tác phổ cập giáo dục tiểu học", 5, 4},
      {"TT19/2018", "1.5", "Tổ chức nhóm trẻ và lớp mẫu giáo", 1, 5},
      {"TT19/2018", "3.4", "Khối phòng tổ chức ăn", 3, 4},
      {"TT19/2018", "5.3", "Kết quả nuôi dưỡng và chăm sóc sức khỏe", 5, 3},
      {"TT57/2026", "1.4", "Tự đánh giá, cải tiến, công khai và trách nhiệm giải trình", 1, 4},
      {"TT57/2026", "3.5", "Kết quả học tập, phát triển, rèn luyện và sự tiến bộ của học sinh", 3,
       5},
      {"TT57/2026/mam-non", "3.5", "Kết quả phát triển và sự tiến bộ của trẻ", 3, 5},
  };
  for (const auto& r : table) {
    const criterion* c = get(r.framework).find(r.id);
    ASSERT_NE(c, nullptr) << r.framework << " " << r.id;
    EXPECT_EQ(c->name, r.name) << r.framework << " " << r.id;
    EXPECT_EQ(c->standard, r.standard) << r.framework << " " << r.id;
    EXPECT_EQ(c->number, r.number) << r.framework << " " << r.id;
    EXPECT_EQ(get(r.framework).find(r.standard, r.number), c) << r.framework << " " << r.id;
  }
  EXPECT_EQ(get("TT18/2018").find("5.7"), nullptr);
  EXPECT_EQ(get("TT18/2018").find(5, 7), nullptr);
  EXPECT_EQ(get("TT57/2026").find("5.1"), nullptr);
  EXPECT_EQ(get("TT57/2026").find(5, 1), nullptr);
}

TEST(catalog_data, unverified_names_are_provisional) {
  std::vector<std::string> provisional;
  for (const char* id : {"TT17/2018", "TT18/2018", "TT19/2018"})
    for (const auto& c : get(id).criteria)
      if (c.provisional) provisional.push_back(std::string(id) + " " + c.id);
  EXPECT_EQ(provisional, (std::vector<std::string>{"TT17/2018 1.5", "TT18/2018 1.5"}));
  const criterion* c15 = get("TT18/2018").find("1.5");
  EXPECT_EQ(c15->name, "Khối lớp và tổ chức lớp học");
  EXPECT_NE(c15->note.find("CHƯA XÁC MINH"), std::string::npos);
  EXPECT_TRUE(get("TT18/2018+TT22/2024").find("1.5")->provisional);
  for (const auto& c : get("TT57/2026").criteria) EXPECT_TRUE(c.provisional) << c.id;
  EXPECT_EQ(get("TT57/2026/mam-non").find("4.3")->confidence, "thấp");
}

TEST(catalog_data, every_entry_has_a_source_and_a_confidence) {
  std::size_t walked = 0;
  auto check = [&](const std::string& what, const std::string& source,
                   const std::string& confidence) {
    ++walked;
    EXPECT_FALSE(source.empty()) << what;
    EXPECT_TRUE(confidence == "cao" || confidence == "trung bình" || confidence == "thấp")
        << what << ": " << confidence;
  };
  for (const auto& f : data().frameworks) {
    check(f.id, f.source, f.confidence);
    for (const auto& s : f.standards)
      check(f.id + " standard " + std::to_string(s.number), s.source, s.confidence);
    for (const auto& c : f.criteria) check(f.id + " " + c.id, c.source, c.confidence);
    for (const auto& a : f.amendments) check(f.id + " " + a.document, a.source, a.confidence);
  }
  for (const auto& d : data().registry.documents())
    check(d.number_symbol, d.source, d.confidence);
  // 8 frameworks, 38 standards, 190 criteria, 3 amendments, 19 documents.
  EXPECT_EQ(walked, 8u + 38u + 190u + 3u + 19u);
}

}  // namespace
}  // namespace planlint::catalog
