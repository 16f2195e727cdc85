package app.journal.application.service.account;

import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMail.NewDeviceSignIn;
import app.journal.application.port.out.AccountMail.OtherDevicesSignedOut;
import app.journal.application.port.out.AccountMail.RefreshTokenReplayed;
import app.journal.application.port.out.AccountMail.Verification;
import app.journal.application.port.out.OutgoingMail;
import app.journal.domain.user.EmailAddress;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What each kind of account mail says. One method per kind, chosen by an exhaustive switch: a new kind
 * does not compile until it has its words. Links come in from {@link AccountLinks}; nothing here
 * builds one.
 */
final class AccountMailContent {

    /** "Tuesday 1 December 2026, 21:05 UTC": times in mail are UTC and spelled out. */
    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final String product;

    AccountMailContent(String productName) {
        this.product = Objects.requireNonNull(productName, "productName");
    }

    /** @param link the one link of this mail: the verify page with a fresh token, or the devices page */
    OutgoingMail render(AccountMail mail, URI link) {
        return switch (mail) {
            case Verification v -> new OutgoingMail(v.to(), "Confirm your email for " + product,
                    List.of("Hello,",
                            "Thanks for signing up for " + product
                                    + ". Please confirm your email address by opening this link:"),
                    "Confirm my email", link,
                    List.of("This link expires soon. If it has expired, you can ask " + product + " for a new one.",
                            "If you did not sign up, ignore this mail.", product));
            case NewDeviceSignIn n -> notice(n.to(), "New sign-in to your " + product + " account",
                    "Your " + product + " account was just signed in to from a device it has not used before.",
                    n.at(), n.device(), n.clientIp(), link,
                    "If this was you, there is nothing to do. If it was not, sign that device out and change "
                            + "your password.");
            case RefreshTokenReplayed r -> notice(r.to(),
                    "A device was signed out of your " + product + " account",
                    "An old sign-in token of one of your devices was used again. A copy of it may have been "
                            + "stolen, so " + product + " signed that device out.",
                    r.at(), r.device(), r.clientIp(), link,
                    "If that device is yours, sign in on it again. If you see a device you do not know, sign it "
                            + "out and change your password.");
            case OtherDevicesSignedOut o -> notice(o.to(),
                    "Your other devices were signed out of " + product,
                    (o.signedOut() == 1 ? "1 other device was" : o.signedOut() + " other devices were")
                            + " signed out of your " + product + " account, at the request of this device:",
                    o.at(), o.device(), o.clientIp(), link,
                    "If this was not you, someone else is signed in to your account: change your password.");
            case AccountMail.PasswordResetLink r -> new OutgoingMail(r.to(), "Reset your " + product + " password",
                    List.of("Hello,",
                            "Someone (hopefully you) asked to reset the password of the " + product
                                    + " account that uses this address. Choose a new password by opening this link:"),
                    "Choose a new password", link,
                    List.of("The link works once and expires soon. Opening it signs every device out of the account.",
                            "If you did not ask for this, ignore this mail: your password stays as it is.", product));
            case AccountMail.PasswordChanged p -> event(p.to(), "Your " + product + " password was changed",
                    (p.viaReset()
                            ? "The password of your " + product + " account was reset through a link mailed to "
                                    + "this address, and every device was signed out."
                            : "The password of your " + product + " account was changed"
                                    + (p.signedOut() == 0 ? "." : ", and " + (p.signedOut() == 1 ? "1 other device was"
                                            : p.signedOut() + " other devices were") + " signed out.")),
                    p.at(), p.device(), p.clientIp(),
                    "If this was you, there is nothing to do. If it was not, reset your password now:",
                    "Reset my password", link);
            case AccountMail.EmailChangeLink e -> new OutgoingMail(e.to(), "Confirm your new email for " + product,
                    List.of("Hello,",
                            "Someone (hopefully you) asked to use this address for their " + product
                                    + " account. Confirm it by opening this link:"),
                    "Confirm my new email", link,
                    List.of("The account keeps its old address until you do. The link works once and expires.",
                            "If you did not ask for this, ignore this mail.", product));
            case AccountMail.EmailChangeRequested r -> event(r.to(),
                    "Someone asked to change the email of your " + product + " account",
                    "Someone signed in to your " + product + " account asked to move it to the address "
                            + r.maskedNewEmail() + ". The account keeps this address unless the new one is "
                            + "confirmed.",
                    r.at(), r.device(), r.clientIp(),
                    "If this was you, there is nothing to do. If it was not, someone knows your password: cancel "
                            + "the change with this link, then change your password.",
                    "Cancel the change", link);
            case AccountMail.EmailChanged e -> event(e.to(), "The email of your " + product + " account was changed",
                    "Your " + product + " account no longer uses this address: a new address was confirmed.",
                    e.at(), e.device(), e.clientIp(),
                    "If this was you, there is nothing to do. If it was not, someone else controls your account.",
                    "Open " + product, link);
            case AccountMail.AccountDeleted d -> event(d.to(), "Your " + product + " account was deleted",
                    "Your " + product + " account and everything in it (entries, devices, activity) were deleted, "
                            + "as asked with its password.",
                    d.at(), d.device(), d.clientIp(),
                    "This cannot be undone. You get no more mail about it.", "Open " + product, link);
            case AccountMail.TwoStepNotice t -> twoStep(t, link);
            case AccountMail.PasskeyNotice n -> passkey(n, link);
            case AccountMail.AdminNotice n -> admin(n, link);
        };
    }

