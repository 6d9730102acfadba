#include "bench/corpus.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <optional>
#include <nlohmann/json.hpp>
#include <set>
#include <system_error>

#include "engine/catalog/load.hpp"

namespace planlint::bench {

namespace {

using json = nlohmann::ordered_json;  // keeps the seeds' field order

// ---------------------------------------------------------------------------------------
// Randomness: splitmix64, portable by construction.

std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

class rng {
 public:
  rng(std::uint64_t seed, std::uint64_t index) {
    std::uint64_t mix = seed;
    state_ = splitmix64(mix) ^ (index * 0xD1B54A32D192ED03ull);
    splitmix64(state_);
  }
  std::uint64_t next() { return splitmix64(state_); }
  // Uniform in [0, n); the modulo bias is irrelevant for a corpus and keeps this portable.
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
  int between(int low, int high) { return low + static_cast<int>(below(high - low + 1)); }
  // True with probability p, compared in integers so that no floating point reaches output.
  bool chance(double p) {
    if (p <= 0) return false;
    if (p >= 1) return true;
    return (next() >> 11) < static_cast<std::uint64_t>(p * 9007199254740992.0);
  }
  template <typename T, std::size_t n>
  const T& pick(const std::array<T, n>& items) { return items[below(n)]; }
  template <typename T>
  const T& pick(const std::vector<T>& items) { return items[below(items.size())]; }

