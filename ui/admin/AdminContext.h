#pragma once

// What every admin page shares: the Grafana client it sends commands to and the confirmation seam.
// Owned by AdminPane, handed to each page by pointer; pages read it at the moment of use so a test can
// swap the confirmer. GUI thread.

class AdminConfirmer;
class GrafanaClient;

struct AdminContext
{
    GrafanaClient *client = nullptr;
    AdminConfirmer *confirmer = nullptr;
};
