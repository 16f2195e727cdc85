package app.journal.webui.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import app.journal.webui.api.journal.Entry;
import app.journal.webui.api.journal.EntryDraft;
import app.journal.webui.api.journal.EntryPage;

class JournalApiClientTest {

    private FakeJournalApi api;
    private InMemoryCredentialStore credentials;
    private JournalApiClient client;

    @BeforeEach
    void start() throws IOException {
        api = new FakeJournalApi();
        credentials = new InMemoryCredentialStore();
        client = new JournalApiClient(RestClient.builder(), ApiBaseUrl.fixed(api.baseUrl()), credentials,
                new InMemoryBrowser());
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void demo_session_keeps_its_token_in_the_store_and_sends_it_as_bearer() {
        assertThat(client.hasSession()).isFalse();

        assertThat(client.startDemoSession()).isEqualTo(new DemoStart.Started());
        client.listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE);

        assertThat(credentials.holder().current()).contains(new SessionCredentials.Demo("demo-token-1"));
        assertThat(api.calls()).extracting(FakeJournalApi.Call::path, FakeJournalApi.Call::authorization)
                .containsExactly(tuple("/api/demo/session", ""), tuple("/api/entries", "Bearer demo-token-1"));
    }

    @Test
    void written_entries_come_back_newest_first_page_by_page() {
        client.startDemoSession();
        Entry first = client.createEntry(new EntryDraft("First", "one"));
        Entry second = client.createEntry(new EntryDraft("Second", "two"));
        Entry third = client.createEntry(new EntryDraft("Third", "three"));

        EntryPage page0 = client.listEntries(null, 2, app.journal.webui.api.journal.JournalFilter.NONE);
        EntryPage page1 = client.listEntries(page0.nextCursor(), 2, app.journal.webui.api.journal.JournalFilter.NONE);

        assertThat(page0.items()).containsExactly(third, second);
        assertThat(page0.totalItems()).isEqualTo(3);
        assertThat(page0.hasNext()).isTrue();
        assertThat(page1.items()).containsExactly(first);
        assertThat(page1.hasNext()).isFalse();
        assertThat(first.createdAt()).isBefore(second.createdAt());
    }

    @Test
    void an_edited_entry_reads_back_changed_and_marked_edited() {
        client.startDemoSession();
        Entry written = client.createEntry(new EntryDraft("Draft", "before"));
        assertThat(written.edited()).isFalse();

        Entry edited = client.updateEntry(written.id(), new EntryDraft("Final", "after"));

        assertThat(client.getEntry(written.id())).isEqualTo(edited);
        assertThat(edited.title()).isEqualTo("Final");
        assertThat(edited.body()).isEqualTo("after");
        assertThat(edited.edited()).isTrue();
    }

    @Test
    void a_deleted_entry_is_not_found_afterwards() {
        client.startDemoSession();
        Entry written = client.createEntry(new EntryDraft("Gone soon", ""));

        client.deleteEntry(written.id());

        assertThatThrownBy(() -> client.getEntry(written.id()))
                .isInstanceOfSatisfying(ApiProblemException.class, problem -> {
                    assertThat(problem.isNotFound()).isTrue();
                    assertThat(problem.type()).isEqualTo(ApiProblemException.NOT_FOUND);
                });
    }

    @Test
    void an_invalid_entry_comes_back_as_a_problem_with_its_field_errors() {
        client.startDemoSession();

        assertThatThrownBy(() -> client.createEntry(new EntryDraft("  ", "kept text")))
                .isInstanceOfSatisfying(ApiProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.type()).isEqualTo(ApiProblemException.INVALID_INPUT);
                    assertThat(problem.detail()).isEqualTo("The entry has invalid fields.");
                    assertThat(problem.fieldErrors()).containsExactly(new FieldError("title", "Title must not be empty."));
                    assertThat(problem.messageFor("title")).contains("Title must not be empty.");
                    assertThat(problem.messageFor("body")).isEmpty();
                });
    }

    @Test
    void a_server_without_demo_mode_answers_disabled_and_no_token_is_kept() {
        api.disableDemo();

        DemoStart start = client.startDemoSession();

        assertThat(start).isInstanceOfSatisfying(DemoStart.Disabled.class,
                disabled -> assertThat(disabled.detail()).isEqualTo("Demo mode is switched off."));
        assertThat(client.hasSession()).isFalse();
    }

    @Test
    void a_rejected_demo_token_is_renewed_once_and_the_call_retried() {
        client.startDemoSession();
        client.createEntry(new EntryDraft("Before expiry", ""));
        api.expireAllTokens();

        EntryPage page = client.listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE);

        assertThat(page.items()).extracting(Entry::title).containsExactly("Before expiry");
        assertThat(credentials.holder().current()).contains(new SessionCredentials.Demo("demo-token-2"));
        assertThat(api.calls()).extracting(FakeJournalApi.Call::authorization).containsSubsequence(
                "Bearer demo-token-1", "", "Bearer demo-token-2");
    }

    @Test
    void when_the_demo_token_cannot_be_renewed_the_401_reaches_the_caller_and_the_session_ends() {
        client.startDemoSession();
        api.expireAllTokens();
        api.disableDemo();

        assertThatThrownBy(() -> client.listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE))
                .isInstanceOfSatisfying(ApiProblemException.class, problem -> assertThat(problem.status()).isEqualTo(401));
        assertThat(client.hasSession()).isFalse();
    }

    @Test
    void without_a_session_entry_calls_fail_as_session_ended_without_asking_the_server() {
        assertThatThrownBy(() -> client.listEntries(null, 20, app.journal.webui.api.journal.JournalFilter.NONE)).isInstanceOf(SessionEndedException.class);
        assertThat(api.calls()).isEmpty();
    }

    @Test
    void an_html_404_from_a_wrong_base_url_is_a_problem_not_demo_mode_switched_off() {
        JournalApiClient wrongBase = new JournalApiClient(RestClient.builder(),
                ApiBaseUrl.fixed(api.baseUrl() + "/elsewhere"), credentials, new InMemoryBrowser());

        assertThatThrownBy(wrongBase::startDemoSession)
                .isInstanceOfSatisfying(ApiProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(404);
                    assertThat(problem.hasProblemDocument()).isFalse();
                    assertThat(problem.getMessage()).contains("HTTP 404");
                });
    }

    @Test
    void an_api_that_does_not_answer_is_reported_as_unreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        JournalApiClient nowhere = new JournalApiClient(RestClient.builder(),
                ApiBaseUrl.fixed("http://127.0.0.1:" + closedPort), credentials, new InMemoryBrowser());

        assertThatThrownBy(nowhere::startDemoSession)
                .isInstanceOf(ApiUnreachableException.class)
                .hasMessageContaining("not reachable");
    }

    @Test
    void the_token_never_shows_in_logs_through_to_string() {
        assertThat(new SessionCredentials.Demo("secret-token")).hasToString("Demo[accessToken=<hidden>]");
    }

    @Test
    void size_is_checked_before_calling() {
        client.startDemoSession();
        assertThatThrownBy(() -> client.listEntries(null, 0, app.journal.webui.api.journal.JournalFilter.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(api.calls()).hasSize(1);
    }
}
