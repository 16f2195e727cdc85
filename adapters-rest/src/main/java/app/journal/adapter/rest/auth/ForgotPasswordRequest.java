package app.journal.adapter.rest.auth;

import org.jspecify.annotations.Nullable;

public record ForgotPasswordRequest(@Nullable String email) {}
