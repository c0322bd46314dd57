#include "grafana/GrafanaValidation.h"

#include <QRegularExpression>

QString GrafanaValidation::checkPassword(const QString &password)
{
    if (password.isEmpty())
        return tr("Enter a password.");
    if (password.size() < MinimumPasswordLength)
        return tr("The password must have at least %n characters.", nullptr, MinimumPasswordLength);
    return {};
}

QList<GrafanaFieldProblem> GrafanaValidation::checkNewUser(const GrafanaNewUser &user)
{
    QList<GrafanaFieldProblem> problems;
    using F = GrafanaFieldProblem::Field;
    const QString login = user.login.trimmed();
    const QString email = user.email.trimmed();
    if (login.isEmpty() && email.isEmpty())
        problems.append({F::Login, tr("Enter a login or an email address.")});
    if (login.contains(QRegularExpression(QStringLiteral("\\s"))))
        problems.append({F::Login, tr("A login cannot contain spaces.")});
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (!email.isEmpty() && !emailShape.match(email).hasMatch())
        problems.append({F::Email, tr("This is not an email address.")});
    if (user.orgId < 0)
        problems.append({F::OrgId, tr("The organization id must be a positive number.")});
    const QString pw = checkPassword(user.password);
    if (!pw.isEmpty())
        problems.append({F::Password, pw});
    return problems;
}
