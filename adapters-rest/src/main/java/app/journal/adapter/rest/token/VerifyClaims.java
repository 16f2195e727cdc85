package app.journal.adapter.rest.token;

import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.UserId;
import java.time.Instant;

public record VerifyClaims(UserId userId, EmailAddress email, Instant expiresAt) {}
