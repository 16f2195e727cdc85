package app.journal.application.service.admin;

import app.journal.application.port.in.admin.AdminActions;
import app.journal.application.port.in.admin.AdminCaller;
import app.journal.application.port.in.admin.AdminTargetNotFoundException;
import app.journal.application.port.in.admin.LastAdminException;
import app.journal.application.port.in.mfa.ConfirmationGate;
import app.journal.application.port.in.session.RevokeSession.SessionNotFoundException;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMail.AdminTopic;
import app.journal.application.port.out.AdminAudit;
import app.journal.application.port.out.AdminDirectory;
import app.journal.application.port.out.AdminEvents;
import app.journal.application.port.out.Passkeys;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.TwoStepFactors;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
import app.journal.application.service.AccountEvents;
import app.journal.application.service.PendingGrants;
import app.journal.application.service.Throttle;
import app.journal.application.service.account.DeleteAccountService;
import app.journal.domain.InvalidValueException;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.Role;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Administrators' actions. Each: a confirmed session, the per-administrator rate limit, then in ONE unit of work
 * the change, the audit row, and (through {@link AccountEvents}, decision 0020) the person's activity row and
 * notice mail; a failing audit insert rolls all of it back. Sessions end only through {@link UserSessions}, so
 * the database announces it to every node.
 */
public final class AdminActionService implements AdminActions {

    static final int MAX_REASON = 500;

