package app.journal.webui.api.passkeys;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One of the account's passkeys, as {@code GET /api/me/passkeys} lists it.
 *
 * @param id             the credential id (base64url): names the passkey at {@code PATCH}/{@code DELETE}
 * @param lastUsedAt     {@code null} when it never signed in
 * @param synced         backed up (a synced passkey, on every device of the person's account with the
 *                       platform), rather than bound to the device it was made on
 * @param backupEligible whether the authenticator could sync it at all
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Passkey(String id, String name, @Nullable Instant createdAt, @Nullable Instant lastUsedAt,
        boolean synced, boolean backupEligible, List<String> transports) {

    public Passkey {
        id = id == null ? "" : id;
        name = name == null || name.isBlank() ? "Passkey" : name.strip();
        transports = transports == null ? List.of() : List.copyOf(transports);
    }

    /** From the API's JSON, where the flags may be missing or {@code null}. */
    @JsonCreator
    static Passkey fromJson(@JsonProperty("id") @Nullable String id, @JsonProperty("name") @Nullable String name,
            @JsonProperty("createdAt") @Nullable Instant createdAt,
            @JsonProperty("lastUsedAt") @Nullable Instant lastUsedAt,
            @JsonProperty("synced") @Nullable Boolean synced,
            @JsonProperty("backupEligible") @Nullable Boolean backupEligible,
            @JsonProperty("transports") @Nullable List<String> transports) {
        return new Passkey(id, name, createdAt, lastUsedAt, Boolean.TRUE.equals(synced),
                Boolean.TRUE.equals(backupEligible), transports);
    }
}
