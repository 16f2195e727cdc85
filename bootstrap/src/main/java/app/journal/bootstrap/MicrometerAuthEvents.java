package app.journal.bootstrap;

import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.AuthEvents.SecondStepEvent;
import app.journal.domain.session.RevokeReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;

/**
 * The seed's counters, as Prometheus names them: auth_login_success_total,
 * auth_login_fail_total{reason}, auth_refresh_rotations_total, auth_revocations_total{reason},
 * plus auth_refresh_reuse_detected_total and auth_second_step_total{outcome} (challenged, succeeded, failed,
 * recovery_code_used: second sign-in steps and codes given to "confirm it's you").
 */
final class MicrometerAuthEvents implements AuthEvents {

    private final Counter loginSuccess;
    private final Map<LoginFailure, Counter> loginFail = new EnumMap<>(LoginFailure.class);
    private final Counter rotations;
    private final Map<RevokeReason, Counter> revocations = new EnumMap<>(RevokeReason.class);
    private final Counter reuse;
    private final Map<SecondStepEvent, Counter> secondSteps = new EnumMap<>(SecondStepEvent.class);

    MicrometerAuthEvents(MeterRegistry registry) {
        loginSuccess = Counter.builder("auth.login.success").description("Successful logins").register(registry);
        for (var reason : LoginFailure.values()) {
            loginFail.put(reason, Counter.builder("auth.login.fail").description("Failed logins")
                    .tag("reason", reason.name().toLowerCase(java.util.Locale.ROOT)).register(registry));
        }
        rotations = Counter.builder("auth.refresh.rotations").description("Refresh token rotations").register(registry);
        for (var reason : RevokeReason.values()) {
            revocations.put(reason, Counter.builder("auth.revocations").description("Sessions revoked")
                    .tag("reason", reason.code()).register(registry));
        }
        reuse = Counter.builder("auth.refresh.reuse.detected")
                .description("Rotated refresh tokens presented again (session revoked)").register(registry);
        for (var event : SecondStepEvent.values()) {
            secondSteps.put(event, Counter.builder("auth.second.step")
                    .description("Second steps: asked for, passed with a code, failed, passed with a recovery code")
                    .tag("outcome", event.name().toLowerCase(java.util.Locale.ROOT)).register(registry));
        }
    }

    @Override
    public void secondStep(SecondStepEvent event) {
        secondSteps.get(event).increment();
    }

    @Override
    public void loginSucceeded() {
        loginSuccess.increment();
    }

    @Override
    public void loginFailed(LoginFailure reason) {
        loginFail.get(reason).increment();
    }

    @Override
    public void refreshRotated() {
        rotations.increment();
    }

    @Override
    public void sessionRevoked(RevokeReason reason) {
        revocations.get(reason).increment();
    }

    @Override
    public void refreshReuseDetected() {
        reuse.increment();
    }
}
