package app.journal.application.port;

import app.journal.domain.InvalidValueException;

/** A page of a list, counted from zero. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw new InvalidValueException("page", "Page must be zero or more.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", "Size must be between 1 and " + MAX_SIZE + ".");
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
