#pragma once

// The REST half of the v1/v2 demo dashboard (nezha.md 5): login, refresh-token, profile, setting, server,
// server-group and (v2) server/:id/metrics, with the real envelopes ({"success":true,"data":...} or an HTTP 200
// {"error":...}), the real auth split (strict routes answer ApiErrorUnauthorized, optional routes fall back to
// a guest view), v2's CSRF double-submit on refresh, personal access tokens with scopes and server bindings,
// and gin's 404 JSON for unknown /api/ routes. DemoDashboard calls handle() for every request once its WAF and
// fault modes let it through; DemoStream shares authorize() and visibleServers() for the WebSocket.
// Main thread; owns nothing but borrows the dashboard's fleet and DemoAuth.

#include "demo/v1/DemoAuth.h"
#include "demo/v1/DemoRequest.h"
#include "ServerSnapshot.h"

#include <QJsonObject>
#include <optional>

class DemoDashboard;

class DemoNezhaV1
{
public:
    // Who is asking, once authorize() let the request through. No user = guest.
    struct Caller
    {
        const DemoAuth::User *user = nullptr;
        const DemoAuth::Pat *pat = nullptr;
        bool guest() const { return user == nullptr; }
        bool admin() const { return user && user->role == DemoAuth::Role::Admin; }
    };
    enum class Access { Optional, Strict, StrictNoPat };

    explicit DemoNezhaV1(DemoDashboard &dashboard) : m_demo(dashboard) {}

    DemoAnswer handle(const DemoRequest &request);

    // Resolves the caller (v2 PAT as Bearer nzp_..., else a JWT from the Authorization header, ?token= or the
    // nz-jwt cookie). Returns the refusal when the request must not go on: a bad PAT is HTTP 401 (and a WAF
    // strike), a PAT without `scope` is HTTP 403, a missing/expired JWT on a strict route is HTTP 200
    // ApiErrorUnauthorized; on optional routes a bad JWT is just a guest.
    std::optional<DemoAnswer> authorize(const DemoRequest &request, Access access, const char *scope, Caller *caller);
    // The fleet as `caller` may see it in the stream and lists: display_index desc, id asc; guests lose
    // hide_for_guest servers; a PAT bound to servers sees only those.
    QList<ServerSnapshot> visibleServers(const Caller &caller) const;

private:
    bool v2() const;
    DemoAnswer login(const DemoRequest &request);
    DemoAnswer refresh(const DemoRequest &request);
    DemoAnswer profile(const DemoRequest &request);
    DemoAnswer setting(const DemoRequest &request);
    DemoAnswer serverList(const DemoRequest &request);
    DemoAnswer serverGroups(const DemoRequest &request);
    DemoAnswer metrics(const DemoRequest &request, const QString &idText);
    DemoAnswer tokenAnswer(const DemoAuth::Login &login) const;
    QJsonObject settingConfig(bool admin) const;
    void healCsrf(const DemoRequest &request, DemoAnswer &answer) const;

    DemoDashboard &m_demo;
};
