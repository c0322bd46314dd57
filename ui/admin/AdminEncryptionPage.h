#pragma once

// Encryption page: rotate data keys, re-encrypt data keys, re-encrypt secrets, roll back secrets.
// Answers may be 204 with no body, 200 plain text, or 206 "partial" (shown as an error). GUI thread.

#include "admin/AdminActionPage.h"

class AdminEncryptionPage : public AdminActionPage
{
    Q_OBJECT
public:
    AdminEncryptionPage(AdminContext *context, QWidget *parent = nullptr);

protected:
    Wording wording(GrafanaClient::Operation op) const override;
    QString introText() const override;
};
