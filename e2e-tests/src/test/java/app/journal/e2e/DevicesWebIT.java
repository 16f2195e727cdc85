package app.journal.e2e;

import static app.journal.e2e.JournalPages.ON_LOGIN;
import static app.journal.e2e.JournalPages.assertSignedIn;
import static app.journal.e2e.JournalPages.submitSignIn;
import static app.journal.e2e.JournalPages.uniqueTitle;
import static app.journal.e2e.JournalPages.writeEntry;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.journal.adapter.persistence.testing.TestDatabase;
import app.journal.e2e.JournalTables.ActivityRow;
import app.journal.e2e.JournalTables.SessionRow;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The devices page, security activity and new-device mail (issue 8, M5.T1) with three browser contexts
 * that are three "devices": each sends its own {@code User-Agent} (Firefox on Windows, Chrome on Linux,
 * Safari on an iPhone-sized screen), which the web tier forwards to the API. One account goes through a
 * story, one step per test, in order, on one application for the whole class: sign up and in on A, in on
 * B (a mail about the new device), B signs A out, A is told so at its next action, A and C sign in, B
 * signs out all others, B reads the security activity. Every step checks that page script can read no
 * token and that the HttpOnly refresh cookie is there exactly while the browser is signed in.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevicesWebIT {

    static final String FIREFOX_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
    static final String CHROME_ON_LINUX =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
    static final String SAFARI_ON_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
            + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(30);
    private static final String NEW_DEVICE_SUBJECT = "New sign-in";
    private static final String OTHERS_SIGNED_OUT_SUBJECT = "other devices were signed out";
    private static final Pattern SIGNED_OUT_ELSEWHERE = Pattern.compile("You were signed out from another device");

    private static TestDatabase database;
    private static Mailbox mailbox;
    private static JournalApp app;
    private static Chromium chromium;
    private static JournalTables tables;
    private static String site;
    private static final Screenshots screenshots = new Screenshots("devices");

    /** The one account of the story, and its three devices (a browser context each, with one page). */
    private static final Account account = Account.fresh("devices");
    private static BrowserContext deviceA;
    private static BrowserContext deviceB;
    private static BrowserContext deviceC;
    private static Page pageA;
    private static Page pageB;
    private static Page pageC;
    private static UUID sessionB;

    @BeforeAll
    static void startApplicationMailAndBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        MailedJournal shared = MailedJournal.get();
        database = shared.database;
        mailbox = shared.mailbox;
        app = shared.app;
        site = shared.site;
        tables = new JournalTables(database.dataSource());
        chromium = shared.chromium;
        deviceA = device(FIREFOX_ON_WINDOWS, false);
        deviceB = device(CHROME_ON_LINUX, false);
        pageA = deviceA.newPage();
        pageB = deviceB.newPage();
    }

    @AfterAll
    static void stopEverything() {
        Resources.closeInOrder(deviceC, deviceB, deviceA); // the shared journal stays for the next suite
    }

    @Test
    @Order(1)
    void the_devices_page_names_each_device_in_words_and_marks_this_device_by_its_session() {
        registerAndVerifyOn(pageA);
        signIn(pageA, "signing in on device A (Firefox on Windows)");
        signIn(pageB, "signing in on device B (Chrome on Linux)");

        openFromUserMenu(pageB, "menu-devices");
        assertThat(pageB).hasURL(site + "/account/devices");
        assertThat(pageB.locator("#devices-page")).isVisible();
        assertThat(deviceRows(pageB)).hasCount(2);
        SessionRow a = sessionWithAgent(FIREFOX_ON_WINDOWS);
        SessionRow b = sessionWithAgent(CHROME_ON_LINUX);
        sessionB = b.id();
        assertThat(deviceRow(pageB, "Firefox on Windows")).hasAttribute("data-session-id", a.id().toString());
        assertThat(deviceRow(pageB, "Chrome on Linux")).hasAttribute("data-session-id", b.id().toString());
        assertThat(pageB.locator(".this-device")).hasCount(1);
        assertThat(deviceRow(pageB, "Chrome on Linux").locator("#this-device")).hasText("This device");
        assertThat(deviceRow(pageB, "Firefox on Windows").locator(".this-device")).hasCount(0);
        assertThat(deviceRow(pageB, "Firefox on Windows").locator(".device-sign-out")).isVisible();
        assertThat(deviceRow(pageB, "Chrome on Linux").locator(".this-device-sign-out")).isVisible();
        assertThat(pageB.locator("#sign-out-others")).isVisible();
        BrowserTokens.assertOnlyInHttpOnlyCookie(pageB, "the devices page on B");
        screenshots.take(pageB, "01-devices-on-b");

        // Same list, seen from A: "This device" follows the session, not the page that asks.
        openFromUserMenu(pageA, "menu-devices");
        assertThat(deviceRows(pageA)).hasCount(2);
        assertThat(pageA.locator(".this-device")).hasCount(1);
        assertThat(deviceRow(pageA, "Firefox on Windows").locator("#this-device")).isVisible();
        BrowserTokens.assertOnlyInHttpOnlyCookie(pageA, "the devices page on A");
        screenshots.take(pageA, "02-devices-on-a");
        openFromUserMenu(pageA, "menu-journal");
        assertThat(pageA.locator("#entry-list")).isAttached();
        BrowserTokens.assertOnlyInHttpOnlyCookie(pageA, "back to the journal on A");
    }

    @Test
    @Order(2)
    void a_sign_in_from_a_new_device_is_mailed_naming_the_device_and_linking_to_the_devices_page() {
        Mailbox.Mail notice = mailbox.awaitMail(account.email(), NEW_DEVICE_SUBJECT, 1, MAIL_TIMEOUT);

        Assertions.assertThat(notice.text()).as("the new-device mail").contains("Device: Chrome on Linux")
                .contains("Address: 127.0.0.1").contains(site + "/account/devices").doesNotContain("Firefox on Windows");
        awaitOutboxEmpty();
        Assertions.assertThat(mailbox.mailTo(account.email(), NEW_DEVICE_SUBJECT))
                .as("new-device mails once the outbox is empty: the account's first sign-in (A) sends none")
                .hasSize(1);

        // The link opens B's devices page.
        pageB.navigate(linkToDevices(notice.text()));
        assertThat(pageB.locator("#devices-page")).isVisible();
        assertThat(deviceRows(pageB)).hasCount(2);
        BrowserTokens.assertOnlyInHttpOnlyCookie(pageB, "the devices page opened from the mail");
    }

    @Test
    @Order(3)
    void a_device_signed_out_from_another_lands_on_the_sign_in_page_saying_so_at_its_next_action() {
        SessionRow a = sessionWithAgent(FIREFOX_ON_WINDOWS);
        Locator rowA = deviceRow(pageB, "Firefox on Windows");
        assertThat(rowA.locator(".device-sign-out")).hasAttribute("aria-label", Pattern.compile("Firefox on Windows"));
        rowA.locator(".device-sign-out").click();

        assertDialogOpen(pageB, "sign-out-device-dialog", "Sign out Firefox on Windows?");
        BrowserTokens.assertOnlyInHttpOnlyCookie(pageB, "the sign-out confirmation on B");
        screenshots.take(pageB, "03-sign-out-device-dialog");
        confirmButton(pageB).click();
        assertDialogClosed(pageB, "sign-out-device-dialog");

        assertThat(deviceRows(pageB)).hasCount(1);
        assertThat(deviceRow(pageB, "Chrome on Linux").locator("#this-device")).isVisible();
        assertThat(pageB.locator("#sign-out-others")).not().isVisible();
        SessionRow revoked = tables.session(a.id());
        Assertions.assertThat(revoked.revokedAt()).as("A's session after B signed it out").isNotNull();
        Assertions.assertThat(revoked.revokeReason()).as("revoke_reason").isEqualTo("user_revoked");
        Assertions.assertThat(tables.session(sessionB).revokedAt()).as("B's own session").isNull();
        BrowserTokens.assertOnlyInHttpOnlyCookie(pageB, "B signed A out");
        screenshots.take(pageB, "04-devices-after-signing-out-a");

        // A does not know yet; its next action (saving an entry) tells it.
        String title = uniqueTitle("Written on A after it was signed out");
        writeEntry(pageA, title, "This must not be saved: the device was signed out.");

        assertSignedOutElsewhere(pageA, "A's next action after B signed it out");
        Assertions.assertThat(tables.entriesTitled(title)).as("entries saved by the signed-out device").isZero();
        screenshots.take(pageA, "05-signed-out-elsewhere-on-a");
    }

    @Test
    @Order(4)
    void sign_out_all_other_devices_ends_every_other_session_and_keeps_this_one() {
        submitSignIn(pageA, account);
        assertSignedIn(pageA, account);
        BrowserTokens.assertOnlyInHttpOnlyCookie(pageA, "signing in on A again");
        deviceC = device(SAFARI_ON_IPHONE, true);
        pageC = deviceC.newPage();
        signIn(pageC, "signing in on device C (Safari on iPhone)");
        mailbox.awaitMail(account.email(), NEW_DEVICE_SUBJECT, 2, MAIL_TIMEOUT);

        openFromUserMenu(pageB, "menu-devices");
        assertThat(deviceRows(pageB)).hasCount(3);
        assertThat(deviceRow(pageB, "Safari on iPhone")).hasAttribute("data-session-id",
                sessionWithAgent(SAFARI_ON_IPHONE).id().toString());
        assertThat(deviceRow(pageB, "Firefox on Windows")).hasAttribute("data-session-id",
                sessionWithAgent(FIREFOX_ON_WINDOWS).id().toString());
        assertThat(pageB.locator(".this-device")).hasCount(1);
        assertThat(deviceRow(pageB, "Chrome on Linux").locator("#this-device")).isVisible();
        BrowserTokens.assertOnlyInHttpOnlyCookie(pageB, "three devices on B's devices page");
        screenshots.take(pageB, "06-devices-three");

        pageB.locator("#sign-out-others").click();
        assertDialogOpen(pageB, "sign-out-others-dialog", "Sign out all other devices?");
        screenshots.take(pageB, "07-sign-out-others-dialog");
        confirmButton(pageB).click();
        assertDialogClosed(pageB, "sign-out-others-dialog");

        assertThat(deviceRows(pageB)).hasCount(1);
        assertThat(deviceRow(pageB, "Chrome on Linux")).hasAttribute("data-session-id", sessionB.toString());
        assertThat(deviceRow(pageB, "Chrome on Linux").locator("#this-device")).isVisible();
        assertThat(pageB.locator("#sign-out-others")).not().isVisible();
        Assertions.assertThat(tables.onlyActiveSession(account.email()).id()).as("the one open session").isEqualTo(sessionB);
        BrowserTokens.assertOnlyInHttpOnlyCookie(pageB, "B signed out all others");
        screenshots.take(pageB, "08-only-this-device");

        // A navigates (a page load), C clicks: both are told at that next action.
        pageA.reload();
        assertSignedOutElsewhere(pageA, "A's next page load after B signed out all others");
        String title = uniqueTitle("Written on C after it was signed out");
        writeEntry(pageC, title, "This must not be saved either.");
        assertSignedOutElsewhere(pageC, "C's next action after B signed out all others");
        Assertions.assertThat(tables.entriesTitled(title)).as("entries saved by the signed-out phone").isZero();
        screenshots.take(pageC, "09-signed-out-elsewhere-on-c-phone");

        pageB.reload();
        assertThat(deviceRows(pageB)).hasCount(1);
        BrowserTokens.assertOnlyInHttpOnlyCookie(pageB, "B after a reload: still signed in");

        Mailbox.Mail notice = mailbox.awaitMail(account.email(), OTHERS_SIGNED_OUT_SUBJECT, 1, MAIL_TIMEOUT);
        Assertions.assertThat(notice.text()).as("the all-others mail").contains("2 other devices were signed out")
                .contains("Chrome on Linux").contains(site + "/account/devices");
    }

    @Test
    @Order(5)
    void the_activity_page_shows_the_sign_ins_the_revocation_and_all_others_newest_first() {
        openFromUserMenu(pageB, "menu-activity");
        assertThat(pageB).hasURL(site + "/account/activity");
        assertThat(pageB.locator("#activity-page")).isVisible();
        assertThat(pageB.locator("#activity-table")).isVisible();

        List<ActivityRow> recorded = tables.activity(account.email());
        List<String> expected = List.of(
                "other_sessions_revoked", // B: all others
                "signed_in",              // C, a new device
                "signed_in",              // A again, known
                "session_revoked",        // B signed A out
                "signed_in",              // B, a new device
                "signed_in",              // A, the account's first sign-in (a new device too)
                "email_verified");
        Assertions.assertThat(recorded).extracting(ActivityRow::kind).as("account_activity, newest first")
                .containsExactlyElementsOf(expected);
        Locator rows = pageB.locator(".activity-row");
        assertThat(rows).hasCount(expected.size());
        List<String> shownKinds = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            shownKinds.add(rows.nth(i).getAttribute("data-kind"));
        }
        Assertions.assertThat(shownKinds).as("the activity rows' data-kind, top to bottom").isEqualTo(expected);

        assertRow(rows.nth(0), "All other devices signed out", "Chrome on Linux");
        assertRow(rows.nth(1), "Signed in from a new device", "Safari on iPhone");
        assertRow(rows.nth(2), "Signed in", "Firefox on Windows");
        assertThat(rows.nth(2)).not().containsText("new device");
        assertRow(rows.nth(3), "Signed out from another device", "Chrome on Linux");
        assertRow(rows.nth(4), "Signed in from a new device", "Chrome on Linux");
        // The account's first sign-in is from a device it had not used (yet no mail: nothing to compare with).
        assertRow(rows.nth(5), "Signed in from a new device", "Firefox on Windows");
        assertRow(rows.nth(6), "Email address verified", "");
        Assertions.assertThat(recorded.get(3).sessionId()).as("the revocation concerns A's first session")
                .isEqualTo(tables.allSessions(account.email()).stream()
                        .filter(s -> FIREFOX_ON_WINDOWS.equals(s.userAgent()))
                        .map(SessionRow::id).reduce((newer, older) -> older).orElseThrow());

        BrowserTokens.assertOnlyInHttpOnlyCookie(pageB, "the activity page on B");
        screenshots.take(pageB, "10-activity");
    }

    /**
     * axe-core on every state of the new pages, last, so that a finding does not hide the story: the
     * devices page with another device (so the per-device and all-others buttons show), each
     * confirmation dialog, the activity page, and the sign-in page saying "signed out from another device".
     */
    @Test
    @Order(6)
    void the_devices_and_activity_pages_and_their_dialogs_have_no_serious_accessibility_violations() {
        List<String> findings = new ArrayList<>();
        scan(pageC, "the sign-in page saying the device was signed out elsewhere (phone)", findings);
        scan(pageB, "the security activity page", findings);

        submitSignIn(pageA, account);
        assertSignedIn(pageA, account);
        BrowserTokens.assertOnlyInHttpOnlyCookie(pageA, "signing in on A once more");
        openFromUserMenu(pageB, "menu-devices");
        assertThat(deviceRows(pageB)).hasCount(2);
        assertThat(pageB.locator("#sign-out-others")).isVisible();
        scan(pageB, "the devices page with two devices", findings);

        deviceRow(pageB, "Firefox on Windows").locator(".device-sign-out").click();
        assertDialogOpen(pageB, "sign-out-device-dialog", "Sign out Firefox on Windows?");
        scan(pageB, "the devices page, confirming to sign out one device", findings);
        cancelButton(pageB).click();
        assertDialogClosed(pageB, "sign-out-device-dialog");

        pageB.locator("#sign-out-others").click();
        assertDialogOpen(pageB, "sign-out-others-dialog", "Sign out all other devices?");
        scan(pageB, "the devices page, confirming to sign out all others", findings);
        cancelButton(pageB).click();
        assertDialogClosed(pageB, "sign-out-others-dialog");
        Assertions.assertThat(tables.activeSessions(account.email())).as("open sessions after cancelling both").hasSize(2);
        BrowserTokens.assertOnlyInHttpOnlyCookie(pageB, "the devices page after cancelling");

        Assertions.assertThat(findings).as("axe-core findings of impact serious or critical").isEmpty();
    }

    private static void scan(Page page, String what, List<String> findings) {
        try {
            Accessibility.assertNoSeriousViolations(page, what);
        } catch (AssertionError violations) {
            findings.add(violations.getMessage());
        }
    }

    /** Closed: still in the page without "opened", or already removed (Vaadin removes a closed dialog). */
    private static void assertDialogClosed(Page page, String id) {
        assertThat(page.locator("#" + id + "[opened]")).hasCount(0);
    }

    private static void assertDialogOpen(Page page, String id, String title) {
        Locator dialog = page.locator("#" + id);
        assertThat(dialog).hasAttribute("opened", "");
        assertThat(dialog).hasAttribute("aria-label", title);
        assertThat(confirmButton(page)).isVisible();
        assertThat(cancelButton(page)).isVisible();
    }

    /** The open dialog's confirm button (a closed dialog may linger in the page for a moment). */
    private static Locator confirmButton(Page page) {
        return page.locator("#confirm-sign-out").filter(new Locator.FilterOptions().setVisible(true));
    }

    private static Locator cancelButton(Page page) {
        return page.locator(".cancel-sign-out").filter(new Locator.FilterOptions().setVisible(true));
    }

    private static void assertRow(Locator row, String what, String device) {
        assertThat(row.locator("td").nth(1)).hasText(what);
        if (!device.isEmpty()) {
            assertThat(row.locator("td").nth(2)).hasText(device);
        }
    }

    /** Signs up on {@code page} through the browser and follows the mailed link, as a person does. */
    private static void registerAndVerifyOn(Page page) {
        page.navigate(site + "/register");
        page.locator("#register-email input").fill(account.email());
        page.locator("#register-password input").fill(account.password());
        page.locator("#register-submit").click();
        assertThat(page).hasURL(site + "/check-mail");
        URI link = mailbox.awaitVerificationLink(account.email(), MAIL_TIMEOUT);
        page.navigate(link.toString());
        assertThat(page.locator("#verify-success")).isVisible();
        BrowserTokens.assertNoRefreshCookie(page, "verified, not signed in yet");
    }

    private static void signIn(Page page, String step) {
        JournalPages.signIn(page, site, account);
        BrowserTokens.assertOnlyInHttpOnlyCookie(page, step);
    }

    private static void assertSignedOutElsewhere(Page page, String step) {
        assertThat(page).hasURL(ON_LOGIN);
        assertThat(page.locator("#signed-out-elsewhere")).isVisible();
        assertThat(page.locator("#signed-out-elsewhere")).containsText(SIGNED_OUT_ELSEWHERE);
        assertThat(page.locator("#session-ended")).not().isVisible();
        // The refused cookie was cleared: nothing to restore from, no refresh loop.
        BrowserTokens.assertNoRefreshCookie(page, step);
    }

    /** Opens the user menu (its items sit in a sub-menu) and picks the item {@code id}. */
    private static void openFromUserMenu(Page page, String id) {
        JournalPages.pickFromUserMenu(page, id);
    }

    private static Locator deviceRows(Page page) {
        return page.locator(".device-row");
    }

    /** The device row whose heading is exactly {@code device}. */
    private static Locator deviceRow(Page page, String device) {
        return deviceRows(page).filter(new Locator.FilterOptions()
                .setHas(page.locator("h3", new Page.LocatorOptions().setHasText(Pattern.compile("^" + device + "$")))));
    }

    /** The one open session recorded with exactly this user agent: what the web tier forwarded. */
    private static SessionRow sessionWithAgent(String userAgent) {
        List<SessionRow> matching = tables.activeSessions(account.email()).stream()
                .filter(session -> userAgent.equals(session.userAgent()))
                .toList();
        Assertions.assertThat(matching).as("open sessions recorded with the user agent " + userAgent
                + " (all open: " + tables.activeSessions(account.email()).stream().map(SessionRow::userAgent).toList() + ")")
                .hasSize(1);
        return matching.getFirst();
    }

    private static String linkToDevices(String text) {
        var link = Pattern.compile(Pattern.quote(site) + "/account/devices\\b").matcher(text);
        Assertions.assertThat(link.find()).as("a link to the devices page in:\n" + text).isTrue();
        return link.group();
    }

    /** Waits until every mail of the account left the outbox, so that a missing mail is really missing. */
    private static void awaitOutboxEmpty() {
        Instant deadline = Instant.now().plus(MAIL_TIMEOUT);
        while (tables.queuedMail(account.email()) > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Mail of " + account + " still queued after " + MAIL_TIMEOUT.toSeconds() + " s");
            }
            pageB.waitForTimeout(200);
        }
    }

    /** A browser context that is one device: its own user agent (and, for a phone, its screen). */
    private static BrowserContext device(String userAgent, boolean phone) {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setUserAgent(userAgent);
        if (phone) {
            options.setViewportSize(390, 844).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true);
        }
        BrowserContext context = chromium.newContext(options);
        context.setDefaultTimeout(20_000);
        return context;
    }
}
