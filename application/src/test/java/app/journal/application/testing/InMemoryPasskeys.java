package app.journal.application.testing;

import app.journal.application.port.out.Passkeys;
import app.journal.domain.passkey.CredentialId;
import app.journal.domain.passkey.Passkey;
import app.journal.domain.passkey.PasskeyName;
import app.journal.domain.passkey.UserHandle;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Passkeys} in maps, behaving like the jOOQ adapter (see {@code PasskeysContract}); synchronized. */
public final class InMemoryPasskeys implements Passkeys {

    private final Map<UserId, UserHandle> handles = new HashMap<>();
    private final Map<CredentialId, Passkey> passkeys = new LinkedHashMap<>();

    @Override
    public synchronized UserHandle userHandleOf(UserId userId) {
        return handles.computeIfAbsent(userId, id -> UserHandle.random());
    }

    @Override
    public synchronized Optional<UserId> ownerOf(UserHandle handle) {
        return handles.entrySet().stream().filter(e -> e.getValue().equals(handle)).map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public synchronized boolean add(Passkey passkey) {
        if (passkeys.containsKey(passkey.id())) {
            return false;
        }
        passkeys.put(passkey.id(), with(passkey, passkey.name(), passkey.signatureCount(), passkey.backedUp(),
                passkey.lastUsedAt()));
        return true;
    }

    @Override
    public synchronized List<Passkey> of(UserId userId) {
        return passkeys.values().stream().filter(p -> p.userId().equals(userId))
                .sorted(Comparator.comparing(Passkey::createdAt)).toList();
    }

    @Override
    public synchronized int count(UserId userId) {
        return of(userId).size();
    }

    @Override
    public synchronized Optional<Passkey> find(CredentialId id) {
        return Optional.ofNullable(passkeys.get(id));
    }

    @Override
    public synchronized boolean recordUse(CredentialId id, long expectedSignatureCount, long signatureCount,
            boolean backedUp, Instant now) {
        var stored = passkeys.get(id);
        if (stored == null || stored.signatureCount() != expectedSignatureCount) {
            return false;
        }
        passkeys.put(id, with(stored, stored.name(), signatureCount, backedUp, now));
        return true;
    }

    @Override
    public synchronized boolean rename(UserId userId, CredentialId id, PasskeyName name) {
        var stored = passkeys.get(id);
        if (stored == null || !stored.userId().equals(userId)) {
            return false;
        }
        passkeys.put(id, with(stored, name, stored.signatureCount(), stored.backedUp(), stored.lastUsedAt()));
        return true;
    }

    @Override
    public synchronized Optional<Passkey> remove(UserId userId, CredentialId id) {
        var stored = passkeys.get(id);
        if (stored == null || !stored.userId().equals(userId)) {
            return Optional.empty();
        }
        passkeys.remove(id);
        return Optional.of(stored);
    }

    private static Passkey with(Passkey p, PasskeyName name, long count, boolean backedUp, Instant lastUsedAt) {
        return new Passkey(p.id(), p.userId(), name, p.publicKeyCose(), count, p.aaguid(), p.transports(),
                p.backupEligible(), backedUp, p.userVerified(), p.createdAt().truncatedTo(ChronoUnit.MICROS),
                lastUsedAt == null ? null : lastUsedAt.truncatedTo(ChronoUnit.MICROS));
    }
}
