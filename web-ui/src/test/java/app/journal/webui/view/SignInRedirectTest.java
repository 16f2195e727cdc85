package app.journal.webui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class SignInRedirectTest {

    @Test
    void paths_of_this_application_are_followed_back() {
        assertThat(SignInRedirect.safeNext("/")).contains("/");
        assertThat(SignInRedirect.safeNext("/entries?page=2")).contains("/entries?page=2");
    }

    @Test
    void anything_that_could_leave_the_application_is_refused() {
        assertThat(SignInRedirect.safeNext(null)).isEmpty();
        assertThat(SignInRedirect.safeNext("")).isEmpty();
        assertThat(SignInRedirect.safeNext("https://evil.example")).isEmpty();
        assertThat(SignInRedirect.safeNext("//evil.example")).isEmpty();
        assertThat(SignInRedirect.safeNext("/\\evil.example")).isEmpty();
        assertThat(SignInRedirect.safeNext("entries")).isEmpty();
        assertThat(SignInRedirect.safeNext("/\nSet-Cookie: x")).isEmpty();
        assertThat(SignInRedirect.safeNext("/" + "a".repeat(3_000))).isEmpty();
    }

    @Test
    void the_way_back_is_the_original_path_with_its_query() {
        assertThat(SignInRedirect.backTo(new Location("")).getSingleParameter("next")).contains("/");
        assertThat(SignInRedirect.backTo(new Location("entries", QueryParameters.of("page", "2")))
                .getSingleParameter("next")).contains("/entries?page=2");
    }

    @Test
    void only_a_safe_next_parameter_is_read() {
        assertThat(SignInRedirect.next(QueryParameters.of("next", "/entries"))).contains("/entries");
        assertThat(SignInRedirect.next(QueryParameters.of("next", "//evil.example"))).isEmpty();
        assertThat(SignInRedirect.next(QueryParameters.empty())).isEmpty();
    }
}