 private:
  std::uint64_t state_;
};

// ---------------------------------------------------------------------------------------
// Unicode, through ICU.

icu::UnicodeString to_icu(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string to_utf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

const icu::Normalizer2& nfd() {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* instance = icu::Normalizer2::getNFDInstance(status);
  return *instance;
}

std::string decompose(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  return to_utf8(nfd().normalize(to_icu(s), status));
}

// "Tiêu chí" → "Tieu chi", "Đ" → "D": marks dropped after NFD, case kept, as a school that
// types without a Vietnamese keyboard writes.
std::string strip_marks(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString decomposed = nfd().normalize(to_icu(s), status);
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x0111) c = 'd';
    if (c == 0x0110) c = 'D';
    out.append(c);
  }
  return to_utf8(out);
}

std::string upper(std::string_view s) { return to_utf8(to_icu(s).toUpper(icu::Locale("vi"))); }

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

const std::string nbsp = "\u00A0";
const std::string en_dash = "\u2013";

// ---------------------------------------------------------------------------------------
// What a plan is about.

struct place_info {
  std::string_view district;    // "Tân Bình"
  std::string_view unit;        // "Quận Tân Bình"
  std::string_view province;    // "TP. Hồ Chí Minh"
  std::string_view province_upper;
};

constexpr std::array<place_info, 8> places{{
    {"Tân Bình", "Quận Tân Bình", "TP. Hồ Chí Minh", "TP. HỒ CHÍ MINH"},
    {"Nhà Bè", "Huyện Nhà Bè", "TP. Hồ Chí Minh", "TP. HỒ CHÍ MINH"},
    {"Gò Vấp", "Quận Gò Vấp", "TP. Hồ Chí Minh", "TP. HỒ CHÍ MINH"},
    {"Thủ Đức", "Thành phố Thủ Đức", "TP. Hồ Chí Minh", "TP. HỒ CHÍ MINH"},
    {"Cầu Giấy", "Quận Cầu Giấy", "Hà Nội", "HÀ NỘI"},
    {"Đống Đa", "Quận Đống Đa", "Hà Nội", "HÀ NỘI"},
    {"Hải Châu", "Quận Hải Châu", "Đà Nẵng", "ĐÀ NẴNG"},
    {"Ninh Kiều", "Quận Ninh Kiều", "Cần Thơ", "CẦN THƠ"},
}};

constexpr std::array<std::string_view, 16> person_school_names{
    "Lý Thường Kiệt", "Nguyễn Du",     "Trần Hưng Đạo",  "Lê Quý Đôn",
    "Chu Văn An",     "Nguyễn Trãi",   "Võ Thị Sáu",     "Hoàng Hoa Thám",
    "Phan Bội Châu",  "Đoàn Thị Điểm", "Nguyễn Văn Trỗi", "Lê Lợi",
    "Quang Trung",    "Hùng Vương",    "Ngô Quyền",      "Tô Hiến Thành"};
constexpr std::array<std::string_view, 8> flower_school_names{
    "Hoa Sen", "Họa Mi", "Sơn Ca", "Vành Khuyên", "Hoa Mai", "Tuổi Thơ", "Bông Sen", "Hướng Dương"};
constexpr std::array<std::string_view, 10> surnames{"Nguyễn", "Trần", "Lê",  "Phạm", "Hoàng",
                                                    "Võ",     "Đặng", "Bùi", "Ngô",  "Huỳnh"};
constexpr std::array<std::string_view, 8> middle_names{"Văn",  "Thị",  "Ngọc", "Minh",
                                                       "Thanh", "Hữu", "Nguyễn Thiên", "Thị Thu"};
constexpr std::array<std::string_view, 10> given_names{"Trang", "Hậu",   "Hùng",  "Lan",
                                                       "Mai",   "Tuấn",  "Hương", "Dũng",
                                                       "Phương", "Bình"};

struct level_info {
  std::string_view level;      // "thcs"
  std::string_view framework;  // "TT18/2018"
  std::string_view prefix;     // "Trường THCS"
  std::string_view symbol;     // "THCS"
  std::string_view pupils;     // "học sinh" | "trẻ"
  std::string_view guidance;   // the Công văn on self-assessment
};

constexpr std::array<level_info, 4> levels{{
    {"thcs", "TT18/2018", "Trường THCS", "THCS", "học sinh", "5932/BGDĐT-QLCL"},
    {"thpt", "TT18/2018", "Trường THPT", "THPT", "học sinh", "5932/BGDĐT-QLCL"},
    {"tieu-hoc", "TT17/2018", "Trường Tiểu học", "TH", "học sinh", "5932/BGDĐT-QLCL"},
    {"mam-non", "TT19/2018", "Trường Mầm non", "MN", "trẻ", "5942/BGDĐT-QLCL"},
}};

// The fields every part of a plan is written from.
struct plan_context {
  const level_info* level = nullptr;
  const catalog::framework* framework = nullptr;
  const catalog::legal_registry* registry = nullptr;
  const place_info* place = nullptr;
  std::string school;        // "Trường THCS Lý Thường Kiệt"
  std::string short_symbol;  // "THCSLTK"
  int year = 2024;           // the school year year – year+1
  int number = 94;
  std::string dash = " - ";  // how this school writes "2024 - 2025"
  bool mixed_marks = false;  // some "Tieu chí" among "Tiêu chí"
  bool nbsp = false;         // Word's non-breaking spaces in some cells
};

std::string years(const plan_context& c, int first, int second) {
  return std::to_string(first) + c.dash + std::to_string(second);
}
std::string school_year(const plan_context& c) { return years(c, c.year, c.year + 1); }

// Fills {Y} {Y1} {Y0} {school} {hs} {unit} {dash} in a template.
std::string fill(std::string_view pattern, const plan_context& c) {
  std::string text(pattern);
  text = replace_all(text, "{SY}", school_year(c));
  text = replace_all(text, "{Y1}", std::to_string(c.year + 1));
  text = replace_all(text, "{Y}", std::to_string(c.year));
  text = replace_all(text, "{school}", c.school);
  text = replace_all(text, "{hs}", c.level->pupils);
  text = replace_all(text, "{unit}", c.place->unit);
  return text;
}

std::string abbreviation(std::string_view name) {
  std::string out;
  bool at_word = true;
  for (char ch : strip_marks(name)) {
    if (ch == ' ') {
      at_word = true;
    } else if (at_word) {
      out += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      at_word = false;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Phrase banks. Actions are built from a verb, an object of the criterion's standard, a
// manner and a purpose, which gives varied but plausible sentences.

constexpr std::array<std::string_view, 15> action_verbs{
    "Tiếp tục thực hiện", "Tăng cường", "Đẩy mạnh", "Rà soát, điều chỉnh", "Xây dựng kế hoạch về",
    "Tổ chức thực hiện", "Bổ sung, hoàn thiện", "Nâng cao hiệu quả", "Triển khai", "Kiện toàn",
    "Cập nhật", "Phối hợp thực hiện", "Tham mưu với các cấp về", "Chú trọng", "Đổi mới"};

const std::array<std::vector<std::string_view>, 5> objects_by_standard{{
    {"kế hoạch chiến lược xây dựng và phát triển nhà trường", "công tác kiểm tra nội bộ",
     "hoạt động của hội đồng trường", "việc thực hiện quy chế dân chủ ở cơ sở",
     "công tác thi đua, khen thưởng", "hồ sơ của tổ chuyên môn, tổ văn phòng",
     "ứng dụng công nghệ thông tin trong quản lý hành chính, tài chính, tài sản",
     "công tác bảo đảm an ninh trật tự, an toàn trường học", "công tác chuyển đổi số",
     "việc quản lý các hoạt động giáo dục"},
    {"năng lực chuyên môn, nghiệp vụ cho giáo viên", "công tác bồi dưỡng thường xuyên",
     "đội ngũ giáo viên cốt cán", "việc đánh giá giáo viên theo chuẩn nghề nghiệp",
     "công tác tuyển dụng giáo viên còn thiếu", "sinh hoạt chuyên môn theo nghiên cứu bài học",
     "công tác quản lý {hs}", "việc rèn luyện kỹ năng sống cho {hs}"},
    {"phòng học bộ môn", "thiết bị dạy học tối thiểu", "thư viện nhà trường",
     "khu vệ sinh cho giáo viên và {hs}", "hệ thống cấp thoát nước", "sân chơi, bãi tập",
     "hệ thống phòng cháy chữa cháy", "khối phòng hành chính - quản trị"},
    {"hoạt động của Ban đại diện cha mẹ {hs}", "công tác tham mưu với chính quyền địa phương",
     "công tác xã hội hóa giáo dục", "việc phối hợp với Công an phường",
     "công tác truyền thông về hoạt động của nhà trường",
     "việc phối hợp giữa nhà trường, gia đình và xã hội"},
    {"kế hoạch giáo dục nhà trường", "phương pháp dạy học tích cực",
     "công tác kiểm tra, đánh giá {hs}", "giáo dục kỹ năng sống",
     "hoạt động trải nghiệm, hướng nghiệp", "công tác phụ đạo {hs} yếu, bồi dưỡng {hs} giỏi",
     "nội dung giáo dục địa phương", "các hoạt động ngoại khóa, câu lạc bộ"},
}};

constexpr std::array<std::string_view, 10> manners{
    " theo từng học kỳ", " theo đúng kế hoạch đã đề ra", " có sự giám sát của Ban giám hiệu",
    " định kỳ mỗi tháng", " gắn với kiểm tra, đánh giá cuối mỗi học kỳ",
    " theo hướng dẫn của cấp trên", " một cách đồng bộ", " trong toàn trường",
    " ở tất cả các tổ chuyên môn", ""};

constexpr std::array<std::string_view, 8> purposes{
    " nhằm nâng cao chất lượng giáo dục của nhà trường",
    " đáp ứng yêu cầu của Chương trình giáo dục phổ thông 2018",
    " bảo đảm đúng quy định hiện hành", " góp phần hoàn thành các chỉ tiêu của năm học",
    " tạo môi trường giáo dục an toàn, thân thiện", " phục vụ tốt hơn cho hoạt động dạy và học",
    " để làm cơ sở đánh giá, rút kinh nghiệm", ""};

constexpr std::array<std::string_view, 6> target_verbs{
    "Nâng cao chất lượng", "Hoàn thiện", "Duy trì và phát huy", "Cải thiện",
    "Thực hiện có hiệu quả", "Bảo đảm"};

constexpr std::array<std::string_view, 12> common_owners{
    "Hiệu trưởng", "Hiệu trưởng.", "Phó Hiệu trưởng", "CBQL", "Hiệu trưởng, giáo viên.",
    "Hiệu trưởng (chủ trì); tổ trưởng chuyên môn (phối hợp)",
    "Phó Hiệu trưởng phụ trách chuyên môn; các tổ trưởng chuyên môn",
    "Kế toán, văn thư, nhân viên thiết bị", "Tổ trưởng chuyên môn, giáo viên",
    "Ban đại diện cha mẹ {hs} trường, lớp + giáo viên chủ nhiệm.",
    "Hiệu trưởng, Chi đoàn, Liên đội", "Giáo viên, CNV."};
constexpr std::array<std::string_view, 3> province_owners{
    "Hiệu trưởng; Phòng Tổ chức Cán bộ sở", "Hiệu trưởng; Phòng Kế hoạch - Tài chính sở",
    "Bí thư Đoàn trường; giáo viên chủ nhiệm"};

constexpr std::array<std::string_view, 9> budgets{
    "", "", "", "", "Theo dự toán", "Ngân sách nhà nước", "Nguồn xã hội hóa",
    "Kinh phí tự chủ của nhà trường", "Không"};

constexpr std::array<std::string_view, 9> supports{
    "Các thành viên hội đồng trường.", "Chi bộ, chi đoàn.", "Giáo viên.", "",
    "Giáo viên phối hợp với gia đình và chính quyền địa phương.",
    "Giáo viên phụ trách thiết bị, UBND {unit}.", "Lãnh đạo, chính quyền địa phương",
    "Ban đại diện cha mẹ {hs}", "Phần mềm quản lý hiện có của nhà trường."};

constexpr std::array<std::string_view, 6> purpose_paragraphs{
    "Xây dựng kế hoạch khắc phục điểm yếu, cải tiến chất lượng nhằm duy trì và nâng cao chất lượng các hoạt động của nhà trường trong năm học {SY}.",
    "Huy động các nguồn lực cho giáo dục, góp phần tạo điều kiện nâng cao chất lượng, hiệu quả giáo dục.",
    "Đảm bảo thực hiện đúng tiến độ, đạt chất lượng, hiệu quả. Đồng thời nâng cao vai trò, trách nhiệm của đội ngũ trong thực hiện kế hoạch.",
    "Mỗi giải pháp có người chủ trì, thời gian thực hiện, thời gian hoàn thành và nguồn lực cụ thể; kế hoạch phù hợp với điều kiện thực tế của nhà trường.",
    "Phấn đấu đến cuối năm học {SY} tất cả các tiêu chí của nhà trường đạt từ Mức 2 trở lên.",
    "Khắc phục điểm yếu của các tiêu chí chưa đạt Mức 2 theo kết quả tự đánh giá, phát huy điểm mạnh của nhà trường."};

constexpr std::array<std::string_view, 16> organisation_paragraphs{
    "1. Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá",
    "- Hiệu trưởng triển khai kế hoạch cải tiến chất lượng giáo dục đến tất cả cán bộ, giáo viên, nhân viên và Ban đại diện cha mẹ {hs}, Hội đồng trường và các cá nhân được phân công.",
    "- Hiệu trưởng phụ trách chung, đồng thời tổ chức đánh giá kết quả thực hiện vào cuối học kỳ I và cuối năm học.",
    "2. Các thành viên của Hội đồng tự đánh giá",
    "2.1. Đối với phó hiệu trưởng",
    "Phó hiệu trưởng phụ trách các nội dung về chuyên môn như: thực hiện chương trình giáo dục, chất lượng giáo dục, sinh hoạt chuyên môn của tổ, bồi dưỡng chuyên môn nghiệp vụ cho giáo viên theo kế hoạch cải tiến chất lượng.",
    "2.2. Đối với đoàn thể",
    "Chủ tịch Công đoàn, Bí thư chi đoàn phụ trách nội dung cải tiến chất lượng hoạt động công đoàn, chi đoàn; phối hợp với nhà trường trong tổ chức các hoạt động chung của đơn vị.",
    "2.3. Đối với Tổ trưởng chuyên môn",
    "- Tổ trưởng chuyên môn cụ thể hóa kế hoạch vào kế hoạch của tổ; theo dõi, tổng hợp minh chứng.",
    "- Giáo viên thực hiện nội dung cải tiến về nâng cao chất lượng chăm sóc, giáo dục {hs}.",
    "3. Tổ giám sát kế hoạch cải tiến chất lượng (báo cáo định kỳ và kiến nghị dựa trên kết quả giám sát).",
    "Trong tháng 5/{Y1}, Hội đồng tự đánh giá tổng kết việc thực hiện kế hoạch và báo cáo cơ quan quản lý cấp trên.",
    "4. Cán bộ, giáo viên, nhân viên của trường",
    "- Thực hiện các nhiệm vụ được phân công theo yêu cầu của Chủ tịch Hội đồng tự đánh giá.",
    "- Tham gia giám sát kế hoạch cải tiến chất lượng của nhà trường theo đúng tiến độ."};

// ---------------------------------------------------------------------------------------
// Dates. Month k of the school year (0 = September of `year` … 8 = May of year+1).

struct month_of_year {
  int month;
  int year;
};
month_of_year school_month(const plan_context& c, int k) {
  int m = 9 + k;
  return m > 12 ? month_of_year{m - 12, c.year + 1} : month_of_year{m, c.year};
}
std::string month_text(month_of_year m, bool padded = false) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, padded ? "%02d/%d" : "%d/%d", m.month, m.year);
  return buffer;
}
std::string iso_month(month_of_year m) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%d-%02d", m.year, m.month);
  return buffer;
}

// A timeline that lies inside the plan's school year, in one of the forms the plans use.
json clean_timeline(rng& r, const plan_context& c) {
  const int first = static_cast<int>(r.below(6));
  const int last = first + 1 + static_cast<int>(r.below(static_cast<std::size_t>(8 - first)));
  const month_of_year start = school_month(c, first), end = school_month(c, last);
  const std::string sy = school_year(c);
  const std::string y = std::to_string(c.year), y1 = std::to_string(c.year + 1);
  switch (r.below(15)) {
    case 0: return "Tháng " + month_text(start) + ". Thời gian hoàn thành: Trong năm học " + sy + ".";
    case 1:
      return "Thời gian thực hiện: Tháng " + month_text(start, true) +
             ". Thời gian hoàn thành: Tháng " + month_text(end) + ".";
    case 2: return "Thời gian thực hiện: Tháng 09/" + y + ". Thời gian hoàn thành: Năm học " + sy + ".";
    case 3:
      return "Thời gian bắt đầu: Tháng " + month_text(start) +
             ". Thời gian hoàn thành: năm học: " + sy + ".";
    case 4: return "Từ tháng " + month_text(start) + " đến tháng " + month_text(end);
    case 5: return r.chance(0.5) ? "Quý IV/" + y : "Quý I/" + y1;
    case 6: return r.chance(0.5) ? "HK I năm học " + y + "-" + y1 : "HK II năm học " + y + "-" + y1;
    case 7: return r.chance(0.7) ? "Cuối năm học" : "Cuối học kỳ I";
    case 8: return "ngày " + std::to_string(r.between(1, 28)) + " tháng " + std::to_string(end.month) +
                   " năm " + std::to_string(end.year);
    case 9: return std::to_string(r.between(1, 28)) + "/" + month_text(end);
    case 10: return "T" + month_text(end);
    case 11: {
      const bool autumn = r.chance(0.5);
      return autumn ? "Tháng " + std::to_string(r.between(9, 11)) + " " + en_dash + " 12/" + y
                    : "Tháng " + std::to_string(r.between(1, 3)) + " " + en_dash + " 5/" + y1;
    }
    case 12: {
      const int m = r.between(9, 11);
      return "tháng " + std::to_string(m) + ", " + std::to_string(m + 1) + "/" + y;
    }
    case 13: {
      json object;
      object["start"] = r.chance(0.5) ? json("Tháng " + month_text(start)) : json(iso_month(start));
      object["end"] = r.chance(0.5) ? json("Tháng " + month_text(end)) : json(iso_month(end));
      return object;
    }
    default: return "Trong năm học " + y + "-" + y1;
  }
}

// ---------------------------------------------------------------------------------------
// The parts of a plan.

std::string person_name(rng& r) {
  return std::string(r.pick(surnames)) + " " + std::string(r.pick(middle_names)) + " " +
         std::string(r.pick(given_names));
}

std::string sentence(rng& r, const plan_context& c, int standard) {
  const auto& objects = objects_by_standard[static_cast<std::size_t>(standard - 1) % 5];
  std::string s = std::string(r.pick(action_verbs)) + " " + std::string(r.pick(objects)) +
                  std::string(r.pick(manners)) + std::string(r.pick(purposes)) + ".";
  return fill(s, c);
}

json actions(rng& r, const plan_context& c, int standard) {
  json items = json::array();
  const int count = r.between(1, 3);
  for (int i = 0; i < count; ++i) {
    std::string item = sentence(r, c, standard);
    if (r.chance(0.5)) item += " " + sentence(r, c, standard);
    items.push_back(item);
  }
  return items;
}

json target(rng& r, const plan_context& c, int standard, int level, json& row) {
  const auto& objects = objects_by_standard[static_cast<std::size_t>(standard - 1) % 5];
  const std::size_t form = r.below(20);
  if (form < 7) {
    row["target_level"] = level;
    return "Đạt Mức " + std::to_string(level);
  }
  if (form < 11) return "Mức " + std::to_string(level);
  auto line = [&] {
    return fill(std::string(r.pick(target_verbs)) + " " + std::string(r.pick(objects)) + ".", c);
  };
  if (form < 16) return line();
  json lines = json::array();
  for (int i = r.between(2, 3); i > 0; --i) lines.push_back(line());
  return lines;
}

std::string owners(rng& r, const plan_context& c) {
  if (c.level->level == "thpt" && r.chance(0.3)) return std::string(r.pick(province_owners));
  if (r.chance(0.1)) return "Hiệu trưởng; Phòng GD&ĐT " + std::string(c.place->unit);
  return fill(r.pick(common_owners), c);
}

std::string budget(rng& r) {
  std::string b(r.pick(budgets));
  if (r.chance(0.15)) b = std::to_string(r.between(5, 80)) + ".000.000 đồng từ nguồn kinh phí tự chủ của nhà trường";
  return b;
}

std::string criterion_text(rng& r, const plan_context& c, const catalog::criterion& k) {
  std::string label = "Tiêu chí";
  if (c.mixed_marks && r.chance(0.3)) label = r.chance(0.5) ? "Tieu chí" : "Tieu chi";
  const std::string space = c.nbsp && r.chance(0.4) ? nbsp : " ";
  switch (r.below(20)) {
    case 0: return k.id;
    case 1: return "TC " + k.id;
    case 2: return label + space + std::to_string(k.standard) + ". " + std::to_string(k.number);
    default: return label + space + k.id;
  }
}

std::string standard_heading(const catalog::standard& s, std::size_t form) {
  const std::string n = std::to_string(s.number);
  if (form == 0) return n;
  if (form == 1) return "Tiêu chuẩn " + n + ". " + s.name;
  return "Tiêu chuẩn " + n + ": " + s.name;
}

// How many rows each criterion gets: distinct criteria while rows fit, then several rows a
// criterion (large plans split a criterion into several solutions).
std::vector<std::size_t> rows_per_criterion(rng& r, std::size_t criteria, std::size_t rows) {
  std::vector<std::size_t> counts(criteria, rows / criteria);
  std::vector<std::size_t> order(criteria);
  for (std::size_t i = 0; i < criteria; ++i) order[i] = i;
  for (std::size_t i = 0; i < criteria; ++i) std::swap(order[i], order[i + r.below(criteria - i)]);
  for (std::size_t i = 0; i < rows % criteria; ++i) ++counts[order[i]];
  return counts;
}

// The level the school aims at for a criterion: 2, or 3 where the criterion has Mức 3.
int clean_target_level(rng& r, const catalog::criterion& k) {
  return k.highest_level >= 3 && r.chance(0.25) ? 3 : 2;
}

struct planned_rows {
  json rows = json::array();
  std::vector<int> current_level;  // per criterion of the framework, for the self-assessment
};

planned_rows make_rows(rng& r, const plan_context& c, std::size_t count) {
  const auto& criteria = c.framework->criteria;
  planned_rows out;
  out.current_level.assign(criteria.size(), -1);
  const auto counts = rows_per_criterion(r, criteria.size(), count);
  const std::size_t heading_form = r.chance(0.9) ? 2 : r.below(2);
  const bool with_titles = r.chance(0.85);
  const bool numbered = heading_form == 2 && r.chance(0.15);  // column TT filled on every row
  for (std::size_t i = 0; i < criteria.size(); ++i) {
    const auto& k = criteria[i];
    if (counts[i] == 0) continue;
    const int level = clean_target_level(r, k);
    out.current_level[i] = level - 1;
    for (std::size_t n = 0; n < counts[i]; ++n) {
      json row;
      if (numbered) row["no"] = std::to_string(out.rows.size() + 1);
      row["standard"] = standard_heading(*c.framework->find_standard(k.standard), heading_form);
      row["criterion"] = criterion_text(r, c, k);
      if (with_titles) row["criterion_title"] = k.name;
      row["target"] = nullptr;  // placeholder keeps the column order of the seeds
      row["target"] = target(r, c, k.standard, level, row);
      row["actions"] = actions(r, c, k.standard);
      row["owners"] = owners(r, c);
      row["timeline"] = clean_timeline(r, c);
      row["budget"] = budget(r);
      row["support"] = fill(r.pick(supports), c);
      row["notes"] = r.chance(0.05) ? "Đã thực hiện một phần trong học kỳ I." : "";
      out.rows.push_back(std::move(row));
    }
  }
  return out;
}

std::optional<catalog::civil_date> issued(const plan_context& c, std::string_view number) {
  const auto* document = c.registry->find(number);
  return document ? document->issued : std::nullopt;
}

std::string date_words(const catalog::civil_date& d, bool padded = false) {
  const std::string day = (padded && d.day < 10 ? "0" : "") + std::to_string(d.day);
  return "ngày " + day + " tháng " + std::to_string(d.month) + " năm " +
         std::to_string(d.year);
}
std::string date_numeric(const catalog::civil_date& d) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%02d/%02d/%d", d.day, d.month, d.year);
  return buffer;
}

