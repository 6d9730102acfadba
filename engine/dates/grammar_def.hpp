#pragma once
// The date grammar, defined. It reads the folded text (lower-case ASCII without diacritics,
// one space between words, every dash "-"), so "Tháng", "THANG" and "thang" are one keyword
// and "đến" is "den". It only recognises shapes; whether a day exists is resolve()'s job,
// so that an error can name the exact number ("tháng 13").
#include <boost/spirit/home/x3.hpp>
#include <type_traits>

#include "engine/dates/ast.hpp"
#include "engine/dates/ast_adapted.hpp"
#include "engine/dates/first_words.hpp"
#include "engine/dates/grammar.hpp"

namespace planlint::dates::grammar {

namespace x3 = boost::spirit::x3;
using x3::ascii::alnum;
using x3::ascii::digit;
using x3::lexeme;
using x3::lit;

// Sets first/last of every node a rule produces: the source of byte ranges.
struct annotate {
  template <typename Iterator, typename Attribute, typename Context>
  void on_success(const Iterator& first, const Iterator& last, Attribute& node, const Context&) {
    if constexpr (std::is_base_of_v<ast::node, Attribute>) {
      node.text_begin = first;
      node.text_end = last;
    }
  }
};

// A keyword: the letters, then not a letter or digit ("nam" is not the start of "nama").
inline auto kw(const char* word) { return lexeme[lit(word) >> !alnum]; }

// The folded bytes a raw[] directive matched, as a node's position.
template <typename Range>
void place(ast::node& node, const Range& range) {
  node.text_begin = &*range.begin();
  node.text_end = node.text_begin + (range.end() - range.begin());
}

// Digits as written, with their position: the value is capped so that a long run of digits
// is still an int (and is then rejected as a year or a day by resolve()).
struct set_number {
  template <typename Context>
  void operator()(Context& ctx) const {
    ast::number& n = x3::_val(ctx);
    place(n, x3::_attr(ctx));
    n.value = 0;
    n.digits = 0;
    for (const char* p = n.text_begin; p != n.text_end; ++p) {
      n.value = n.value > 100000 ? n.value : n.value * 10 + (*p - '0');
      ++n.digits;
    }
  }
};

// A Roman numeral (quarters, semesters): "i" … "iv"; "v" and beyond read as their value
// so resolve() can say "quý V không tồn tại".
struct set_roman {
  template <typename Context>
  void operator()(Context& ctx) const {
    ast::number& n = x3::_val(ctx);
    place(n, x3::_attr(ctx));
    auto value_of = [](char c) { return c == 'i' ? 1 : c == 'v' ? 5 : 10; };
    n.value = 0;
    n.digits = 0;
    for (const char* p = n.text_begin; p != n.text_end; ++p) {
      int v = value_of(*p);
      n.value += (p + 1 != n.text_end && value_of(p[1]) > v) ? -v : v;
    }
  }
};

struct number_class;
struct number4_class;
struct number2_class;
struct roman_class;
struct ordinal_class;
struct day_class : annotate {};
struct iso_day_class : annotate {};
struct iso_month_class : annotate {};
struct month_class : annotate {};
struct numeric_month_class : annotate {};
struct months_range_class : annotate {};
struct months_list_class : annotate {};
struct quarter_class : annotate {};
struct year_pair_class : annotate {};
struct school_year_class : annotate {};
struct semester_class : annotate {};
struct calendar_year_class : annotate {};
struct endpoint_class;
struct part_of_year_class : annotate {};
struct part_of_semester_class : annotate {};
struct fixed_class : annotate {};
struct span_expr_class : annotate {};
struct expression_class : annotate {};

const x3::rule<number_class, ast::number> number = "number";
const x3::rule<number4_class, ast::number> number4 = "four-digit year";
const x3::rule<number2_class, ast::number> number2 = "two-digit number";
const x3::rule<roman_class, ast::number> roman = "Roman numeral";
const x3::rule<ordinal_class, ast::number> ordinal = "ordinal";
const x3::rule<day_class, ast::day> day = "day";
const x3::rule<iso_day_class, ast::iso_day> iso_day = "ISO day";
const x3::rule<iso_month_class, ast::iso_month> iso_month = "ISO month";
const x3::rule<month_class, ast::month> month = "month";
const x3::rule<numeric_month_class, ast::numeric_month> numeric_month = "month/year";
const x3::rule<months_range_class, ast::months_range> months_range = "range of months";
const x3::rule<months_list_class, ast::months_list> months_list = "list of months";
const x3::rule<quarter_class, ast::quarter> quarter = "quarter";
const x3::rule<year_pair_class, ast::school_year> year_pair = "pair of years";
const x3::rule<school_year_class, ast::school_year> school_year = "school year";
const x3::rule<semester_class, ast::semester> semester = "semester";
const x3::rule<calendar_year_class, ast::calendar_year> calendar_year = "year";
const x3::rule<endpoint_class, ast::endpoint> endpoint = "date";
const x3::rule<part_of_year_class, ast::part_of_year> part_of_year = "part of a school year";
const x3::rule<part_of_semester_class, ast::part_of_semester> part_of_semester =
    "part of a semester";
const x3::rule<fixed_class, ast::fixed> fixed = "recurring or open phrase";
const x3::rule<span_expr_class, ast::span_expr> span_expr = "date or span";
const x3::rule<expression_class, ast::expression> expression = "date text";

// Multi-word phrases: the folded text has exactly one space between words.
struct part_words_type : x3::symbols<int> {
  part_words_type() {
    using w = ast::part_word;
    add("dau", int(w::beginning))("cuoi", int(w::end))("suot", int(w::throughout))(
        "ca", int(w::whole))("suot ca", int(w::whole))("trong suot", int(w::throughout));
  }
} const part_words;

struct fixed_words_type : x3::symbols<int> {
  fixed_words_type() {
    using w = ast::fixed_word;
    add("thuong xuyen", int(w::continually))("lien tuc", int(w::continually))(
        "hang nam", int(w::yearly))("hang nam hoc", int(w::yearly))("moi nam", int(w::yearly))(
        "hang thang", int(w::monthly))("hang quy", int(w::quarterly))(
        "hang tuan", int(w::weekly))("hang ngay", int(w::daily))("lau dai", int(w::lasting))(
        "va nhung nam tiep theo", int(w::onwards))("va cac nam tiep theo", int(w::onwards));
  }
} const fixed_words;

struct lead_words_type : x3::symbols<int> {
  lead_words_type() {
    using w = ast::lead_word;
    add("tu", int(w::from))("giai doan", int(w::period))("giai doan tu", int(w::period))(
        "trong giai doan", int(w::period));
  }
} const lead_words;

// "trong năm học …", "vào tháng 9/2024": connectives that are not part of the date.
const auto connective = kw("trong thoi gian") | kw("trong") | kw("vao");
// Between the two ends of a span.
const auto range_sep = lit('-') | (kw("den") >> -kw("het")) | kw("toi");
// Between the months of a list.
const auto list_sep = lit(',') | kw("va");
const auto month_word = kw("thang") | lexeme[lit('t') >> &digit];
const auto year_sep = lit('/') | kw("nam");
const auto school_year_word = lexeme[lit("nam hoc") >> !alnum] | kw("nh");
const auto semester_word = lexeme[(lit("hoc ky") | lit("hoc ki")) >> !alnum] | lexeme[lit("hk")];
const auto onwards_tail = kw("va") >> (kw("nhung") | kw("cac")) >> kw("nam") >> -kw("hoc") >>
                          kw("tiep") >> kw("theo");

const auto number_def = x3::raw[lexeme[+digit]][set_number{}];
const auto number4_def = x3::raw[lexeme[x3::repeat(4)[digit] >> !digit]][set_number{}];
const auto number2_def = x3::raw[lexeme[x3::repeat(1, 2)[digit] >> !digit]][set_number{}];
const auto roman_def = x3::raw[lexeme[+x3::ascii::char_("ivx") >> !alnum]][set_roman{}];
const auto ordinal_def = number | roman;

const auto iso_day_def = lexeme[number4 >> '-' >> number2 >> '-' >> number2] >> !lit('-');
const auto iso_month_def = lexeme[number4 >> '-' >> number2] >> !lit('-') >> !lit('/');
const auto numeric_day = (number >> '/' >> number >> '/' >> number) |
                         (number >> '.' >> number >> '.' >> number) |
                         (number >> '-' >> number >> '-' >> number);
const auto day_def = (kw("ngay") >> number >> kw("thang") >> number >> year_sep >> number) |
                     (-kw("ngay") >> numeric_day);
const auto month_def = month_word >> number >> -(year_sep >> number);
const auto numeric_month_def = number >> '/' >> number4;
const auto months_range_def =
    month_word >> number >> range_sep >> -month_word >> number >> year_sep >> number;
const auto months_list_def = month_word >> number >> +(list_sep >> number) >> year_sep >> number;
const auto quarter_def = kw("quy") >> ordinal >> -((lit('/') | lit('-') | kw("nam")) >> number);
const auto year_pair_def = number >> (lit('-') | lit('/')) >> number;
const auto school_year_def = school_year_word >> -lit(':') >> year_pair;
const auto semester_def =
    semester_word >> ordinal >> -(-lit(',') >> (school_year | (-lit('(') >> year_pair >> -lit(')'))));
const auto calendar_year_def = x3::matches[kw("nam")] >> number4;

const auto endpoint_def = iso_day | iso_month | day | months_range | months_list | month |
                          numeric_month | quarter | semester | school_year | calendar_year;

const auto part_of_year_def = lexeme[part_words >> !alnum] >> school_year_word >> -lit(':') >>
                              -year_pair;
const auto part_of_semester_def = lexeme[part_words >> !alnum] >> semester;
// An action fills this one-field node (X3 does not adapt one-element structs); with an
// action in the definition on_success is not called, so the action sets the position too.
const auto fixed_def = x3::raw[lexeme[fixed_words >> !alnum]][([](auto& ctx) {
  ast::fixed& node = x3::_val(ctx);
  place(node, x3::_attr(ctx));
  const int* word = fixed_words.find(std::string(node.text_begin, node.text_end));
  node.word = word ? *word : 0;
})];
const auto span_expr_def = (lexeme[lead_words >> !alnum] | x3::attr(0)) >> endpoint >>
                           -(range_sep >> endpoint);
const auto expression_def = -connective >> (fixed | part_of_semester | part_of_year | span_expr) >>
                            x3::matches[onwards_tail];

// The words an expression may begin with are listed in first_words.hpp: a word added to the
// grammar's first words goes there too.

BOOST_SPIRIT_DEFINE(number, number4, number2, roman, ordinal, day, iso_day, iso_month, month,
                    numeric_month, months_range, months_list, quarter, year_pair, school_year,
                    semester, calendar_year, endpoint, part_of_year, part_of_semester, fixed,
                    span_expr, expression)

}  // namespace planlint::dates::grammar
