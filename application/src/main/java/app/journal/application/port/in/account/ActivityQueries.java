package app.journal.application.port.in.account;

import app.journal.application.port.Page;
import app.journal.application.port.PageRequest;
import app.journal.domain.activity.AccountActivity;
import app.journal.domain.user.UserId;

/** The account's security activity, as its owner sees it. */
public interface ActivityQueries {

    /** The rows within the retention window, newest first. */
    Page<AccountActivity> activity(UserId owner, PageRequest request);
}