// The calendar decision for the plan's year, from the registry ("Khung kế hoạch thời gian
// năm học 2024-2025").
const catalog::legal_document* calendar_decision(const plan_context& c) {
  const std::string wanted = "năm học " + std::to_string(c.year) + "-" + std::to_string(c.year + 1);
  for (const auto& d : c.registry->documents())
    if (d.type == "Quyết định" && d.subject.find(wanted) != std::string::npos) return &d;
  return nullptr;
}

json legal_basis(rng& r, const plan_context& c, const catalog::civil_date& plan_date,
                 const catalog::civil_date& report_date) {
  json items = json::array();
  const std::string& tt = c.framework->document;
  const auto tt_date = issued(c, tt);
  std::string first = "Căn cứ Thông tư số " + tt;
  if (tt_date) first += r.chance(0.5) ? ", " + date_words(*tt_date) : " ngày " + date_numeric(*tt_date);
  items.push_back(first + " của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành " + c.framework->title + ";");
  const std::string guidance(c.level->guidance);
  if (const auto* d = c.registry->find(guidance); d && r.chance(0.8)) {
    std::string subject = d->subject;
    if (!subject.empty()) subject[0] = 'h';  // "Hướng dẫn" inside a sentence
    items.push_back("Căn cứ Công văn số " + guidance +
                    (d->issued ? " ngày " + date_numeric(*d->issued) : std::string()) +
                    " của Bộ Giáo dục và Đào tạo về việc " + subject + ";");
  }
  if (const auto* d = calendar_decision(c); d && d->issued && *d->issued < plan_date && r.chance(0.7))
    items.push_back("Căn cứ Quyết định số " + d->number_symbol + " ngày " + date_numeric(*d->issued) +
                    " của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Khung kế hoạch thời gian năm học " +
                    school_year(c) + " của giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên;");
  items.push_back("Căn cứ Báo cáo số " + std::to_string(r.between(10, 90)) + "/BC-" + c.short_symbol +
                  " ngày " + date_numeric(report_date) + " của " + c.school +
                  " về kết quả tự đánh giá chất lượng giáo dục;");
  return items;
}

