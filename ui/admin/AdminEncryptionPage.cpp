#include "admin/AdminEncryptionPage.h"

using Op = GrafanaClient::Operation;

AdminEncryptionPage::AdminEncryptionPage(AdminContext *context, QWidget *parent) : AdminActionPage(context, parent)
{
    setObjectName(QStringLiteral("adminEncryptionPage"));
    addAction(Op::RotateDataKeys, QStringLiteral("rotateDataKeysButton"));
    addAction(Op::ReencryptDataKeys, QStringLiteral("reencryptDataKeysButton"));
    addAction(Op::ReencryptSecrets, QStringLiteral("reencryptSecretsButton"));
    addAction(Op::RollbackSecrets, QStringLiteral("rollbackSecretsButton"));
    retranslateUi();
}

QString AdminEncryptionPage::introText() const
{
    return tr("Grafana encrypts secrets (data source passwords, tokens) with data keys, which are themselves "
              "encrypted with the server's secret key. Back up the database before any of these.");
}

AdminActionPage::Wording AdminEncryptionPage::wording(Op op) const
{
    switch (op) {
    case Op::RotateDataKeys:
        return {tr("Start new data keys; existing secrets stay readable with the old ones."),
                tr("Rotate the data encryption keys of the whole server? New secrets use new keys from now on.")};
    case Op::ReencryptDataKeys:
        return {tr("Re-encrypt every data key with the current secret key (after changing secret_key)."),
                tr("Re-encrypt all data keys of the server with the current secret key?")};
    case Op::ReencryptSecrets:
        return {tr("Re-encrypt every stored secret with the current data keys."),
                tr("Re-encrypt every secret stored on the server? This touches all data sources, "
                   "notification channels and plugins.")};
    case Op::RollbackSecrets:
        return {tr("Move secrets back to the legacy encryption (before a downgrade)."),
                tr("Roll back every secret on the server to the legacy encryption? Only do this before "
                   "downgrading Grafana.")};
    default:
        return {};
    }
}
