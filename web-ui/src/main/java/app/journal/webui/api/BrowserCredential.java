package app.journal.webui.api;

import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browser's {@code PublicKeyCredential.toJSON()}, as the page sent it: parsed only to be sure it is one
 * JSON object, then passed to the API as it is. The relying party reads it; the web UI does not model
 * WebAuthn.
 */
final class BrowserCredential {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A passkey's answer is a few kilobytes; anything far bigger is not one. */
    private static final int MAX_LENGTH = 64 * 1024;

    private BrowserCredential() {
    }

    static JsonNode parse(String credentialJson) {
        Objects.requireNonNull(credentialJson, "credentialJson");
        if (credentialJson.length() <= MAX_LENGTH) {
            try {
                JsonNode tree = JSON.readTree(credentialJson);
                if (tree != null && tree.isObject()) {
                    return tree;
                }
            } catch (JacksonException unreadable) {
                // answered below
            }
        }
        throw new ApiProblemException(400, "Unreadable passkey answer",
                "Your browser's answer could not be read. Try again, or sign in with your password.");
    }
}
