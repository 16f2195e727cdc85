package app.journal.adapter.rest.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.testing.TestClock;
import app.journal.domain.session.RefreshId;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.SessionPersistence;
import io.jsonwebtoken.Jwts;
import java.util.Date;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.Role;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import io.jsonwebtoken.security.Keys;
import org.junit.jupiter.api.Test;

class JjwtTokenCodecTest {

    private static final TokenSettings SETTINGS = new TokenSettings("journal", "journal-api", "journal-refresh",
            "journal-verify", Duration.ofMinutes(10), Duration.ofHours(24), Duration.ofSeconds(30));
    private static final TokenKeys KEYS = TokenKeys.generate();

    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final JjwtTokenCodec codec = new JjwtTokenCodec(KEYS, SETTINGS, clock);
    private final UserId user = UserId.random();

    @Test
    void an_access_token_says_who_which_session_and_which_roles() {
        var sid = SessionId.random();
        var token = codec.issueAccess(user, sid, Set.of(Role.USER));

        var claims = codec.readAccess(token.value());

        assertThat(claims.userId()).isEqualTo(user);
        assertThat(claims.sessionId()).isEqualTo(sid);
        assertThat(claims.roles()).containsExactly(Role.USER);
        assertThat(claims.expiresAt()).isEqualTo(Instant.parse("2026-11-25T10:10:00Z"));
    }

    @Test
    void an_access_token_expires_after_its_lifetime_plus_the_clock_skew() {
        var token = codec.issueAccess(user, null, Set.of(Role.USER)).value();

        clock.set(Instant.parse("2026-11-25T10:10:29Z"));
        assertThat(codec.readAccess(token).userId()).isEqualTo(user);
        clock.set(Instant.parse("2026-11-25T10:10:31Z"));
        assertThatThrownBy(() -> codec.readAccess(token)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void a_refresh_token_carries_sid_and_rid_and_lives_until_the_given_instant() {
        var sid = SessionId.random();
        var rid = RefreshId.random();
        var token = codec.issueRefresh(user, sid, rid, Instant.parse("2026-12-25T10:00:00Z"),
                SessionPersistence.PERSISTENT);

        var claims = codec.readRefresh(token.value());

        assertThat(claims.sessionId()).isEqualTo(sid);
        assertThat(claims.refreshId()).isEqualTo(rid);
        assertThat(claims.expiresAt()).isEqualTo(Instant.parse("2026-12-25T10:00:00Z"));
        assertThat(claims.persistence()).isEqualTo(SessionPersistence.PERSISTENT);
    }

    @Test
    void a_refresh_token_says_whether_the_sign_in_outlives_the_browser() {
        var token = codec.issueRefresh(user, SessionId.random(), RefreshId.random(), clock.instant().plusSeconds(60),
                SessionPersistence.BROWSER_SESSION);

        assertThat(codec.readRefresh(token.value()).persistence()).isEqualTo(SessionPersistence.BROWSER_SESSION);
    }

    @Test
    void a_refresh_token_from_before_the_rem_claim_counts_as_persistent() {
        var old = Jwts.builder().header().type("refresh").and()
                .issuer("journal").audience().add("journal-refresh").and()
                .subject(user.toString())
                .issuedAt(Date.from(clock.instant()))
                .expiration(Date.from(clock.instant().plusSeconds(60)))
                .claim("sid", SessionId.random().toString())
                .claim("rid", RefreshId.random().toString())
                .signWith(KEYS.hmac(), Jwts.SIG.HS256).compact();

        assertThat(codec.readRefresh(old).persistence()).isEqualTo(SessionPersistence.PERSISTENT);
    }

    @Test
    void each_kind_of_token_is_refused_where_another_kind_is_expected() {
        var access = codec.issueAccess(user, SessionId.random(), Set.of(Role.USER)).value();
        var refresh = codec.issueRefresh(user, SessionId.random(), RefreshId.random(), clock.instant().plusSeconds(60),
                SessionPersistence.PERSISTENT).value();
        var verify = codec.issueVerify(user, new EmailAddress("ada@example.org")).value();

        assertThatThrownBy(() -> codec.readAccess(refresh)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> codec.readAccess(verify)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> codec.readRefresh(access)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> codec.readRefresh(verify)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> codec.readVerify(access)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> codec.readVerify(refresh)).isInstanceOf(InvalidTokenException.class);
        assertThat(codec.readVerify(verify).email().value()).isEqualTo("ada@example.org");
    }

    @Test
    void tokens_of_another_issuer_or_key_are_refused() {
        var foreign = new JjwtTokenCodec(TokenKeys.generate(), SETTINGS, clock);
        var otherIssuer = new JjwtTokenCodec(KEYS, new TokenSettings("someone-else", "journal-api", "journal-refresh",
                "journal-verify", Duration.ofMinutes(10), Duration.ofHours(24), Duration.ofSeconds(30)), clock);

        assertThatThrownBy(() -> codec.readAccess(foreign.issueAccess(user, null, Set.of(Role.USER)).value()))
                .isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> codec.readAccess(otherIssuer.issueAccess(user, null, Set.of(Role.USER)).value()))
                .isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> codec.readRefresh(foreign.issueRefresh(user, SessionId.random(), RefreshId.random(),
                clock.instant().plusSeconds(60), SessionPersistence.PERSISTENT).value())).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void garbage_and_oversized_tokens_are_refused_as_invalid_tokens() {
        assertThatThrownBy(() -> codec.readAccess("")).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> codec.readAccess("a.b.c")).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> codec.readAccess("x".repeat(10_000))).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void the_jwks_holds_the_public_key_with_its_kid_and_nothing_private() {
        @SuppressWarnings("unchecked")
        var key = ((java.util.List<java.util.Map<String, Object>>) codec.jwks().get("keys")).getFirst();

        assertThat(key).containsEntry("kid", KEYS.keyId()).containsEntry("alg", "ES256").containsEntry("kty", "EC");
        assertThat(key).doesNotContainKey("d");
    }

