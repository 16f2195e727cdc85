package app.journal.adapter.rest.token;

import app.journal.application.port.out.VerificationTokens;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.UserId;
import java.util.Optional;

/** Verification links carry a {@code typ=verify} JWT of the codec. */
public final class JwtVerificationTokens implements VerificationTokens {

    private final JjwtTokenCodec codec;

    public JwtVerificationTokens(JjwtTokenCodec codec) {
        this.codec = codec;
    }

    @Override
    public String issue(UserId userId, EmailAddress email) {
        return codec.issueVerify(userId, email).value();
    }

    @Override
    public Optional<Claim> read(String token) {
        try {
            var claims = codec.readVerify(token);
            return Optional.of(new Claim(claims.userId(), claims.email()));
        } catch (InvalidTokenException e) {
            return Optional.empty();
        }
    }
}
