#include "JsonBudget.h"

#include <QLocale>

JsonShape measureJson(QByteArrayView body)
{
    JsonShape shape;
    bool inString = false;
    bool escaped = false;
    bool sawScalar = false; // a document that is one bare scalar still counts one value
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"': inString = true; sawScalar = true; break;
        case '[':
        case '{': ++shape.containers; ++shape.values; break;
        case ',': ++shape.values; break; // one more element or member after each comma
        case ' ': case '\t': case '\n': case '\r': case ']': case '}': case ':': break;
        default: sawScalar = true; break;
        }
    }
    if (shape.values == 0 && sawScalar)
        shape.values = 1;
    return shape;
}

ApiError checkJsonBudget(QByteArrayView body, const JsonBudget &budget)
{
    const JsonShape shape = measureJson(body);
    if (shape.containers > budget.maxContainers) {
        return ApiError::parse(QString(), ApiError::tr("the reply holds more than %1 JSON objects and lists")
                                              .arg(QLocale().toString(budget.maxContainers)));
    }
    if (shape.values > budget.maxValues) {
        return ApiError::parse(QString(), ApiError::tr("the reply holds more than %1 JSON values")
                                              .arg(QLocale().toString(budget.maxValues)));
    }
    return {};
}

QString capText(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    qsizetype keep = max - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + QChar(0x2026);
}
