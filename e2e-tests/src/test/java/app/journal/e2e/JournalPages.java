package app.journal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.regex.Pattern;

/** What a person does on Journal's pages with accounts on, by the element ids of web-ui/README.md. */
final class JournalPages {

    static final Pattern ON_LOGIN = Pattern.compile("/login(\\?.*)?$");

    private JournalPages() {}

    /** Opens {@code site/login}, signs in and checks that the journal shows the account. */
    static void signIn(Page page, String site, Account account) {
        page.navigate(site + "/login");
        submitSignIn(page, account);
        assertSignedIn(page, account);
    }

    /** Fills in the sign-in form and submits it, "Keep me signed in" left as it is (unchecked). */
    static void submitSignIn(Page page, Account account) {
        page.locator("#login-email input").fill(account.email());
        page.locator("#login-password input").fill(account.password());
        page.locator("#login-submit").click();
    }

    /** As {@link #submitSignIn}, with "Keep me signed in" ticked. */
    static void submitSignInKeepingMeSignedIn(Page page, Account account) {
        page.locator("#remember-me input").check();
        submitSignIn(page, account);
    }

    static void assertSignedIn(Page page, Account account) {
        assertThat(page.locator("#user-menu")).isVisible();
        assertThat(page.locator("#user-menu").getByText(account.email()).first()).isVisible();
        assertThat(page.locator("#entry-list")).isAttached();
    }

    static void assertOnLoginPage(Page page) {
        assertThat(page).hasURL(ON_LOGIN);
        assertThat(page.locator("#login-email")).isVisible();
    }

    /** The user menu's sign-out item (see {@link #pickFromUserMenu}). */
    static void signOut(Page page) {
        pickFromUserMenu(page, "sign-out");
    }

    /**
     * Opens the user menu (its items sit in a sub-menu) and clicks the item with id {@code itemId}, as a person
     * would, opening the menu again when it closed before the click landed (the server re-sends the menu's
     * items after a navigation, which closes it), a few times. In a background tab the menu closes as it
     * opens (no focus): a test with two tabs brings the one it clicks in to the front first.
     */
    static void pickFromUserMenu(Page page, String itemId) {
        Locator item = page.locator("#" + itemId);
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                if (!item.isVisible()) {
                    page.locator("#user-menu vaadin-menu-bar-button").first().click(
                            new Locator.ClickOptions().setTimeout(5_000));
                }
                item.click(new Locator.ClickOptions().setTimeout(3_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError closedAgain) {
                page.keyboard().press("Escape");
            }
        }
        item.click();
    }

    static void writeEntry(Page page, String title, String body) {
        page.locator("#entry-title input").fill(title);
        page.locator("#entry-body textarea").fill(body);
        page.locator("#save-entry").click();
    }

    /** The card of the entry titled exactly {@code title}. */
    static Locator card(Page page, String title) {
        // Playwright hands the pattern to JavaScript, which knows no \Q..\E quoting: escape by hand.
        String literal = title.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0");
        Pattern exactly = Pattern.compile("^\\s*" + literal + "\\s*$");
        return page.locator(".entry-card").filter(new Locator.FilterOptions()
                .setHas(page.locator(".entry-title", new Page.LocatorOptions().setHasText(exactly))));
    }

    static String uniqueTitle(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
