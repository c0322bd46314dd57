#include "cli/DriverFactory.h"

#include "nezha/NezhaV0Driver.h"

std::unique_ptr<DashboardDriver> createCommandLineDriver(QNetworkAccessManager *nam)
{
    return std::make_unique<NezhaV0Driver>(nam);
}
