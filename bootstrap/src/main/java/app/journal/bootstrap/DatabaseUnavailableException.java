package app.journal.bootstrap;

import java.sql.SQLException;

/** PostgreSQL could not be reached (or refused us) at start-up. */
public final class DatabaseUnavailableException extends RuntimeException {

    private final String url;
    private final String user;

    DatabaseUnavailableException(String url, String user, SQLException cause) {
        super("Cannot reach PostgreSQL at " + url + " as '" + user + "': " + cause.getMessage(), cause);
        this.url = url;
        this.user = user;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }
}
