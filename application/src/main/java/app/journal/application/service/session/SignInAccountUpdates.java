package app.journal.application.service.session;

import app.journal.application.port.out.AdminAudit;
import app.journal.application.port.out.Users;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.Role;
import app.journal.domain.user.User;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What every sign-in changes on its account, inside the sign-in's unit of work: the time of the last sign-in
 * and the administrators' bootstrap: a <em>verified</em> account whose address is in {@code journal.admin.emails}
 * gets the admin role, recorded in the audit log with the configuration as the actor. Removing an address from
 * the setting takes nothing away (an administrator revokes the role).
 */
public final class SignInAccountUpdates {

    private final @Nullable Users users;
    private final @Nullable AdminAudit audit;
    private final Set<EmailAddress> adminEmails;

    public SignInAccountUpdates(Users users, AdminAudit audit, Set<EmailAddress> adminEmails) {
        this.users = Objects.requireNonNull(users, "users");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.adminEmails = Set.copyOf(adminEmails);
    }

    private SignInAccountUpdates() {
        this.users = null;
        this.audit = null;
        this.adminEmails = Set.of();
    }

    /** Changes nothing (for tests of the sign-in alone). */
    public static SignInAccountUpdates none() {
        return new SignInAccountUpdates();
    }

    /** @return the account as it is after the sign-in (with the admin role when this granted it) */
    User apply(User user, Instant now, @Nullable String userAgent, @Nullable String clientIp) {
        if (users == null || audit == null) {
            return user;
        }
        users.signedIn(user.id(), now);
        if (!user.isVerified() || user.roles().contains(Role.ADMIN) || !adminEmails.contains(user.email())) {
            return user;
        }
        var roles = EnumSet.of(Role.ADMIN);
        roles.addAll(user.roles());
        users.changeRoles(user.id(), roles, now);
        audit.record(new AdminAudit.Entry(UUID.randomUUID(), now, null, AdminAudit.CONFIGURATION, "role_granted",
                user.id(), user.email().value(), "journal.admin.emails", clientIp, userAgent));
        return new User(user.id(), user.email(), user.passwordHash(), user.emailVerifiedAt(), roles, user.disabledAt(),
                user.createdAt(), now);
    }
}
