package app.journal.webui.view;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.webui.view.AccessControl.Decision;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteNotFoundError;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import app.journal.webui.view.account.AccountView;
import app.journal.webui.view.account.ActivityView;
import app.journal.webui.view.signin.CancelEmailChangeView;
import app.journal.webui.view.signin.CheckMailView;
import app.journal.webui.view.signin.ConfirmEmailView;
import app.journal.webui.view.devices.DevicesView;
import app.journal.webui.view.signin.ForgotPasswordView;
import app.journal.webui.view.journal.JournalView;
import app.journal.webui.view.signin.LoginView;
import app.journal.webui.view.signin.RegisterView;
import app.journal.webui.view.signin.ResetPasswordView;
import app.journal.webui.view.signin.SecondStepView;
import app.journal.webui.view.account.SecurityView;
import app.journal.webui.view.signin.VerifyView;

/** Access is denied by default: a route needs a signed-in person unless it is marked {@link PublicPage}. */
class AccessControlTest {

    /** A route someone adds tomorrow and forgets to think about. */
    @Route("something-new")
    static class SomethingNew extends Div {
    }

    private static final BooleanSupplier ANONYMOUS = () -> false;
    private static final BooleanSupplier SIGNED_IN = () -> true;

    @Test
    void a_new_route_without_the_mark_sends_an_anonymous_visitor_to_the_sign_in_page() {
        assertThat(AccessControl.decide(SomethingNew.class, true, ANONYMOUS)).isEqualTo(Decision.SIGN_IN);
    }

    @Test
    void a_new_route_without_the_mark_opens_for_a_signed_in_person() {
        assertThat(AccessControl.decide(SomethingNew.class, true, SIGNED_IN)).isEqualTo(Decision.ALLOW);
    }

    @Test
    void the_signed_in_pages_send_an_anonymous_visitor_to_the_sign_in_page() {
        for (Class<?> page : new Class<?>[] {JournalView.class, DevicesView.class, ActivityView.class,
                AccountView.class, SecurityView.class}) {
            assertThat(AccessControl.decide(page, true, ANONYMOUS)).as(page.getSimpleName()).isEqualTo(Decision.SIGN_IN);
        }
    }

    @Test
    void the_sign_in_pages_are_public_and_do_not_even_ask_who_is_signed_in() {
        AtomicInteger asked = new AtomicInteger();
        BooleanSupplier counting = () -> {
            asked.incrementAndGet();
            return false;
        };
        for (Class<?> page : new Class<?>[] {LoginView.class, RegisterView.class, CheckMailView.class,
                VerifyView.class, ForgotPasswordView.class, ResetPasswordView.class, ConfirmEmailView.class,
                CancelEmailChangeView.class, SecondStepView.class}) {
            assertThat(AccessControl.decide(page, true, counting)).as(page.getSimpleName()).isEqualTo(Decision.ALLOW);
        }
        assertThat(asked).hasValue(0);
    }

    @Test
    void in_demo_mode_only_the_journal_exists() {
        assertThat(AccessControl.decide(JournalView.class, false, ANONYMOUS)).isEqualTo(Decision.ALLOW);
        for (Class<?> page : new Class<?>[] {DevicesView.class, ActivityView.class, LoginView.class,
                AccountView.class, ForgotPasswordView.class, ResetPasswordView.class, SomethingNew.class,
                SecurityView.class, SecondStepView.class}) {
            assertThat(AccessControl.decide(page, false, SIGNED_IN)).as(page.getSimpleName())
                    .isEqualTo(Decision.NOT_FOUND);
        }
    }

    @Test
    void error_views_are_always_shown() {
        assertThat(AccessControl.decide(RouteNotFoundError.class, true, ANONYMOUS)).isEqualTo(Decision.ALLOW);
        assertThat(AccessControl.decide(RouteNotFoundError.class, false, ANONYMOUS)).isEqualTo(Decision.ALLOW);
    }
}