    @Test
    void keys_survive_a_round_trip_through_pem() {
        var restored = TokenKeys.fromPem(KEYS.privatePem(), KEYS.publicPem(), KEYS.hmacBase64());
        var token = codec.issueAccess(user, null, Set.of(Role.USER)).value();

        assertThat(new JjwtTokenCodec(restored, SETTINGS, clock).readAccess(token).userId()).isEqualTo(user);
        assertThat(restored.keyId()).isEqualTo(KEYS.keyId());
        assertThat(restored.toString()).doesNotContain(KEYS.hmacBase64());
    }

    @Test
    void an_access_token_verifies_with_a_standard_library_holding_only_the_jwks_key() {
        var sid = SessionId.random();
        var token = codec.issueAccess(user, sid, Set.of(Role.USER, Role.ADMIN), clock.instant(), List.of("pwd", "otp"))
                .value();
        var jjwt = Jwts.parser().verifyWith(KEYS.signing().getPublic()).requireIssuer("journal")
                .requireAudience("journal-api").clock(() -> Date.from(clock.instant())).build();

        var jws = jjwt.parseSignedClaims(token);

        assertThat(jws.getHeader().getAlgorithm()).isEqualTo("ES256");
        assertThat(jws.getHeader().getKeyId()).isEqualTo(KEYS.keyId());
        assertThat(jws.getHeader().getType()).isEqualTo("at+jwt");
        assertThat(jws.getPayload().getSubject()).isEqualTo(user.toString());
        assertThat(jws.getPayload().get("sid", String.class)).isEqualTo(sid.toString());
        assertThat(jws.getPayload().get("roles", List.class)).containsExactly("admin", "user");
        assertThat(jws.getPayload().get("amr", List.class)).containsExactly("pwd", "otp");
        assertThat(jws.getPayload().getId()).isNotBlank();
    }

    @Test
    void tokens_written_by_jjwt_are_read_as_before() {
        var sid = SessionId.random();
        var access = Jwts.builder().header().type("at+jwt").keyId(KEYS.keyId()).and()
                .issuer("journal").audience().add("journal-api").and().subject(user.toString())
                .issuedAt(Date.from(clock.instant())).notBefore(Date.from(clock.instant()))
                .expiration(Date.from(clock.instant().plusSeconds(600)))
                .claim("roles", List.of("user")).claim("sid", sid.toString())
                .signWith(KEYS.signing().getPrivate(), Jwts.SIG.ES256).compact();

        var claims = codec.readAccess(access);

        assertThat(claims.userId()).isEqualTo(user);
        assertThat(claims.sessionId()).isEqualTo(sid);
        assertThat(claims.roles()).containsExactly(Role.USER);
    }