    /** The second factor's notices: each says what happened and what to do if it was not the person. */
    private OutgoingMail twoStep(AccountMail.TwoStepNotice t, URI securityPage) {
        var notYou = "If this was not you, someone else knows your password: change it now and check your "
                + "account's security page:";
        return switch (t.topic()) {
            case TWO_STEP_ENABLED -> event(t.to(), "Two-step verification is on for your " + product + " account",
                    "Two-step verification was turned on: signing in now needs your password and a code from your "
                            + "authenticator app (or one of your recovery codes).",
                    t.at(), t.device(), t.clientIp(), notYou, "Review my security", securityPage);
            case TWO_STEP_DISABLED -> event(t.to(), "Two-step verification is off for your " + product + " account",
                    "Two-step verification was turned off: your password alone now signs in to your account.",
                    t.at(), t.device(), t.clientIp(), notYou, "Review my security", securityPage);
            case RECOVERY_CODES_GENERATED -> event(t.to(), "New recovery codes for your " + product + " account",
                    "A new set of recovery codes was made for your account. The earlier codes no longer work.",
                    t.at(), t.device(), t.clientIp(), notYou, "Review my security", securityPage);
            case RECOVERY_CODE_USED -> event(t.to(), "A recovery code was used to sign in to " + product,
                    "A recovery code was used instead of your authenticator app's code. "
                            + (t.amount() == 1 ? "1 recovery code is" : t.amount() + " recovery codes are")
                            + " left" + (t.amount() <= 3 ? ": generate a new set soon." : "."),
                    t.at(), t.device(), t.clientIp(), notYou, "Review my security", securityPage);
            case SECOND_STEP_FAILED_REPEATEDLY -> event(t.to(),
                    "Someone entered your " + product + " password correctly",
                    "Your password was entered correctly, but the code from the authenticator app was wrong "
                            + t.amount() + " times. Two-step verification stopped them, but they know your password.",
                    t.at(), t.device(), t.clientIp(),
                    "If this was not you, change your password now:", "Change my password", securityPage);
        };
    }

    /** What an administrator did to the account (issue 17): what happened and whom to ask. */
    private OutgoingMail admin(AccountMail.AdminNotice n, URI securityPage) {
        var ask = "If you do not know why, answer this mail or contact the people who run this " + product + ":";
        return switch (n.topic()) {
            case ADMIN_DISABLED -> event(n.to(), "Your " + product + " account was disabled",
                    "An administrator disabled your account: every device was signed out and it cannot sign in "
                            + "until an administrator enables it again. Your entries are kept.",
                    n.at(), n.device(), n.clientIp(), ask, "Open " + product, securityPage);
            case ADMIN_ENABLED -> event(n.to(), "Your " + product + " account was enabled again",
                    "An administrator enabled your account: you can sign in again.",
                    n.at(), n.device(), n.clientIp(), ask, "Sign in", securityPage);
            case ADMIN_RESET_SECOND_FACTOR -> event(n.to(), "The second factor of your " + product + " account was reset",
                    "An administrator turned two-step verification off and removed your recovery codes and passkeys: "
                            + "your password alone now signs in. Set up two-step verification or a passkey again.",
                    n.at(), n.device(), n.clientIp(), ask, "Review my security", securityPage);
        };
    }

    /** The passkeys' notices: what happened, from where, and what to do if it was not the person. */
    private OutgoingMail passkey(AccountMail.PasskeyNotice n, URI securityPage) {
        var notYou = "If this was not you, someone else may control your account: change your password, remove the "
                + "passkeys you do not know and check your account's security page:";
        return switch (n.topic()) {
            case PASSKEY_ADDED -> event(n.to(), "A passkey was added to your " + product + " account",
                    "A passkey was added to your account: it can now sign in without your password.",
                    n.at(), n.device(), n.clientIp(), notYou, "Review my security", securityPage);
            case PASSKEY_REMOVED -> event(n.to(), "A passkey was removed from your " + product + " account",
                    "A passkey was removed from your account: it can no longer sign in.",
                    n.at(), n.device(), n.clientIp(), notYou, "Review my security", securityPage);
            case PASSKEY_COUNTER_REGRESSED -> event(n.to(),
                    "A sign-in to " + product + " with a copied passkey was refused",
                    "Someone tried to sign in with one of your passkeys, but its signature counter went backwards: "
                            + "the passkey may have been copied. The sign-in was refused.",
                    n.at(), n.device(), n.clientIp(),
                    "Remove that passkey and add a new one; if you do not know this sign-in, check your account:",
                    "Review my security", securityPage);
        };
    }

    /** A notice about a change to the account: what, when, from where, and one link. */
    private OutgoingMail event(EmailAddress to, String subject, String whatHappened, Instant at, String device,
            @Nullable String clientIp, String advice, String action, URI link) {
        return new OutgoingMail(to, subject, List.of("Hello,", whatHappened, facts(at, device, clientIp), advice),
                action, link, List.of("You get this mail because it is about your " + product + " account.", product));
    }

    /** A notice about a device: {@link #event} with the devices page as its link. */
    private OutgoingMail notice(EmailAddress to, String subject, String whatHappened, Instant at, String device,
            @Nullable String clientIp, URI devicesPage, String advice) {
        return event(to, subject, whatHappened, at, device, clientIp,
                advice + " Review the devices signed in to your account:", "Review my devices", devicesPage);
    }

    /** When (UTC, spelled out), which device, which address: the same three lines in every notice. */
    private static String facts(Instant at, String device, @Nullable String clientIp) {
        return "When: " + WHEN.format(at) + "\nDevice: " + device + "\nAddress: "
                + (clientIp == null || clientIp.isBlank() ? "unknown" : clientIp);
    }
}
