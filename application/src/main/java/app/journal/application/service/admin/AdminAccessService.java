package app.journal.application.service.admin;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.admin.AdminAccess;
import app.journal.application.port.in.admin.AdminCaller;
import app.journal.application.port.in.admin.AdminNeedsSecondFactorException;
import app.journal.application.port.in.admin.AdminOnlyException;
import app.journal.application.port.out.Passkeys;
import app.journal.application.port.out.Users;
import app.journal.application.service.mfa.FactorChecks;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.Role;
import app.journal.domain.user.UserId;
import java.util.Objects;

/**
 * Reads the account on every request: a role revoked or an account disabled a moment ago stops its next request,
 * whatever its access token still says.
 */
public final class AdminAccessService implements AdminAccess {

    private final Users users;
    private final FactorChecks factors;
    private final Passkeys passkeys;
    private final AdminSettings settings;

    public AdminAccessService(Users users, FactorChecks factors, Passkeys passkeys, AdminSettings settings) {
        this.users = Objects.requireNonNull(users, "users");
        this.factors = Objects.requireNonNull(factors, "factors");
        this.passkeys = Objects.requireNonNull(passkeys, "passkeys");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public AdminCaller check(UserId userId, SessionId sessionId, ClientInfo client) {
        var user = users.findById(userId)
                .filter(u -> !u.isDisabled() && u.roles().contains(Role.ADMIN))
                .orElseThrow(AdminOnlyException::new);
        if (settings.requireSecondFactor() && !factors.enabled(userId) && passkeys.count(userId) == 0) {
            throw new AdminNeedsSecondFactorException();
        }
        return new AdminCaller(user.id(), user.email(), sessionId, client);
    }
}