json self_assessment(rng& r, const plan_context& c, const std::vector<int>& current_level) {
  json results = json::array();
  const auto& criteria = c.framework->criteria;
  const bool labelled = r.chance(0.5);
  for (std::size_t i = 0; i < criteria.size(); ++i) {
    const auto& k = criteria[i];
    int level = current_level[i];
    if (level < 0) level = std::min(k.highest_level, r.chance(0.2) ? 3 : 2);
    json result;
    result["criterion"] = !labelled ? k.id : "Tiêu chí " + k.id;
    if (r.chance(0.8)) result["level"] = level;
    else result["level"] = "Mức " + std::to_string(level);
    if (level <= 1 && r.chance(0.6))
      result["weaknesses"] = fill("Một số nội dung về " + std::string(r.pick(objects_by_standard[static_cast<std::size_t>(k.standard - 1) % 5])) +
                                      " chưa đáp ứng yêu cầu.", c);
    results.push_back(std::move(result));
  }
  json out;
  if (r.chance(0.4)) out["target_level"] = 2;
  out["results"] = std::move(results);
  return out;
}

json section(std::string_view number, std::string_view title, json text = nullptr) {
  json s;
  s["number"] = number;
  s["title"] = title;
  if (!text.is_null()) s["text"] = std::move(text);
  return s;
}

