package app.journal.webui.view.account;

import app.journal.webui.api.AccountSecurity;
import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.account.SecurityOverview;
import app.journal.webui.api.account.TwoStepSetup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.List;
import app.journal.webui.view.BrowserZone;
import app.journal.webui.view.UiMessages;

/**
 * "Two-step verification" ({@code two-step-section}). Off: {@code two-step-start} sets it up
 * ({@link TwoStepEnrolment}) and, once on, shows the recovery codes ({@link RecoveryCodesPanel}). On: since
 * when ({@code two-step-status}), how many recovery codes are left ({@code recovery-codes-left}), new codes
 * ({@code recovery-codes-new}) and turning it off ({@code two-step-disable}). Every change here needs
 * "confirm it's you", asked when the API says so.
 */
final class TwoStepSection extends AccountSection {

    private final AccountSecurity security;
    private final Runnable reload;
    private final Paragraph status = new Paragraph();

    TwoStepSection(AccountSecurity security, Runnable reload, Confirmation confirmation, Runnable onSessionEnded) {
        super("two-step-section", "Two-step verification", "After your password, Journal asks for a code from an "
                + "authenticator app on your phone: someone who learns your password still cannot sign in.",
                confirmation, onSessionEnded);
        this.security = security;
        this.reload = reload;
        status.setId("two-step-status");
    }

    void show(SecurityOverview.TwoStepState state, ZoneId zone) {
        form.removeAll();
        if (!state.enabled()) {
            status.setText("Two-step verification is off.");
            Button start = new Button("Turn on", e -> start());
            start.setId("two-step-start");
            start.addThemeVariants(ButtonVariant.PRIMARY);
            form.add(status, start);
            return;
        }
        status.setText("Two-step verification is on since " + BrowserZone.format(state.enabledAt(), zone) + ".");
        int left = state.recoveryCodesLeft();
        Paragraph codesLeft = new Paragraph(left + (left == 1 ? " recovery code left." : " recovery codes left.")
                + (left <= 3 ? " Generate new ones before you run out." : ""));
        codesLeft.setId("recovery-codes-left");
        Button newCodes = new Button("Generate new codes", e -> newCodes());
        newCodes.setId("recovery-codes-new");
        newCodes.setTooltipText("The codes you have now stop working");
        Button off = new Button("Turn off", e -> askToTurnOff());
        off.setId("two-step-disable");
        off.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        form.add(status, codesLeft, newCodes, off);
    }

    private void start() {
        attempt("Two-step verification was not set up.", security::setUpTwoStep, this::notSetUp, this::enrol);
    }

    private void enrol(TwoStepSetup setup) {
        form.removeAll();
        TwoStepEnrolment[] enrolment = {null};
        enrolment[0] = new TwoStepEnrolment(setup, code -> attempt("Two-step verification is still off.",
                () -> security.enableTwoStep(code), problem -> {
                    if (problem.is(ApiProblemException.SECOND_STEP_FAILED)) {
                        enrolment[0].refused(UiMessages.CODE_DID_NOT_WORK);
                    } else {
                        notSetUp(problem);
                    }
                }, this::showCodes), reload);
        form.add(enrolment[0]);
    }

    private void newCodes() {
        attempt("No new codes.", security::newRecoveryCodes, problem -> {
            say("No new codes. " + problem.getMessage());
            reload.run();
        }, this::showCodes);
    }

    private void showCodes(List<String> codes) {
        form.removeAll();
        status.setText("Two-step verification is on.");
        form.add(status, new RecoveryCodesPanel(codes, reload));
    }

    private void askToTurnOff() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("two-step-disable-dialog");
        confirm.setHeader("Turn off two-step verification?");
        confirm.setText("Your password alone will sign you in again, your recovery codes stop working and every "
                + "trusted browser is forgotten.");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it on");
        Button turnOff = new Button("Turn off");
        turnOff.setId("two-step-disable-confirm");
        turnOff.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        turnOff.addClickListener(e -> {
            confirm.close();
            attempt("Two-step verification is still on.", () -> {
                security.disableTwoStep();
                return Boolean.TRUE;
            }, problem -> {
                say("Two-step verification is still on. " + problem.getMessage());
                reload.run();
            }, done -> {
                reload.run();
                say("Two-step verification is off.");
            });
        });
        confirm.setConfirmButton(turnOff);
        confirm.open();
    }

    private void notSetUp(ApiProblemException problem) {
        reload.run();
        say(problem.is(ApiProblemException.TWO_STEP_ALREADY_ENABLED) ? "Two-step verification is on already."
                : problem.is(ApiProblemException.TWO_STEP_SETUP_REQUIRED)
                        ? "The set-up expired. Press \"Turn on\" to start again."
                        : "Two-step verification is still off. " + problem.getMessage());
    }
}
