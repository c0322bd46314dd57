#include "cli/DriverFactory.h"

#include "nezha/NezhaAutoDriver.h"

std::unique_ptr<DashboardDriver> createCommandLineDriver(QNetworkAccessManager *nam)
{
    return std::make_unique<NezhaAutoDriver>(nam); // detects v0, v1 or v2
}
