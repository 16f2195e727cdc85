package app.journal.adapter.rest.auth;

import app.journal.domain.user.Role;
import app.journal.domain.user.User;
import java.util.List;
import java.util.UUID;

public record MeResponse(UUID id, String email, List<String> roles, boolean verified) {

    static MeResponse from(User user) {
        return new MeResponse(user.id().value(), user.email().value(),
                user.roles().stream().map(Role::code).sorted().toList(), user.isVerified());
    }
}
