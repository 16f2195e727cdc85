package app.journal.application.port.in.admin;

import app.journal.application.port.Page;
import app.journal.application.port.PageRequest;
import app.journal.application.port.out.AdminAudit;
import app.journal.application.port.out.AdminDirectory;
import app.journal.domain.activity.AccountActivity;
import app.journal.domain.passkey.Passkey;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.UserId;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** What administrators see: accounts, their factors, devices and security activity, and the audit log. Never entries. */
public interface AdminQueries {

    /** Counted up to {@code journal.admin.count-limit}: see {@link AdminDirectory.Listing}. */
    AdminDirectory.Listing users(AdminCaller caller, AdminDirectory.Search search, PageRequest request);

    /** @throws AdminTargetNotFoundException when there is no such account */
    Account account(AdminCaller caller, UserId id);

    Page<AdminAudit.Entry> audit(AdminCaller caller, AdminAudit.Filter filter, PageRequest request);

    void auditEach(AdminCaller caller, AdminAudit.Filter filter, Consumer<AdminAudit.Entry> sink);

    /**
     * One account as an administrator sees it; {@code activity} is the newest page of its security activity;
     * {@code disabled} is the audit row that disabled it, while it is disabled.
     */
    record Account(AdminDirectory.Row row, boolean twoStep, int recoveryCodesLeft, List<Passkey> passkeys,
            List<UserSession> devices, Page<AccountActivity> activity, AdminAudit.@Nullable Entry disabled) {}
}