    @Test
    void alg_none_another_algorithm_and_hmac_with_the_public_key_are_refused() {
        var valid = codec.issueAccess(user, null, Set.of(Role.USER)).value().split("\\.");
        var refresh = codec.issueRefresh(user, SessionId.random(), RefreshId.random(), clock.instant().plusSeconds(60),
                SessionPersistence.PERSISTENT).value().split("\\.");
        var none = b64("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + KEYS.keyId() + "\"}");
        var publicKeyAsSecret = Keys.hmacShaKeyFor(java.util.Arrays.copyOf(KEYS.signing().getPublic().getEncoded(), 64));
        var confused = Jwts.builder().header().type("at+jwt").keyId(KEYS.keyId()).and()
                .content(java.util.Base64.getUrlDecoder().decode(valid[1]))
                .signWith(publicKeyAsSecret, Jwts.SIG.HS256).compact();

        assertThatThrownBy(() -> codec.readAccess(none + "." + valid[1] + ".")).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> codec.readAccess(none + "." + valid[1] + "." + valid[2]))
                .isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> codec.readAccess(confused)).isInstanceOf(InvalidTokenException.class);
        // A refresh token's header on an access token's payload and signature, and the other way round.
        assertThatThrownBy(() -> codec.readAccess(refresh[0] + "." + valid[1] + "." + valid[2]))
                .isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> codec.readRefresh(valid[0] + "." + refresh[1] + "." + refresh[2]))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void unknown_header_parameters_duplicate_claims_and_padding_are_refused_even_when_properly_signed() {
        var withZip = Jwts.builder().header().type("refresh").add("zip", "DEF").and()
                .content(refreshPayload("")).signWith(KEYS.hmac(), Jwts.SIG.HS256).compact();
        var duplicate = Jwts.builder().header().type("refresh").and()
                .content(refreshPayload(",\"sub\":\"" + UserId.random() + "\"")).signWith(KEYS.hmac(), Jwts.SIG.HS256)
                .compact();
        var fine = Jwts.builder().header().type("refresh").and()
                .content(refreshPayload("")).signWith(KEYS.hmac(), Jwts.SIG.HS256).compact();

        assertThat(codec.readRefresh(fine).userId()).isEqualTo(user);
        assertThatThrownBy(() -> codec.readRefresh(withZip)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> codec.readRefresh(duplicate)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> codec.readRefresh(fine + "=")).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void a_token_not_yet_valid_or_issued_in_the_future_beyond_the_skew_is_refused() {
        var later = new JjwtTokenCodec(KEYS, SETTINGS, new TestClock(clock.instant().plusSeconds(31)));
        var slightlyLater = new JjwtTokenCodec(KEYS, SETTINGS, new TestClock(clock.instant().plusSeconds(29)));

        assertThatThrownBy(() -> codec.readAccess(later.issueAccess(user, null, Set.of(Role.USER)).value()))
                .isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> codec.readRefresh(later.issueRefresh(user, SessionId.random(), RefreshId.random(),
                clock.instant().plusSeconds(600), SessionPersistence.PERSISTENT).value()))
                .isInstanceOf(InvalidTokenException.class);
        assertThat(codec.readAccess(slightlyLater.issueAccess(user, null, Set.of(Role.USER)).value()).userId())
                .isEqualTo(user);
    }

    private byte[] refreshPayload(String extra) {
        long now = clock.instant().getEpochSecond();
        return ("{\"iss\":\"journal\",\"aud\":\"journal-refresh\",\"sub\":\"" + user + "\",\"iat\":" + now
                + ",\"exp\":" + (now + 60) + ",\"sid\":\"" + SessionId.random() + "\",\"rid\":\"" + RefreshId.random()
                + "\"" + extra + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String b64(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
