package app.journal.webui.view;

import app.journal.webui.WebUiProperties;
import app.journal.webui.api.JournalApiClient;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;

/**
 * Access is denied by default: one {@code BeforeEnterListener} on every UI decides, before any view
 * runs, who may open a route.
 *
 * <ul>
 *   <li>Accounts on: a route marked {@link PublicPage} is open to anyone; every other route needs a
 *       signed-in person, or a browser whose refresh cookie restores the sign-in ({@link SignInGuard});
 *       anyone else goes to {@code /login?next=<the route>}, which says why (a refused cookie, an API that
 *       cannot answer right now).</li>
 *   <li>Accounts off (demo mode): only routes marked {@link DemoPage} exist; the others answer "not
 *       found".</li>
 * </ul>
 *
 * <p>Vaadin's error views (not found, internal error) are always shown. A Spring bean: Vaadin's Spring
 * integration registers every {@link VaadinServiceInitListener} bean. A component of its own (found by
 * the application's scan of {@code app.journal}), so that the configuration package never depends on
 * the views: no package cycle.
 */
@Component
public final class AccessControl implements VaadinServiceInitListener {

    /** What becomes of a navigation. */
    enum Decision {
        ALLOW, SIGN_IN, NOT_FOUND
    }

    private final JournalApiClient api;
    private final boolean accounts;

    public AccessControl(JournalApiClient api, WebUiProperties properties) {
        this.api = Objects.requireNonNull(api, "api");
        this.accounts = properties.userMgmtEnabled();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        if (event.hasErrorParameter()) {
            return;
        }
        Class<?> target = event.getNavigationTarget();
        switch (decide(target, accounts, () -> SignInGuard.check(api) instanceof SignInGuard.SignedIn)) {
            case ALLOW -> { }
            case SIGN_IN -> event.forwardTo(Routes.LOGIN, SignInRedirect.backTo(event.getLocation()));
            case NOT_FOUND -> event.rerouteToError(NotFoundException.class);
        }
    }

    /**
     * The rule itself.
     *
     * @param signedIn asked only for a route that needs a sign-in (it may restore one from the cookie)
     */
    static Decision decide(Class<?> target, boolean accounts, BooleanSupplier signedIn) {
        if (HasErrorParameter.class.isAssignableFrom(target)) {
            return Decision.ALLOW;
        }
        if (!accounts) {
            return target.isAnnotationPresent(DemoPage.class) ? Decision.ALLOW : Decision.NOT_FOUND;
        }
        if (target.isAnnotationPresent(PublicPage.class)) {
            return Decision.ALLOW;
        }
        return signedIn.getAsBoolean() ? Decision.ALLOW : Decision.SIGN_IN;
    }
}
