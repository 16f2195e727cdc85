package app.journal.webui.api.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The signed-in account as {@code GET /api/me} describes it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Me(@Nullable UUID id, String email, List<String> roles, boolean verified) {

    public Me(@Nullable UUID id, @Nullable String email, @Nullable List<String> roles, boolean verified) {
        this.id = id;
        this.email = email == null ? "" : email;
        this.roles = roles == null ? List.of() : List.copyOf(roles);
        this.verified = verified;
    }
}
