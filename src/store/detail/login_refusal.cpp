#include "detail/login_refusal.h"

namespace certphoto::store::detail {

bool isLoginRefused(const QString& text) {
    auto has = [&](const char* s) { return text.contains(QString::fromUtf8(s), Qt::CaseInsensitive); };
    const bool english = has("password authentication failed") || has("authentication failed for user") ||
                         has("no password supplied") || (has("role \"") && has("does not exist"));
    // postgres-15.mo, zh_CN: 用户 "%s" Password 认证失败 / 用户 "%s" 认证失败: ... / 角色 "%s" 不存在
    const bool chinese = has("认证失败") || (has("角色 \"") && has("不存在"));
    return english || chinese;
}

} // namespace certphoto::store::detail