json sections(rng& r, const plan_context& c, bool with_assessment) {
  json purpose = json::array();
  std::vector<std::size_t> order{0, 1, 2, 3, 4, 5};
  for (std::size_t i = 0; i < order.size(); ++i) std::swap(order[i], order[i + r.below(order.size() - i)]);
  for (int i = r.between(3, 4); i > 0; --i) purpose.push_back(fill(purpose_paragraphs[order[static_cast<std::size_t>(i)]], c));
  json organisation = json::array();
  for (const auto& paragraph : organisation_paragraphs)
    if (r.chance(0.75)) organisation.push_back(fill(paragraph, c));
  json list = json::array();
  list.push_back(section("I", "MỤC ĐÍCH, YÊU CẦU", std::move(purpose)));
  json basis_text = nullptr;
  if (r.chance(0.6))
    basis_text = json::array({fill("{school} xây dựng kế hoạch cải tiến chất lượng giáo dục năm học {SY} như sau:", c)});
  list.push_back(section("II", "CĂN CỨ XÂY DỰNG KẾ HOẠCH", std::move(basis_text)));
  if (with_assessment) {
    list.push_back(section("III", "KẾT QUẢ TỰ ĐÁNH GIÁ"));
    list.push_back(section("IV", "NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC"));
    list.push_back(section("V", "TỔ CHỨC THỰC HIỆN", std::move(organisation)));
  } else {
    list.push_back(section("III", "NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC"));
    list.push_back(section("IV", "TỔ CHỨC THỰC HIỆN", std::move(organisation)));
  }
  return list;
}

