package app.journal.e2e;

/** Closing what a suite started, in order, even when closing one of them fails. */
final class Resources {

    private Resources() {}

    /** Closes each non-null resource in the given order; the first failure is thrown at the end. */
    static void closeInOrder(AutoCloseable... resources) {
        RuntimeException failure = null;
        for (var resource : resources) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("could not close " + resource, e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
