#include "DashboardInfo.h"

QString DashboardInfo::describe() const
{
    QString name;
    switch (generation) {
    case NezhaGeneration::V0:
        name = tr("Nezha v0");
        break;
    case NezhaGeneration::V1:
        name = tr("Nezha v1");
        break;
    case NezhaGeneration::V2:
        name = tr("Nezha v2");
        break;
    case NezhaGeneration::Unknown:
        return tr("Nezha (generation not yet known)");
    }
    if (version.isEmpty())
        return name;
    //: %1 = generation ("Nezha v2"), %2 = the dashboard's version ("2.3.7")
    return tr("%1 (%2)").arg(name, version);
}