json recipients(rng& r, const plan_context& c) {
  json items = json::array();
  if (c.level->level == "thpt") items.push_back("Sở GD&ĐT (để báo cáo);");
  else items.push_back("Phòng GD&ĐT " + std::string(c.place->unit) + " (để báo cáo);");
  items.push_back("Hội đồng trường;");
  if (r.chance(0.5)) items.push_back("HT, PHT;");
  if (r.chance(0.5)) items.push_back("Các tổ chuyên môn, tổ văn phòng;");
  items.push_back(r.chance(0.5) ? "Lưu: VT." : "Lưu: VT, hồ sơ.");
  return items;
}

// ---------------------------------------------------------------------------------------
// Defects, applied to a clean plan.

struct defect_site {
  json& plan;
  const plan_context& c;
  rng& r;
  std::set<std::size_t> used_rows;  // a row carries at most one row defect, so none hides another

  std::optional<std::size_t> fresh_row() {
    const std::size_t n = plan["rows"].size();
    if (used_rows.size() >= n) return std::nullopt;
    std::size_t i = r.below(n);
    while (used_rows.count(i)) i = (i + 1) % n;
    used_rows.insert(i);
    return i;
  }
  // Applies `change` to 1…max_rows fresh rows; false when no row was free.
  template <typename Change>
  bool on_rows(int max_rows, Change change) {
    bool any = false;
    for (int n = r.between(1, max_rows); n > 0; --n) {
      const auto i = fresh_row();
      if (!i) break;
      change(plan["rows"][*i]);
      any = true;
    }
    return any;
  }
};

