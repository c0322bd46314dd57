#include "NaturalCompare.h"

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// The end of the digit run that starts at i.
qsizetype digitRunEnd(QStringView s, qsizetype i)
{
    while (i < s.size() && isAsciiDigit(s[i]))
        ++i;
    return i;
}

// Compares two digit runs by value: skip leading zeros, then the longer run is bigger, else digit by digit.
int compareNumbers(QStringView a, QStringView b)
{
    qsizetype za = 0, zb = 0;
    while (za < a.size() - 1 && a[za] == u'0')
        ++za;
    while (zb < b.size() - 1 && b[zb] == u'0')
        ++zb;
    const QStringView da = a.mid(za), db = b.mid(zb);
    if (da.size() != db.size())
        return da.size() < db.size() ? -1 : 1;
    for (qsizetype i = 0; i < da.size(); ++i) {
        if (da[i] != db[i])
            return da[i] < db[i] ? -1 : 1;
    }
    return 0;
}

} // namespace

int naturalCompare(QStringView left, QStringView right)
{
    qsizetype i = 0, j = 0;
    int tieBreak = 0; // the first difference natural order ignores (leading zeros, case)
    while (i < left.size() && j < right.size()) {
        if (isAsciiDigit(left[i]) && isAsciiDigit(right[j])) {
            const qsizetype ei = digitRunEnd(left, i), ej = digitRunEnd(right, j);
            const QStringView a = left.mid(i, ei - i), b = right.mid(j, ej - j);
            if (const int n = compareNumbers(a, b))
                return n;
            if (!tieBreak && a.size() != b.size())
                tieBreak = a.size() < b.size() ? -1 : 1; // "1" before "01"
            i = ei;
            j = ej;
            continue;
        }
        const QChar a = left[i], b = right[j];
        if (a != b) {
            const char32_t fa = a.toCaseFolded().unicode(), fb = b.toCaseFolded().unicode();
            if (fa != fb)
                return fa < fb ? -1 : 1;
            if (!tieBreak)
                tieBreak = a.unicode() < b.unicode() ? -1 : 1;
        }
        ++i;
        ++j;
    }
    if (i < left.size() || j < right.size())
        return i < left.size() ? 1 : -1; // a prefix comes first
    return tieBreak;
}
