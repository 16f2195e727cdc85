package app.journal.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.adapter.rest.problem.AccountSessionRequiredException;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.Role;
import app.journal.domain.user.UserId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JournalPrincipalTest {

    @Test
    void an_account_token_acts_through_its_session() {
        var session = SessionId.random();

        assertThat(new JournalPrincipal(UserId.random(), session, Set.of(Role.USER)).accountSession()).isEqualTo(session);
    }

    @Test
    void a_demo_token_has_no_session_to_act_as_the_account_holder() {
        var demo = new JournalPrincipal(UserId.random(), null, Set.of(Role.USER));

        assertThatThrownBy(demo::accountSession).isInstanceOf(AccountSessionRequiredException.class);
    }
}
