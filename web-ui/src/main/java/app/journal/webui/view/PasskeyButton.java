package app.journal.webui.view;

import app.journal.webui.api.passkeys.PasskeyOptions;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A button that runs one passkey ceremony in the browser, and the small script behind it (through
 * {@code executeJs}: no npm module). The server fetches the ceremony's options from the API beforehand and
 * hands them to the page ({@link #offer}); a click listener installed <em>on the client</em> calls
 * {@code navigator.credentials.create/get} synchronously inside the click, because Safari refuses a call
 * that a server round trip separates from the person's gesture. The browser's
 * {@code PublicKeyCredential.toJSON()} comes back as JSON text ({@link Listener#answered}) and the server
 * finishes the ceremony with the API. The options are refreshed before the API forgets them
 * ({@link Listener#expiring}).
 *
 * <p>For a sign-in the same options may also drive a conditional request ({@code mediation: "conditional"}):
 * the browser's autofill offers passkeys in a field with {@code autocomplete="username webauthn"}; a click on
 * the button aborts it and asks in a dialog of the browser instead.
 *
 * <p>A browser without the JSON helpers of WebAuthn level 3 ({@link #detect}) never sees the button.
 *
 * @see "docs/decisions/0022-web-ui-passkeys-in-the-click.md"
 */
public final class PasskeyButton extends Button {

    /** What the browser is asked for. */
    public enum Ceremony {
        /** {@code navigator.credentials.create}: a new passkey. */
        REGISTER("create"),
        /** {@code navigator.credentials.get}: a passkey proves who it is (sign-in, confirm it's you). */
        ASSERT("get");

        private final String call;

        Ceremony(String call) {
            this.call = call;
        }
    }

    /** What the browser can do, from {@link #detect}. */
    public enum Support {
        NONE, MODAL, CONDITIONAL;

        public boolean any() {
            return this != NONE;
        }
    }

    /** What the page reports back to the server. */
    public interface Listener {

        /** The browser's answer, {@code credential.toJSON()} as JSON text, for the ceremony {@code ceremonyId}. */
        void answered(String ceremonyId, String credentialJson);

        /** The browser refused or failed; {@code reason} says so in words (see {@link #reason}). */
        void failed(String reason);

        /** The button was pressed while the page held no options (not fetched yet, or refused): fetch them. */
        void wanted();

        /** The options the page holds are about to expire: fetch new ones and {@link #offer} them. */
        void expiring();
    }

    /** Feature detection: the JSON helpers of WebAuthn level 3, {@code toJSON()}, and conditional mediation. */
    private static final String DETECT = """
            const pkc = window.PublicKeyCredential;
            if (!pkc || !window.isSecureContext || !navigator.credentials
                || typeof pkc.parseCreationOptionsFromJSON !== 'function'
                || typeof pkc.parseRequestOptionsFromJSON !== 'function'
                || typeof pkc.prototype.toJSON !== 'function') {
              return 'NONE';
            }
            if (typeof pkc.isConditionalMediationAvailable !== 'function') {
              return 'MODAL';
            }
            return pkc.isConditionalMediationAvailable().then(yes => yes ? 'CONDITIONAL' : 'MODAL', () => 'MODAL');
            """;

    /**
     * Installs the click listener once ({@code $0} create|get, {@code $1} also conditional), then keeps the
     * options ({@code $2} ceremony id, {@code $3} publicKey JSON, both {@code null} to drop them) and asks for
     * new ones {@code $4} ms later. One ceremony is used once: after an answer the page holds nothing.
     */
    private static final String OFFER = """
            const el = this;
            if (!el.journalPasskey) {
              const s = { kind: $0, conditional: $1, ceremonyId: null, options: null, timer: null, busy: false };
              el.journalPasskey = s;
              const describe = e => ({ name: (e && e.name) || 'Error', message: (e && e.message) || '' });
              const send = (ceremonyId, credential) => {
                s.options = null;
                s.ceremonyId = null;
                clearTimeout(s.timer);
                el.$server.passkeyAnswered(ceremonyId, JSON.stringify(credential.toJSON()));
              };
              const parse = options => s.kind === 'create'
                  ? PublicKeyCredential.parseCreationOptionsFromJSON(options)
                  : PublicKeyCredential.parseRequestOptionsFromJSON(options);
              // One conditional request per window: a page left without signing in must not keep one pending.
              s.stopConditional = () => {
                if (window.journalPasskeyPending) {
                  window.journalPasskeyPending.abort();
                  window.journalPasskeyPending = null;
                }
              };
              s.startConditional = () => {
                s.stopConditional();
                if (!s.conditional || !s.options || s.kind !== 'get' || !el.isConnected) {
                  return;
                }
                const controller = new AbortController();
                window.journalPasskeyPending = controller;
                const ceremonyId = s.ceremonyId;
                navigator.credentials.get({ mediation: 'conditional', publicKey: parse(s.options),
                                            signal: controller.signal })
                  .then(credential => {
                    if (window.journalPasskeyPending === controller) {
                      window.journalPasskeyPending = null;
                      if (credential && el.isConnected) {
                        send(ceremonyId, credential);
                      }
                    }
                  }, e => {
                    if (window.journalPasskeyPending === controller) {
                      window.journalPasskeyPending = null;
                      if (el.isConnected && (!e || e.name !== 'AbortError')) {
                        const failure = describe(e);
                        el.$server.passkeyFailed(failure.name, failure.message);
                      }
                    }
                  });
              };
              el.addEventListener('click', () => {
                if (s.busy) {
                  return;
                }
                if (!s.options) {
                  el.$server.passkeyWanted();
                  return;
                }
                const ceremonyId = s.ceremonyId;
                s.stopConditional();
                let call;
                try {
                  // In the click itself, before any await: Safari keeps the gesture only this long.
                  call = s.kind === 'create'
                      ? navigator.credentials.create({ publicKey: parse(s.options) })
                      : navigator.credentials.get({ publicKey: parse(s.options) });
                } catch (e) {
                  const failure = describe(e);
                  el.$server.passkeyFailed(failure.name, failure.message);
                  return;
                }
                s.busy = true;
                el.setAttribute('aria-busy', 'true');
                call.then(credential => {
                  s.busy = false;
                  el.removeAttribute('aria-busy');
                  if (credential) {
                    send(ceremonyId, credential);
                  } else {
                    el.$server.passkeyFailed('NotAllowedError', '');
                  }
                }, e => {
                  s.busy = false;
                  el.removeAttribute('aria-busy');
                  const failure = describe(e);
                  el.$server.passkeyFailed(failure.name, failure.message);
                  s.startConditional();
                });
              });
            }
            const s = el.journalPasskey;
            s.conditional = $1;
            clearTimeout(s.timer);
            s.ceremonyId = $2;
            s.options = $3 === null ? null : JSON.parse($3);
            if (s.options) {
              s.timer = setTimeout(() => el.isConnected && el.$server && el.$server.passkeyExpiring(), $4);
            }
            if (!s.busy) {
              s.startConditional();
            }
            """;

    /** A conditional request pending in this window ends when its button goes (the page was left). */
    private static final String STOP = """
            if (window.journalPasskeyPending) {
              window.journalPasskeyPending.abort();
              window.journalPasskeyPending = null;
            }
            """;

    /** Ask for new options this long before the API forgets them (a click then still has time). */
    static final Duration REFRESH_AHEAD = Duration.ofSeconds(30);
    private static final Duration SOONEST = Duration.ofSeconds(5);

    private final Ceremony ceremony;
    private final boolean conditional;
    private boolean conditionalAvailable;
    private @Nullable Listener listener;

    /**
     * @param conditional for {@link Ceremony#ASSERT}: also run a conditional request with the same options,
     *                    so the browser's autofill offers passkeys
     */
    public PasskeyButton(String text, String id, Ceremony ceremony, boolean conditional) {
        super(text);
        this.ceremony = Objects.requireNonNull(ceremony, "ceremony");
        this.conditional = conditional && ceremony == Ceremony.ASSERT;
        setId(id);
        // Shown once the browser said it can (detect): a browser without passkeys never sees it.
        setVisible(false);
        addDetachListener(e -> {
            if (this.conditional) {
                e.getUI().getPage().executeJs(STOP);
            }
        });
    }

    /**
     * Whether the browser said it can make conditional requests ({@link Support#CONDITIONAL}): only then does
     * a button made for them start one.
     */
    public void conditionalAvailable(boolean available) {
        this.conditionalAvailable = available;
    }

    public void listen(Listener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Asks the browser what it can do with passkeys; {@code then} runs with the answer (not at all when
     * {@code host} is not attached). The host must be visible: ask before showing any passkey button.
     */
    public static void detect(Component host, Consumer<Support> then) {
        host.getElement().executeJs(DETECT).then(String.class, answer -> then.accept(support(answer)),
                failed -> then.accept(Support.NONE));
    }

    static Support support(@Nullable String answer) {
        if (answer == null) {
            return Support.NONE;
        }
        return switch (answer) {
            case "CONDITIONAL" -> Support.CONDITIONAL;
            case "MODAL" -> Support.MODAL;
            default -> Support.NONE;
        };
    }

    /** Hands the options to the page (and shows the button): the next click runs the ceremony with them. */
    public void offer(PasskeyOptions options, Instant now) {
        Objects.requireNonNull(options, "options");
        setVisible(true);
        getElement().executeJs(OFFER, ceremony.call, conditional && conditionalAvailable, options.ceremonyId(),
                options.publicKeyJson(),
                refreshIn(options.expiresAt(), now).toMillis());
    }

    /**
     * Shows the button with no options in the page: a click says {@link Listener#wanted} (for example to
     * "confirm it's you" before the API hands out options).
     */
    public void armWithoutOptions() {
        setVisible(true);
        getElement().executeJs(OFFER, ceremony.call, conditional && conditionalAvailable, null, null, 0);
    }

    /** When to ask for new options: {@link #REFRESH_AHEAD} before they expire, and not in a tight loop. */
    static Duration refreshIn(Instant expiresAt, Instant now) {
        Duration left = Duration.between(now, expiresAt).minus(REFRESH_AHEAD);
        return left.compareTo(SOONEST) < 0 ? SOONEST : left;
    }

    /**
     * A browser's refusal in words a person understands. {@code NotAllowedError} is what a cancelled prompt,
     * a timeout and a failed fingerprint, face or PIN all look like (the browser does not say which, on
     * purpose).
     */
    public static String reason(@Nullable String name) {
        return switch (name == null ? "" : name) {
            case "NotAllowedError" -> "The passkey request was cancelled, timed out, or your device could not "
                    + "verify it's you.";
            case "InvalidStateError" -> "This device already has a passkey for your account.";
            case "SecurityError" -> "Your browser does not allow passkeys for this address.";
            case "NotSupportedError" -> "This device cannot make a passkey Journal accepts.";
            case "AbortError" -> "The passkey request was stopped.";
            case "NotReadableError", "UnknownError" -> "Your device could not use the passkey.";
            default -> "Your browser could not use a passkey.";
        };
    }

    @ClientCallable
    private void passkeyAnswered(String ceremonyId, String credentialJson) {
        if (listener != null) {
            listener.answered(ceremonyId, credentialJson);
        }
    }

    @ClientCallable
    private void passkeyFailed(String name, String message) {
        if (listener != null) {
            listener.failed(reason(name));
        }
    }

    @ClientCallable
    private void passkeyWanted() {
        if (listener != null) {
            listener.wanted();
        }
    }

    @ClientCallable
    private void passkeyExpiring() {
        if (listener != null) {
            listener.expiring();
        }
    }
}
