package app.journal.domain.user;

import java.util.UUID;

/** The shared demo user that the legacy demo mode signs everyone in as. Created by migration. */
public final class DemoUser {

    public static final UserId ID = new UserId(UUID.fromString("00000000-0000-4000-8000-00000000de30"));
    public static final EmailAddress EMAIL = new EmailAddress("demo@journal.invalid");

    private DemoUser() {}
}
