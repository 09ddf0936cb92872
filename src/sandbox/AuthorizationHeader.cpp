#include "AuthorizationHeader.h"

#include <QList>

namespace psc::sandbox {

std::optional<AuthorizationHeader> AuthorizationHeader::parse(const QByteArray &value, QString *why)
{
    const QByteArray trimmed = value.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    if (space < 0 || QByteArrayView(trimmed).first(space) != scheme()) {
        *why = QStringLiteral(
            "Http头Authorization值格式错误，认证类型应为WECHATPAY2-SHA256-RSA2048");
        return std::nullopt;
    }
    AuthorizationHeader header;
    struct Item {
        QByteArrayView name;
        QByteArray *target;
        bool seen = false;
    };
    Item items[] = { { "mchid", &header.mchid }, { "nonce_str", &header.nonce },
        { "signature", &header.signature }, { "timestamp", &header.timestamp },
        { "serial_no", &header.serialNo } };
    const QList<QByteArray> parts = trimmed.mid(space + 1).split(',');
    for (const QByteArray &rawPart : parts) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype equals = part.indexOf('=');
        if (equals <= 0) {
            *why = QStringLiteral("Http头Authorization值格式错误：无法解析“%1”")
                       .arg(QString::fromUtf8(part.left(40)));
            return std::nullopt;
        }
        const QByteArray name = part.left(equals).trimmed();
        QByteArray itemValue = part.mid(equals + 1).trimmed();
        if (itemValue.size() < 2 || !itemValue.startsWith('"') || !itemValue.endsWith('"')) {
            *why = QStringLiteral("Http头Authorization值格式错误：%1的值必须用双引号括起")
                       .arg(QString::fromUtf8(name.left(40)));
            return std::nullopt;
        }
        itemValue = itemValue.mid(1, itemValue.size() - 2);
        for (Item &item : items) {
            if (item.name != name)
                continue;
            if (item.seen) {
                *why = QStringLiteral("Http头Authorization值格式错误：%1重复出现")
                           .arg(QString::fromUtf8(name));
                return std::nullopt;
            }
            item.seen = true;
            *item.target = itemValue;
        }
    }
    for (const Item &item : items) {
        if (!item.seen || item.target->isEmpty()) {
            *why = QStringLiteral("Http头Authorization值格式错误：缺少%1")
                       .arg(QString::fromLatin1(item.name.toByteArray()));
            return std::nullopt;
        }
    }
    return header;
}

} // namespace psc::sandbox
