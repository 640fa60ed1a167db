#include "people.h"

#include <array>

namespace certphoto::demo {

namespace {

// Common surnames (with a few two-character ones) and characters of given names.
const std::array kSurnames = {
    u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴",   u"周",   u"徐",   u"孙",  u"马",
    u"朱", u"胡", u"郭", u"何", u"高", u"林", u"罗", u"郑", u"梁",   u"谢",   u"宋",   u"唐",  u"许",
    u"韩", u"冯", u"邓", u"曹", u"彭", u"曾", u"肖", u"田", u"董",   u"袁",   u"潘",   u"于",  u"蒋",
    u"蔡", u"余", u"杜", u"叶", u"程", u"苏", u"魏", u"吕", u"丁",   u"任",   u"沈",   u"姚",  u"卢",
    u"姜", u"崔", u"钟", u"谭", u"陆", u"汪", u"范", u"金", u"欧阳", u"司马", u"诸葛", u"上官"};
const std::array kGiven = {
    u"伟", u"芳", u"娜", u"敏", u"静", u"丽", u"强", u"磊", u"军", u"洋", u"勇", u"艳", u"杰", u"娟", u"涛",
    u"明", u"超", u"兰", u"霞", u"平", u"刚", u"桂", u"文", u"华", u"辉", u"鑫", u"宇", u"浩", u"然", u"欣",
    u"怡", u"婷", u"雪", u"琳", u"晨", u"博", u"子", u"涵", u"思", u"雨", u"梓", u"轩", u"佳", u"嘉", u"俊",
    u"凯", u"晓", u"天", u"一", u"诺", u"昊", u"瑶", u"宁", u"欢", u"建", u"国", u"志", u"海", u"燕", u"玲"};
// Real county-level division codes (GB/T 2260): 北京朝阳, 上海徐汇, 广州天河, 南京玄武, 杭州西湖, 成都武侯,
// 武汉洪山, 西安雁塔, 济南历下, 天津和平, 长沙岳麓, 郑州金水.
const std::array kRegions = {"110105", "310104", "440106", "320102", "330106", "510107",
                             "420111", "610113", "370102", "120101", "430104", "410105"};
const std::array kPhonePrefixes = {"130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                                   "150", "151", "152", "153", "155", "156", "157", "158", "159", "177",
                                   "180", "181", "182", "183", "185", "186", "187", "188", "189", "199"};

template <class Array> auto pick(std::mt19937_64& rng, const Array& a) {
    return a[std::uniform_int_distribution<std::size_t>(0, a.size() - 1)(rng)];
}

int uniform(std::mt19937_64& rng, int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

} // namespace

QChar idCheckDigit(const QString& first17) {
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return QChar::fromLatin1(checks[sum % 11]);
}

QString makeIdNumber(std::mt19937_64& rng, QDate birth, bool male) {
    int sequence = uniform(rng, 0, 499) * 2 + (male ? 1 : 0);
    const QString first17 = QString::fromLatin1(pick(rng, kRegions)) +
                            birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + idCheckDigit(first17);
}

Person makePerson(std::mt19937_64& rng) {
    Person p;
    p.name = QString::fromUtf16(pick(rng, kSurnames)) + QString::fromUtf16(pick(rng, kGiven));
    if (uniform(rng, 0, 99) < 70)
        p.name += QString::fromUtf16(pick(rng, kGiven));
    const QDate birth = QDate(1994, 1, 1).addDays(uniform(rng, 0, 365 * 10));
    const bool male = uniform(rng, 0, 1) == 1;
    const QString id = makeIdNumber(rng, birth, male);
    if (uniform(rng, 0, 99) >= 10) // one in ten gives only the exam number
        p.idNumber = id;
    p.phone = QString::fromLatin1(pick(rng, kPhonePrefixes)) +
              QStringLiteral("%1").arg(uniform(rng, 0, 99999999), 8, 10, QLatin1Char('0'));
    p.level = uniform(rng, 0, 99) < 70 ? QStringLiteral("本科") : QStringLiteral("专科");
    return p;
}

} // namespace certphoto::demo
