package app.journal.webui.api.account;

import java.util.Objects;

/**
 * An enrolment in two-step verification that has started: the shared secret (base32) for typing, and the
 * {@code otpauth://} URI a QR code carries. Two-step verification stays off until a code is confirmed.
 */
public record TwoStepSetup(String secret, String otpauthUri) {

    public TwoStepSetup {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(otpauthUri, "otpauthUri");
    }

    /** The key as people type it: groups of four, {@code ABCD EFGH ...}. */
    public String groupedSecret() {
        String plain = secret.replace(" ", "");
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < plain.length(); i += 4) {
            grouped.append(grouped.isEmpty() ? "" : " ").append(plain, i, Math.min(plain.length(), i + 4));
        }
        return grouped.toString();
    }

    @Override
    public String toString() {
        return "TwoStepSetup[redacted]";
    }
}
