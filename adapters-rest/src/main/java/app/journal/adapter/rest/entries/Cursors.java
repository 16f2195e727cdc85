package app.journal.adapter.rest.entries;

import app.journal.application.port.journal.EntryCursor;
import app.journal.application.port.journal.SearchCursor;
import app.journal.domain.InvalidValueException;
import app.journal.domain.entry.EntryId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The opaque {@code cursor} of keyset pages: base64url of where the last page ended ({@code t:<seconds>.<nanos>:<id>}
 * for the journal, {@code r:<rank bits>:<id>} for search). Clients pass it back as they got it; anything else is
 * a 400 naming {@code cursor}. Not secret and not signed: a made-up cursor only moves within the caller's own
 * entries, every statement is scoped to the owner.
 *
 * @see "docs/decisions/0027-search-and-time.md"
 */
final class Cursors {

    private static final int MAX_LENGTH = 200;

    private Cursors() {}

    static String encode(EntryCursor cursor) {
        Instant at = cursor.createdAt();
        return encode("t:" + at.getEpochSecond() + "." + at.getNano() + ":" + cursor.id().value());
    }

    static String encode(SearchCursor cursor) {
        return encode("r:" + Integer.toHexString(Float.floatToIntBits(cursor.rank())) + ":" + cursor.id().value());
    }

    static @Nullable EntryCursor entryCursor(@Nullable String cursor) {
        String[] parts = decode(cursor, "t");
        if (parts == null) {
            return null;
        }
        try {
            String[] time = parts[1].split("\\.", 2);
            var at = Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1]));
            return new EntryCursor(at, new EntryId(UUID.fromString(parts[2])));
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    static @Nullable SearchCursor searchCursor(@Nullable String cursor) {
        String[] parts = decode(cursor, "r");
        if (parts == null) {
            return null;
        }
        try {
            float rank = Float.intBitsToFloat(Integer.parseUnsignedInt(parts[1], 16));
            if (Float.isNaN(rank)) {
                throw invalid();
            }
            return new SearchCursor(rank, new EntryId(UUID.fromString(parts[2])));
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static String @Nullable [] decode(@Nullable String cursor, String kind) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        if (cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String[] parts = plain.split(":", 3);
        if (parts.length != 3 || !parts[0].equals(kind)) {
            throw invalid();
        }
        return parts;
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException("cursor", "The cursor is not one this list gave out.");
    }
}