    private final Users users;
    private final UserSessions sessions;
    private final TwoStepFactors factors;
    private final Passkeys passkeys;
    private final PendingGrants grants;
    private final AccountEvents accountEvents;
    private final AdminAudit audit;
    private final AdminDirectory directory;
    private final AdminEvents events;
    private final DeleteAccountService deletion;
    private final ConfirmationGate confirmations;
    private final Throttle throttle;
    private final AdminSettings settings;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public AdminActionService(Users users, UserSessions sessions, TwoStepFactors factors, Passkeys passkeys,
            PendingGrants grants, AccountEvents accountEvents, AdminAudit audit, AdminDirectory directory,
            AdminEvents events, DeleteAccountService deletion, ConfirmationGate confirmations, RateLimiter limiter,
            AdminSettings settings, UnitOfWork unitOfWork, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.factors = Objects.requireNonNull(factors, "factors");
        this.passkeys = Objects.requireNonNull(passkeys, "passkeys");
        this.grants = Objects.requireNonNull(grants, "grants");
        this.accountEvents = Objects.requireNonNull(accountEvents, "accountEvents");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.events = Objects.requireNonNull(events, "events");
        this.deletion = Objects.requireNonNull(deletion, "deletion");
        this.confirmations = Objects.requireNonNull(confirmations, "confirmations");
        this.throttle = new Throttle(Objects.requireNonNull(limiter, "limiter"));
        this.settings = Objects.requireNonNull(settings, "settings");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void signOut(AdminCaller caller, UserId target, @Nullable SessionId sessionId, @Nullable String reason) {
        var why = optionalReason(reason);
        var user = target(caller, target);
        var now = clock.instant();
        int ended = unitOfWork.inTransaction(() -> {
            int count;
            if (sessionId != null) {
                var session = sessions.find(sessionId).filter(s -> s.userId().equals(user.id()))
                        .orElseThrow(SessionNotFoundException::new);
                count = sessions.revoke(session.id(), now, RevokeReason.ADMIN_REVOKED) ? 1 : 0;
            } else {
                count = sessions.revokeAll(user.id(), now, RevokeReason.ADMIN_REVOKED);
            }
            record(caller, SIGNED_OUT, user, why, now);
            accountEvents.happened(user.id(), ActivityKind.ADMIN_SIGNED_OUT, now, caller.client(), sessionId);
            return count;
        });
        done(SIGNED_OUT, ended);
    }

    @Override
    public void disable(AdminCaller caller, UserId target, String reason) {
        var why = requiredReason(reason);
        var user = target(caller, target);
        var now = clock.instant();
        int ended = unitOfWork.inTransaction(() -> {
            if (user.roles().contains(Role.ADMIN) && !user.isDisabled() && directory.lockAdministrators() <= 1) {
                throw new LastAdminException();
            }
            users.changeDisabled(user.id(), now, now);
            int count = sessions.revokeAll(user.id(), now, RevokeReason.ADMIN_REVOKED);
            grants.voidAll(user.id(), now);
            record(caller, DISABLED, user, why, now);
            accountEvents.happened(user.id(), ActivityKind.ADMIN_DISABLED, now, caller.client(), null,
                    notice(caller, user, AdminTopic.ADMIN_DISABLED, now));
            return count;
        });
        done(DISABLED, ended);
    }

    @Override
    public void enable(AdminCaller caller, UserId target) {
        var user = target(caller, target);
        var now = clock.instant();
        unitOfWork.inTransaction(() -> {
            users.changeDisabled(user.id(), null, now);
            record(caller, ENABLED, user, null, now);
            accountEvents.happened(user.id(), ActivityKind.ADMIN_ENABLED, now, caller.client(), null,
                    notice(caller, user, AdminTopic.ADMIN_ENABLED, now));
        });
        done(ENABLED, 0);
    }

    @Override
    public void resetSecondFactor(AdminCaller caller, UserId target) {
        var user = target(caller, target);
        var now = clock.instant();
        unitOfWork.inTransaction(() -> {
            factors.remove(user.id());
            for (var passkey : passkeys.of(user.id())) {
                passkeys.remove(user.id(), passkey.id());
            }
            grants.voidAll(user.id(), now);
            record(caller, SECOND_FACTOR_RESET, user, null, now);
            accountEvents.happened(user.id(), ActivityKind.ADMIN_RESET_SECOND_FACTOR, now, caller.client(), null,
                    notice(caller, user, AdminTopic.ADMIN_RESET_SECOND_FACTOR, now));
        });
        done(SECOND_FACTOR_RESET, 0);
    }

    @Override
    public void sendPasswordReset(AdminCaller caller, UserId target) {
        var user = target(caller, target);
        var now = clock.instant();
        unitOfWork.inTransaction(() -> {
            record(caller, PASSWORD_RESET_MAIL, user, null, now);
            // The same link mail as "forgot password" (its token is minted at delivery).
            accountEvents.happened(user.id(), ActivityKind.ADMIN_PASSWORD_RESET_MAIL, now, caller.client(), null,
                    new AccountMail.PasswordResetLink(user.id(), user.email()));
        });
        done(PASSWORD_RESET_MAIL, 0);
    }

    @Override
    public void sendVerification(AdminCaller caller, UserId target) {
        var user = target(caller, target);
        var now = clock.instant();
        unitOfWork.inTransaction(() -> {
            record(caller, VERIFICATION_MAIL, user, null, now);
            if (!user.isVerified()) {
                accountEvents.notice(new AccountMail.Verification(user.id(), user.email()));
            }
        });
        done(VERIFICATION_MAIL, 0);
    }

    @Override
    public void delete(AdminCaller caller, UserId target, String confirmEmail) {
        var user = target(caller, target);
        if (confirmEmail == null || !user.email().value().equalsIgnoreCase(confirmEmail.strip())) {
            throw new InvalidValueException("confirmEmail", "'confirmEmail' must be the account's address.");
        }
        var now = clock.instant();
        var deleted = deletion.deleteConfirmed(user, caller.client(), () -> {
            // Runs after the DELETE, so the count no longer includes this account: none left means it was the last.
            if (user.roles().contains(Role.ADMIN) && !user.isDisabled() && directory.lockAdministrators() < 1) {
                throw new LastAdminException();
            }
            record(caller, DELETED, user, null, now);
        });
        if (!deleted) {
            throw new AdminTargetNotFoundException();
        }
        done(DELETED, 0);
    }

    @Override
    public void grantAdmin(AdminCaller caller, UserId target) {
        var user = target(caller, target);
        var now = clock.instant();
        unitOfWork.inTransaction(() -> {
            var roles = EnumSet.of(Role.ADMIN);
            roles.addAll(user.roles());
            users.changeRoles(user.id(), roles, now);
            record(caller, ROLE_GRANTED, user, null, now);
        });
        done(ROLE_GRANTED, 0);
    }

    @Override
    public void revokeAdmin(AdminCaller caller, UserId target) {
        var user = target(caller, target);
        var now = clock.instant();
        unitOfWork.inTransaction(() -> {
            if (user.roles().contains(Role.ADMIN) && !user.isDisabled() && directory.lockAdministrators() <= 1) {
                throw new LastAdminException();
            }
            var roles = EnumSet.noneOf(Role.class);
            roles.addAll(user.roles());
            roles.remove(Role.ADMIN);
            users.changeRoles(user.id(), roles, now);
            record(caller, ROLE_REVOKED, user, null, now);
        });
        done(ROLE_REVOKED, 0);
    }

    /** The common start: a confirmed session, the rate limit, the account. */
    private User target(AdminCaller caller, UserId target) {
        confirmations.require(caller.userId(), caller.sessionId());
        throttle.check("admin-actions:" + caller.userId().value(), settings.actionsPerAdmin());
        return users.findById(target).orElseThrow(AdminTargetNotFoundException::new);
    }

    private void record(AdminCaller caller, String action, User target, @Nullable String reason, Instant now) {
        audit.record(new AdminAudit.Entry(UUID.randomUUID(), now, caller.userId(), caller.email().value(), action,
                target.id(), target.email().value(), reason, AccountEvents.truncate(caller.client().clientIp(), 64),
                AccountEvents.truncate(caller.client().userAgent(), 512)));
    }

    private void done(String action, int sessionsEnded) {
        accountEvents.sessionsEnded(sessionsEnded, RevokeReason.ADMIN_REVOKED);
        events.acted(action);
    }

    private AccountMail notice(AdminCaller caller, User user, AdminTopic topic, Instant now) {
        return new AccountMail.AdminNotice(user.id(), user.email(), topic, now, accountEvents.device(caller.client()),
                caller.client().clientIp());
    }

    private static String requiredReason(@Nullable String reason) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new InvalidValueException("reason", "A reason of 1 to " + MAX_REASON + " characters is needed.");
        }
        return reason.strip();
    }

    private static @Nullable String optionalReason(@Nullable String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw new InvalidValueException("reason", "The reason must be at most " + MAX_REASON + " characters.");
        }
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