bool apply_defect(defect_site& s, defect d) {
  const plan_context& c = s.c;
  const std::string y = std::to_string(c.year);
  switch (d) {
    case defect::malformed_number:
      s.plan["document"]["number"] = std::to_string(c.number) + "/KH " + c.short_symbol;
      return true;
    case defect::section_jump:
      s.plan["sections"].back()["number"] = "VI";
      return true;
    case defect::two_year_deadline:
      return s.on_rows(2, [&](json& row) {
        row["timeline"] = "Thời gian thực hiện: Tháng 09/" + y + ". Thời gian hoàn thành: Năm học " +
                          years(c, c.year, c.year + 2) + ".";
      });
    case defect::open_ended_deadline:
      return s.on_rows(3, [&](json& row) {
        switch (s.r.below(3)) {
          case 0:
            row["timeline"] = "Thời gian bắt đầu: Tháng 9/" + y + ". Thời gian hoàn thành: năm học: " +
                              school_year(c) + " và những năm tiếp theo.";
            break;
          case 1: row["timeline"] = "Thường xuyên"; break;
          default: row["timeline"] = "Hằng năm";
        }
      });
    case defect::stale_period:
      return s.on_rows(1, [&](json& row) {
        row["actions"].push_back("Tiếp tục thực hiện kế hoạch chiến lược phát triển nhà trường giai đoạn " +
                                 years(c, c.year - 2, c.year) + ".");
      });
    case defect::other_school_year:
      s.plan["sections"][0]["text"].push_back(
          fill("Năm học " + years(c, c.year - 1, c.year) +
                   " và những năm tiếp theo, Hiệu trưởng nhà trường tiếp tục chỉ đạo củng cố hồ sơ, cơ sở vật chất.",
               c));
      return true;
    case defect::missing_owner:
      return s.on_rows(1, [](json& row) { row["owners"] = ""; });
    case defect::placeholder_owner:
      return s.on_rows(1, [&](json& row) { row["owners"] = s.r.chance(0.5) ? "\u2026" : "..."; });
    case defect::missing_deadline:
      return s.on_rows(1, [](json& row) { row["timeline"] = ""; });
    case defect::early_start:
      return s.on_rows(1, [&](json& row) {
        row["timeline"] = s.r.chance(0.7) ? "Từ tháng 6/" + y + " đến tháng 5/" + std::to_string(c.year + 1)
                                          : "Quý III/" + y;
      });
    case defect::unknown_criterion:
      return s.on_rows(1, [&](json& row) {
        int last_in_first = 0;
        for (const auto& k : c.framework->criteria)
          if (k.standard == 1) last_in_first = std::max(last_in_first, k.number);
        const auto standards = c.framework->standards.size();
        row["criterion"] = s.r.chance(0.5) ? "Tiêu chí 1." + std::to_string(last_in_first + 1)
                                           : "Tiêu chí " + std::to_string(standards + 1) + ".1";
      });
    case defect::level_above_criterion: {
      std::vector<const catalog::criterion*> capped;
      for (const auto& k : c.framework->criteria)
        if (k.highest_level == 2) capped.push_back(&k);
      if (capped.empty()) return false;
      return s.on_rows(1, [&](json& row) {
        const auto& k = *s.r.pick(capped);
        row["standard"] = standard_heading(*c.framework->find_standard(k.standard), 2);
        row["criterion"] = "Tiêu chí " + k.id;
        if (row.contains("criterion_title")) row["criterion_title"] = k.name;
        row["target"] = "Đạt Mức 3";
        row["target_level"] = 3;
      });
    }
    case defect::wrong_standard_name: {
      auto& rows = s.plan["rows"];
      if (rows.empty()) return false;
      const std::string heading = rows[s.r.below(rows.size())]["standard"];
      const auto colon = heading.find(": ");
      if (colon == std::string::npos) return false;
      std::string name = heading.substr(colon + 2);
      const auto last_and = name.rfind(" và ");
      name = last_and != std::string::npos ? name.substr(0, last_and) : name + " của nhà trường";
      for (auto& row : rows)
        if (row["standard"] == heading) row["standard"] = heading.substr(0, colon + 2) + name;
      return true;
    }
    case defect::missing_legal_basis:
      s.plan.erase("legal_basis");
      return true;
    case defect::citation_typo: {
      if (!s.plan.contains("legal_basis")) return false;
      auto& first = s.plan["legal_basis"][0];
      first = replace_all(first.get<std::string>(), "/TT-BGDĐT", "/TT-BGD ĐT");
      return true;
    }
    case defect::missing_recipients:
      s.plan["document"].erase("recipients");
      return true;
  }
  return false;
}

std::vector<defect> plant_defects(json& plan, const plan_context& c, rng& r) {
  std::set<std::size_t> kinds;
  for (int n = r.between(1, 4); static_cast<int>(kinds.size()) < n;) kinds.insert(r.below(defect_kind_count));
  // A plan without legal basis cannot also misspell a citation in it.
  if (kinds.count(static_cast<std::size_t>(defect::missing_legal_basis)))
    kinds.erase(static_cast<std::size_t>(defect::citation_typo));
  defect_site site{plan, c, r, {}};
  std::vector<defect> applied;
  for (std::size_t kind : kinds)
    if (apply_defect(site, static_cast<defect>(kind))) applied.push_back(static_cast<defect>(kind));
  return applied;
}

// ---------------------------------------------------------------------------------------
// Writing styles, applied to every string of the finished plan.

template <typename Change>
void each_string(json& value, Change change) {
  if (value.is_string()) {
    value = change(value.get<std::string>());
  } else if (value.is_structured()) {
    for (auto& item : value) each_string(item, change);
  }
}

void apply_nbsp(json& plan, rng& r) {
  for (auto& row : plan["rows"]) {
    if (!row["timeline"].is_string() || !r.chance(0.4)) continue;
    row["timeline"] = replace_all(row["timeline"].get<std::string>(), "Tháng ", "Tháng" + nbsp);
  }
}

// ---------------------------------------------------------------------------------------

const catalog::catalog& embedded() {
  static const catalog::catalog& value = catalog::embedded_catalog().value;
  return value;
}

catalog::civil_date plan_date(rng& r, int year) {
  return {year, r.between(5, 8), r.between(2, 28)};
}

