package app.journal.adapter.rest.passkey;

import app.journal.domain.passkey.Passkey;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The answers of the passkey routes. */
final class PasskeyResponses {

    private PasskeyResponses() {}

    record PasskeyList(List<Item> passkeys) {}

    record Item(
            @Schema(description = "The credential id, base64url; the {id} of PATCH and DELETE") String id,
            String name, Instant createdAt,
            @Schema(nullable = true) @Nullable Instant lastUsedAt,
            @Schema(description = "Synced across the person's devices (backed up), not bound to one") boolean synced,
            @Schema(description = "The authenticator may sync it") boolean backupEligible,
            List<String> transports) {

        static Item of(Passkey passkey) {
            return new Item(passkey.id().base64Url(), passkey.name().value(), passkey.createdAt(),
                    passkey.lastUsedAt(), passkey.synced(), passkey.backupEligible(),
                    passkey.transports().stream().sorted().toList());
        }
    }

    record ConfirmedResponse(Instant confirmedUntil) {}
}
