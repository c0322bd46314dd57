#include "CredentialStore.h"

void CredentialStore::deliver(QObject *context, const Callback &done, const CredentialResult &result)
{
    if (!done)
        return;
    QObject *target = context ? context : this;
    QMetaObject::invokeMethod(target, [done, result] { done(result); }, Qt::QueuedConnection);
}