generated_plan build(const corpus_options& options, std::size_t index, const level_info* forced) {
  rng r(options.seed, index);
  plan_context c;
  c.level = forced ? forced : &levels[std::min<std::size_t>(r.below(20) < 8 ? 0 : r.below(4), 3)];
  c.framework = embedded().find_framework(c.level->framework);
  if (!c.framework) return {"{\"rows\": []}\n", {}, writing::composed, 0};  // catalog failed to load
  c.registry = &embedded().registry;
  c.place = &r.pick(places);
  const std::string_view name = c.level->level == "mam-non" ? r.pick(flower_school_names) : r.pick(person_school_names);
  c.school = std::string(c.level->prefix) + " " + std::string(name);
  c.short_symbol = std::string(c.level->symbol) + abbreviation(name);
  c.year = 2022 + static_cast<int>(r.below(3));
  c.number = r.between(12, 180);
  const std::size_t dash_style = r.below(4);
  c.dash = dash_style == 0 ? " " + en_dash + " " : dash_style == 1 ? "-" : " - ";
  c.mixed_marks = r.chance(0.1);
  c.nbsp = r.chance(0.2);

  const std::size_t low = std::min(options.min_rows, options.max_rows);
  const std::size_t high = std::max(options.min_rows, options.max_rows);
  const std::size_t row_count = low + r.below(high - low + 1);
  const catalog::civil_date date = plan_date(r, c.year);
  const catalog::civil_date report{c.year, date.month - 1, r.between(1, 28)};
  const bool with_assessment = r.chance(0.6);

  json plan;
  plan["format"] = "planlint.plan/1";
  json& school = plan["school"];
  school["name"] = r.chance(0.7) ? upper(c.school) : c.school;
  school["level"] = c.level->level;
  school["authority"] = c.level->level == "thpt"
                            ? "SỞ GIÁO DỤC VÀ ĐÀO TẠO " + std::string(c.place->province_upper)
                            : "UBND " + upper(c.place->unit);
  if (r.chance(0.5)) school["province"] = c.place->province;
  json& document = plan["document"];
  document["number"] = std::to_string(c.number) + "/KH-" + c.short_symbol;
  document["place"] = c.place->district;
  document["date"] = date_words(date, r.chance(0.5));
  document["title"] = "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC Năm học " + std::to_string(c.year) + " " +
                      en_dash + " " + std::to_string(c.year + 1);
  document["school_year"] = school_year(c);
  document["signer"] = {{"title", r.chance(0.85) ? "HIỆU TRƯỞNG" : "PHÓ HIỆU TRƯỞNG"}, {"name", person_name(r)}};
  document["recipients"] = recipients(r, c);
  if (r.chance(0.3)) plan["framework"] = c.level->framework;
  plan["sections"] = sections(r, c, with_assessment);
  plan["legal_basis"] = legal_basis(r, c, date, report);
  planned_rows rows = make_rows(r, c, row_count);
  if (with_assessment) plan["self_assessment"] = self_assessment(r, c, rows.current_level);
  plan["rows"] = std::move(rows.rows);

  generated_plan out;
  out.rows = row_count;
  if (r.chance(options.defect_share)) out.defects = plant_defects(plan, c, r);
  if (c.nbsp) apply_nbsp(plan, r);
  const std::size_t style = r.below(100);
  if (style < 15) {
    out.style = writing::no_diacritics;
    each_string(plan, [](const std::string& s) { return strip_marks(s); });
  } else if (style < 22) {
    out.style = writing::decomposed;
    each_string(plan, [](const std::string& s) { return decompose(s); });
  }
  out.json = plan.dump(2) + "\n";
  return out;
}

}  // namespace

std::string_view defect_name(defect d) {
  static constexpr std::array<std::string_view, defect_kind_count> names{
      "malformed_number", "section_jump", "two_year_deadline", "open_ended_deadline",
      "stale_period", "other_school_year", "missing_owner", "placeholder_owner",
      "missing_deadline", "early_start", "unknown_criterion", "level_above_criterion",
      "wrong_standard_name", "missing_legal_basis", "citation_typo", "missing_recipients"};
  return names[static_cast<std::size_t>(d)];
}

generated_plan generate(const corpus_options& options, std::size_t index) {
  return build(options, index, nullptr);
}

std::string generate_plan(const corpus_options& options, std::size_t index) {
  return generate(options, index).json;
}

std::string generate_seed_sized_plan(std::uint64_t seed, std::size_t index) {
  corpus_options options;
  options.seed = seed;
  options.min_rows = options.max_rows = 12;
  return build(options, index, &levels[0]).json;
}

std::string generate_large_plan(std::uint64_t seed, std::size_t index) {
  corpus_options options;
  options.seed = seed;
  options.min_rows = options.max_rows = 200;
  return generate(options, index).json;
}

namespace {

std::string_view style_name(writing w) {
  switch (w) {
    case writing::composed: return "composed";
    case writing::decomposed: return "decomposed";
    case writing::no_diacritics: return "no_diacritics";
  }
  return "composed";
}

}  // namespace

write_corpus_result write_corpus(const std::filesystem::path& directory, std::size_t count,
                                 const corpus_options& options) {
  write_corpus_result result;
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) {
    result.error = directory.string() + ": " + error.message();
    return result;
  }
  std::ofstream manifest(directory / "MANIFEST.tsv", std::ios::binary);
  manifest << "file\trows\twriting\tdefects\n";
  for (std::size_t index = 1; index <= count; ++index) {
    char name[32];
    std::snprintf(name, sizeof name, "plan-%06zu.json", index);
    const generated_plan plan = generate(options, index);
    std::ofstream file(directory / name, std::ios::binary);
    file << plan.json;
    if (!file.flush()) {
      result.error = (directory / name).string() + ": cannot write";
      return result;
    }
    manifest << name << '\t' << plan.rows << '\t' << style_name(plan.style) << '\t';
    for (std::size_t i = 0; i < plan.defects.size(); ++i)
      manifest << (i ? "," : "") << defect_name(plan.defects[i]);
    manifest << '\n';
    ++result.written;
  }
  if (!manifest.flush()) result.error = (directory / "MANIFEST.tsv").string() + ": cannot write";
  return result;
}

}  // namespace planlint::bench
